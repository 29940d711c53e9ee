# Pins relative imports: from . import x, from .x import y, from .. import z, __package__ rules.
import rel.sub.deep as deep
print(deep.RESULT)
from rel import api
print(api.combined())
import rel.sub
print(rel.sub.__package__, deep.__package__, rel.__package__)

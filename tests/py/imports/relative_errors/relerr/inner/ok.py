from .. import inner
from . import __name__ as n
X = n

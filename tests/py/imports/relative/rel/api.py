from .util import twice
from . import TOP
from .sub import deep
def combined():
    return twice(TOP) + deep.RESULT

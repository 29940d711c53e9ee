from . import util
from .util import twice
TOP = "top"

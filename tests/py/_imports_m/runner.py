import sys
print(__name__, __package__)
print(sys.argv)
print(sys.path[0] == sys.argv[0].rsplit("/", 2)[0])
from . import helper
print(helper.X, __file__ == sys.argv[0])

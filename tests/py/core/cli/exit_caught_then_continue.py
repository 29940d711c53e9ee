# Pins that SystemExit can be caught and the program continues and exits normally with status 0.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught exit with code", e.code, type(e.code).__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", repr(e.code))
print("finished normally")

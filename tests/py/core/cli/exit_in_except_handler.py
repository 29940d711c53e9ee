# Pins sys.exit called inside an except block: no traceback is printed and the status is the given code.
import sys
try:
    {}["missing"]
except KeyError as e:
    print("error:", e, file=sys.stderr)
    sys.exit(2)

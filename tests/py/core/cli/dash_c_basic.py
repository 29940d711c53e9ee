# Pins `-c CODE`: the source runs as __main__, sys.argv[0] is '-c', extra arguments follow.
import sys
print("running from -c", __name__)
print(sys.argv)
print(sum(int(a) for a in sys.argv[1:]))

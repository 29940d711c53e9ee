# Pins sys.argv for a script run with arguments: argv[0] is the script path, then the arguments verbatim.
import sys
print(sys.argv[0])
print(sys.argv[1:])
print(len(sys.argv), [type(a).__name__ for a in sys.argv[1:]])
print(int(sys.argv[1]) + int(sys.argv[2]))

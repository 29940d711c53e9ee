# Pins that sys.argv is an ordinary mutable list.
import sys
args = sys.argv[1:]
sys.argv.append("added")
print(args, sys.argv[1:], len(sys.argv))
while len(sys.argv) > 1:
    print("pop", sys.argv.pop())

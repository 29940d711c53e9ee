# Pins sys.exit(n) with an int: output so far is flushed, later code does not run, exit status n.
import sys
print("working")
print("partial line without newline", end="")
sys.exit(3)
print("not reached")

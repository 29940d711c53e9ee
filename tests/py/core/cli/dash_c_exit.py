# Pins sys.exit from -c code.
import sys
print("before exit")
sys.exit(5)

# Pins sys.exit(True): bool is an int, so exit status 1 and nothing printed to stderr.
import sys
print("exit with True")
sys.exit(True)

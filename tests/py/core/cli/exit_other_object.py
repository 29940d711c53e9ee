# Pins sys.exit with a non-int, non-None object: its str() goes to stderr, status 1.
import sys
sys.exit([1, "two"])

# Pins that output printed to stdout and stderr before an uncaught error is preserved on each stream.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
raise SystemError("boom") if False else LookupError("final")

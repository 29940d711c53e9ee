# Pins sys.stdin.readline, next() on sys.stdin, readlines and read at end of file.
import sys
print(repr(sys.stdin.readline()))
print(repr(next(sys.stdin)))
rest = sys.stdin.readlines()
print(rest, len(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))

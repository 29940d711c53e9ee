# Pins print(): sep, end, multiple args, no args, None sep/end defaults, file=sys.stderr, flush, and errors.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print(1, 2, sep=None, end=None)
print("no newline", end="")
print(" <- continued")
print(*range(5), sep="-")
print("to stderr", 42, file=sys.stderr, sep=":")
print("flushed", flush=True)
print(file=None)
for bad in ({"sep": 1}, {"end": 2}, {"bogus": 1}):
    try:
        print("x", **bad)
    except TypeError as e:
        print(e)

# Pins seeding with ints (negative, big), floats, str, bytes, bytearray and version 1.
import random
for s in (0, 1, -1, 42, 2**32, 2**32 - 1, 2**100 + 12345, -2**70, 1.5, -0.25, "hello", "", b"hello", bytearray(b"xy"), "ünï"):
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(16))
random.seed("hello", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)

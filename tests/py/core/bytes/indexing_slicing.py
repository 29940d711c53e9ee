# Pins that indexing bytes gives ints while slicing gives bytes; iteration yields ints; immutability.
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], list(b), b[5:], type(b[0]).__name__)
print(104 in b, b"ell" in b, b"" in b)
try:
    b[10]
except IndexError as e:
    print(e)
try:
    b[0] = 72
except TypeError as e:
    print(e)
try:
    "h" in b
except TypeError as e:
    print(e)
ba = bytearray(b)
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
print(ba, bytes(ba), ba[0])

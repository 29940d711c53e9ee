# Pins bytes concatenation, repetition, comparison, hashing equality, and mixing with str errors.
print(b"ab" + b"cd", b"ab" * 3, b"a" < b"b", b"abc" < b"abd", b"\xff" > b"\x00", b"ab" == bytearray(b"ab"))
print(hash(b"xyz") == hash(b"xyz"), {b"k": 1}[b"k"], b"a" == "a")
for expr in ('b"a" + "b"', '"a" + b"b"', 'b"a" < "b"', 'b"x" * 1.5'):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
print(bytes(b"abc") + bytearray(b"d"), type(bytearray(b"a") + b"b").__name__)

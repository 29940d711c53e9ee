# Pins bytearray mutation: extend, insert, pop, remove, reverse, del slice, clear, and error messages.
ba = bytearray(b"abc")
ba.extend(b"de")
ba.insert(0, 122)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("b"))
ba.reverse()
print(ba)
del ba[::2]
print(ba, len(ba))
ba += b"xyz"
ba *= 2
print(ba)
for t in (lambda: ba.remove(0), lambda: bytearray().pop(), lambda: ba.append(300), lambda: ba.append("a")):
    try:
        t()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
ba.clear()
print(ba, bytearray(b"hi").decode(), bytearray(3))

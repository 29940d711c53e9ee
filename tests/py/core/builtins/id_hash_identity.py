# Pins id() relations (never values): equal for same object, distinct for live distinct objects; hash consistency.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None), type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(None) == hash(None), hash(f := len) == hash(len))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)

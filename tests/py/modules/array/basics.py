# Pins array.array construction, repr, indexing, slicing, len and the typecode attributes.
import array
a = array.array("i", [1, 2, 3])
print(a, repr(array.array("d")), array.array("f", [1.5, 0.1]), array.array("b", b"abc"))
print(a[0], a[-1], a[1:], a[::-1], a[5:], len(a), a.typecode, a.itemsize)
for code in "bBhHiIlLqQfd":
    x = array.array(code, [1, 2])
    print(code, x.itemsize, x.tolist(), x)
print(array.typecodes, array.ArrayType is array.array, type(a).__name__)

# Pins slice assignment on empty lists (no items block yet) and empty replacements, which must not touch a missing block (UBSan).
l = []
l[:] = []
print(l)
l[0:0] = []
l[5:9] = ()
print(l)
l[:] = [1, 2]
l[:] = []
print(l)
m = []
del m[:]
m[::1] = []
print(m, [][:], [][1:2])
n = []
n[len(n):] = [1]
n[:0] = []
print(n)

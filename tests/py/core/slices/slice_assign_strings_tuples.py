# Pins that slice assignment works only on mutable sequences and accepts any iterable on the right.
l = list("abcdef")
l[1:3] = "XYZ"
print(l)
l[::2] = (1, 2, 3, 4) if len(l[::2]) == 4 else l[::2]
print(l)
l[-2:] = range(3)
print(l)
for seq in ("abc", (1, 2, 3), range(3), b"abc"):
    try:
        seq[0:1] = "z"
    except TypeError as e:
        print(e)

# Pins that bools work as indices, and errors for float/None/str indices on each sequence type.
l, t, s, r = [1, 2], (1, 2), "ab", range(2)
print(l[True], t[False], s[True], r[True], l[None:None], s[None:1])
for seq in (l, t, s, r):
    try:
        seq[1.0]
    except TypeError as e:
        print(e)
for seq in (l, t, s):
    try:
        seq["a":]
    except TypeError as e:
        print(e)

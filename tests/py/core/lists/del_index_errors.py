# Pins IndexError messages for list read, assignment and deletion out of range.
l = [1, 2, 3]
for t in ("l[3]", "l[-4]"):
    try:
        eval(t)
    except IndexError as e:
        print(e)
try:
    l[3] = 0
except IndexError as e:
    print(e)
try:
    del l[3]
except IndexError as e:
    print(e)
try:
    l["a"]
except TypeError as e:
    print(e)
try:
    l[None] = 1
except TypeError as e:
    print(e)

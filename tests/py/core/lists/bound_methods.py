# Pins bound methods of builtin types: storing list.append, __self__, identity of repeated lookups, unbound calls.
items = []
add = items.append
add(1)
add(2)
print(items, add.__self__ is items, add.__name__)
print(items.append == items.append, items.append == [].append)
pop = items.pop
print(pop(), items)
print(list.append, str.upper("abc"), list.__len__([1, 2]))
up = "hello".upper
print(up(), "x,y".split(",") == str.split("x,y", ","))
ext = [].extend
try:
    ext(1)
except TypeError as e:
    print(e)
try:
    list.append(items)
except TypeError as e:
    print(e)
try:
    list.append("notalist", 1)
except TypeError as e:
    print(e)

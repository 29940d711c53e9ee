# Pins starred assignment targets and the unpacking error messages.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(2)
print(a, b, c)
a, *b, c = (1, 2, 3, 4, 5)
print(a, b, c)
[*a] = "hi"
print(a)
def tryit(src):
    try:
        exec(src)
        print("ok")
    except ValueError as e:
        print(e)
tryit("a, b = [1, 2, 3]")
tryit("a, b, c = [1, 2]")
tryit("a, *b, c = [1]")
tryit("a, b = 1,")
tryit("a, b = {'x': 1, 'y': 2}")
tryit("(a, b), c = [1, 2, 3], 4")
try:
    a, b = 5
except TypeError as e:
    print(e)

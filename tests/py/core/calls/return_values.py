# Pins return of tuples (packing), unpacking results, returning functions and None.
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r, divmod2(-17, 5))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def many():
    return 1, [2, 3], {"four": 4}
a, (b, c), d = many()[0], many()[1], many()[2]
print(a, b, c, d)
def ret_star():
    rest = [2, 3]
    return 1, *rest
print(ret_star())

# Pins chained comparisons: each middle operand evaluated once, short-circuit at first false link.
def v(n):
    print("eval", n)
    return n
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) != v(9))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
n = None
k = 1
print(k < 2 == 2 > k is not n)
a = [1]
print(a is a is not None, a == [1] != [2])

# Float arithmetic with an int operand takes the eval loop's float fast
# paths; results must match float's own (rounding of big ints included).
xs = [1.5, 2, -3, 0.1, 2**53 + 1, -(2**60), 7.25, 3]
for a in xs:
    for b in xs:
        print(repr(a + b), repr(a - b), repr(a * b), repr(a / b) if b else "z", end=" | ")
    print()
def f():
    t = 0.0
    for i in range(1, 200):
        t += 1.0 / i + i * 0.5 - i
    return t
print(repr(f()))
print(repr(1e308 * 10), repr(-1e308 * 10), repr(0.0 * -1))

# Pins conditional expressions: laziness of the unused branch and nesting (right-associative).
def side(x):
    print("side", x)
    return x
for n in (-5, 0, 5):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
x = 1 if [] else 2 if () else 3
print(x)
print([y if y % 2 else -y for y in range(5)])
print((lambda a: "big" if a > 10 else "small")(11))

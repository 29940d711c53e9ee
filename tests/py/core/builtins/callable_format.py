# Pins callable() of builtins, functions, lambdas, classes, instances, bound methods; format() with specs.
class C:
    pass
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(5), callable("s".upper), callable(None), callable(int))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"), format(255, "#x"))
try:
    format(1, 5)
except TypeError as e:
    print(e)

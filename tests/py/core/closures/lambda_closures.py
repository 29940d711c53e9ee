# Pins lambdas capturing variables, nested lambdas, and immediately-invoked lambdas.
add = lambda a: lambda b: a + b
print(add(3)(4), add("x")("y"))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda x, y=2: x ** y)(3))
def mk(n):
    return lambda: n
print([mk(i)() for i in range(3)])
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))

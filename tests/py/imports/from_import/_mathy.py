PI = 3.14
def add(a, b):
    return a + b
def square(x):
    return x * x

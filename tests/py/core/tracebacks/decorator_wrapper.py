# Pins frames through a decorator wrapper using *args/**kwargs.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def divide(a, b):
    return a // b
print(divide(7, 2))
divide(1, 0)

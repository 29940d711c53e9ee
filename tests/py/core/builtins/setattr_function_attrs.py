# Pins function attribute dict behaviour via setattr/getattr and errors for builtins lacking __dict__.
def f():
    return f.calls
f.calls = 0
for _ in range(3):
    setattr(f, "calls", getattr(f, "calls") + 1)
print(f(), sorted(f.__dict__))
try:
    len.x = 1
except AttributeError as e:
    print(e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
try:
    [].x = 1
except AttributeError as e:
    print(e)

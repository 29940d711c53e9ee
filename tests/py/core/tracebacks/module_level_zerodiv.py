# Pins an uncaught ZeroDivisionError at module level: stdout kept, traceback with ~~^~~ markers, exit status 1.
print("before the error")
a = 10
b = 0
print(a / b)
print("never printed")

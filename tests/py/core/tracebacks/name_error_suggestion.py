# Pins the 3.11 "Did you mean" suggestion for NameError in tracebacks.
length = 10
def area(width):
    return width * lenght
print(area(3))

# Pins module-level loop variables being globals visible inside functions called in the loop.
total = 0
def add(v):
    global total
    total += v
for k in range(5):
    add(k)
print(total)
def show():
    return k
print(show())

# Regression: a suspended generator in a cycle at exit was resumed after the runtime was gone (segfault).
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("closed")
box = []
g = gen(box)
box.append(g)
box.append(box)
print(next(g))

# a call with *args (no keywords) in a generator whose frame ends right after the call's registers
def gen(fs, args):
    for f in fs:
        yield f(*args)

def product(*xs):
    r = 1
    for x in xs:
        r *= x
    return r

print(list(gen([max, min, product], (3, 1, 2))))
print(sum(x for x in (product(*[i, i]) for i in range(5))))

# Pins that each call of a function creates fresh cells, even inside loops.
def make_adders():
    adders = []
    for n in range(4):
        def make(n):
            return lambda x: x + n
        adders.append(make(n))
    return adders
print([f(10) for f in make_adders()])
def accumulators():
    result = []
    for start in (0, 100):
        total = start
        def acc(v, _box=[start]):
            _box[0] += v
            return _box[0]
        result.append(acc)
    return result
a, b = accumulators()
print(a(1), a(1), b(1), b(1))

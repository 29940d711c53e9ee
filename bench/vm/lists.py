# Lists: append, index, slice, sort, comprehension.
def work(n):
    out = []
    for i in range(n):
        out.append((i * 7919) % 10007)
    evens = [x for x in out if x % 2 == 0]
    out.sort()
    s = 0
    for i in range(0, len(out), 3):
        s += out[i]
    return s + len(evens) + sum(out[10:100])
total = 0
for _ in range(10):
    total += work(100_000)
print(total)

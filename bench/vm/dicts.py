# Dicts: insert, lookup, update, iteration over int and str keys.
def work(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    hits = 0
    for i in range(0, 2 * n, 3):
        if i in d:
            hits += d[i]
    names = {}
    for i in range(n // 4):
        k = "k" + str(i % 1000)
        names[k] = names.get(k, 0) + 1
    return hits + len(names) + sum(v for v in names.values())
print(work(300_000))

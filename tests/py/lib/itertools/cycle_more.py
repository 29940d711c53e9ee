# Pins cycle over a generator (saved copies) and round-robin scheduling.
from itertools import cycle, islice
def g():
    print('gen start'); yield 1; yield 2
c = cycle(g())
print(list(islice(c, 7)))
def roundrobin(*its):
    pending = [iter(i) for i in its]
    out = []
    while pending:
        for it in list(pending):
            try:
                out.append(next(it))
            except StopIteration:
                pending.remove(it)
    return out
print(roundrobin('ABC', 'D', 'EF'))
print(list(zip(cycle('xy'), range(5))))

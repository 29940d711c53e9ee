# Pins documented itertools recipes built from the module's tools.
from itertools import islice, chain, groupby, zip_longest, combinations, count, starmap, repeat
def take(n, it): return list(islice(it, n))
def grouper(it, n, fill=None): return list(zip_longest(*[iter(it)] * n, fillvalue=fill))
def powerset(s): return list(chain.from_iterable(combinations(s, r) for r in range(len(s) + 1)))
def unique_justseen(it): return [k for k, _ in groupby(it)]
def tabulate(f, start=0): return map(f, count(start))
print(take(3, 'abcdef'), grouper('ABCDEFG', 3, 'x'), powerset([1, 2, 3]))
print(unique_justseen('AAAABBBCCDAABBB'), take(4, tabulate(lambda x: x * x, 2)))
print(list(starmap(lambda a, b: a * b, zip(range(4), repeat(3)))))

# sorting: stability, key/reverse combinations, mixed types, list.sort in-place effects
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = [('bob', 25, 'b'), ('alice', 30, 'a'), ('carol', 25, 'c'), ('dave', 30, 'd'), ('eve', 20, 'e')]
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[1], reverse=True))
print(sorted(sorted(data, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(data, key=lambda r: (-r[1], r[0])))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
import operator
print(sorted(data, key=operator.itemgetter(1, 0)), sorted([{'k': 2}, {'k': 1}], key=operator.itemgetter('k')))
class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'R{self.v}'
print(sorted([R(3), R(1)], key=operator.attrgetter('v')))
l = [3, 1, 2]; r = l.sort(); print(r, l)
t(lambda: sorted([1, None])); t(lambda: sorted([[1], (1,)])); t(lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 1)); t(lambda: sorted([3, 1], key=lambda x: 1 / 0))
l = [5, 4, 3]
def bad_key(x):
    l.append(x); return x
t(lambda: l.sort(key=bad_key))
print(sorted([0.5, 1, True, -1, 2.0]), sorted('hello'), sorted((3, 1)), sorted({'b': 1, 'a': 2}), sorted(range(5), reverse=True))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted([float('nan'), 1.0, 0.5]) [1:], min([4, 2, 8], key=lambda x: x % 3))
import heapq, bisect
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4], key=lambda x: -x))
sl = [1, 3, 5]; bisect.insort(sl, 4); print(sl, bisect.bisect_left(sl, 3), bisect.bisect_right(sl, 3), bisect.bisect(sl, 10))

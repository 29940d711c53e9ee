# Pins Counter with non-string keys, fromkeys error, copy and equality with dicts.
from collections import Counter
c = Counter([1, 2, 2, (3, 4), (3, 4), (3, 4)])
print(c, c[(3, 4)])
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
d = c.copy(); d[1] += 5; print(c[1], d[1], type(d).__name__)
print(Counter('ab') == {'a': 1, 'b': 1}, dict(Counter('aab')))
print(sorted(Counter('hello world').items()))
print(Counter({'a': 0, 'b': -2}).most_common(), list(Counter(a=0, b=2).elements()))

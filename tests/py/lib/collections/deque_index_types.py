# Pins deque indexing errors and negative indices in insert/del.
from collections import deque
d = deque('abcde')
print(d[-5], d[4])
for bad in (5, -6):
    try:
        d[bad]
    except IndexError as e:
        print('IndexError', e)
try:
    d['x']
except TypeError as e:
    print('TypeError')
d.insert(-100, '<'); print(d)
del d[-2]; print(d)
print(d.index('c', -4), d.index('<', -100, 100))

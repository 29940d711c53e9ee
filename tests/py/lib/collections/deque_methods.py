# Pins deque count/index/insert/remove/reverse/clear/copy and del.
from collections import deque
d = deque('abcabc')
print(d.count('a'), d.index('c'), d.index('a', 1), d.index('b', 2, 5))
d.insert(2, 'X'); print(d)
d.insert(-1, 'Y'); print(d)
d.insert(100, 'Z'); print(d)
d.remove('a'); print(d)
d.reverse(); print(d)
del d[1]; print(d)
del d[-1]; print(d)
c = d.copy(); c.append('new'); print(d, c)
d.clear(); print(d, len(d))

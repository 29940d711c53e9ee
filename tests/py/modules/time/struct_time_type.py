# Pins struct_time: repr, tuple behaviour, construction and its errors.
import time
t = time.gmtime(1000000000)
print(t)
print(type(t).__name__, isinstance(t, tuple), len(t), t[0], t[-1], t[1:3])
y, m, *rest = t
print(y, m, rest)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_yday, s == (2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(list(s) == list(tuple(s)), hash(s) == hash(tuple(s)))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(e)
try:
    t.tm_year = 5
except AttributeError as e:
    print(type(e).__name__)

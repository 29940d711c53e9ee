# Pins mktime as localtime's inverse and the zone attributes' types.
import time
for secs in (0, 1000000, 1234567890, 1700000000):
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, type(time.mktime(lt)).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__)
print(type(time.tzname).__name__, len(time.tzname), all(isinstance(n, str) for n in time.tzname))
lt = time.localtime()
print(type(lt).__name__, 1 <= lt.tm_mon <= 12, 0 <= lt.tm_wday <= 6, lt.tm_isdst in (0, 1, -1))
try:
    time.mktime((1, 2, 3))
except TypeError as e:
    print(e)

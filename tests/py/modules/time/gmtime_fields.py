# Pins gmtime of fixed timestamps: the tuple, the named fields, wday and yday.
import time
for secs in (0, 86399, 951782400, 1234567890, 4102444800, -86400):
    t = time.gmtime(secs)
    print(tuple(t))
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.gmtime(1.9) == time.gmtime(1), time.gmtime(-0.5)[5])

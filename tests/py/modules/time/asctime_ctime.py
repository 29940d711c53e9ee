# Pins asctime of fixed tuples and ctime's format shape.
import time
print(time.asctime(time.gmtime(0)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)))
c = time.ctime(0)
print(len(c), c[3], c[7], c[10], c[13], c[16], c[19])
print(time.ctime(86400 * 365) == time.asctime(time.localtime(86400 * 365)))
print(type(time.ctime()).__name__, len(time.asctime()))
try:
    time.asctime((1, 2))
except TypeError as e:
    print(e)

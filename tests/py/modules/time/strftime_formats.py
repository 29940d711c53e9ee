# Pins strftime with a fixed struct_time: the common directives.
import time
t = time.gmtime(1234567890)
for fmt in ("%Y-%m-%d", "%H:%M:%S", "%a %A %b %B", "%j %w %y %p", "%d/%m/%Y %I%%", "", "plain", "%c", "%x %X"):
    print(repr(time.strftime(fmt, t)))
print(time.strftime("%Y", (1999, 12, 31, 23, 59, 59, 4, 365, 0)))
try:
    time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
print(type(time.strftime("%Y")).__name__, len(time.strftime("%Y")))

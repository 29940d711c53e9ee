# Pins the time module's names and the errors of bad arguments.
import time
names = ["asctime", "ctime", "gmtime", "localtime", "mktime", "monotonic", "perf_counter",
         "process_time", "sleep", "strftime", "struct_time", "time", "time_ns", "timezone", "tzname"]
print([hasattr(time, n) for n in names])
print(time.__name__, type(time.struct_time).__name__, time.struct_time.__name__)
for call in (lambda: time.gmtime("x"), lambda: time.localtime([]), lambda: time.time(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)

# Pins the clock functions' result types and monotonic ordering, never their values.
import time
for f in (time.time, time.perf_counter, time.monotonic, time.process_time, time.thread_time):
    a = f(); b = f()
    print(f.__name__, type(a).__name__, b >= a)
for f in (time.time_ns, time.perf_counter_ns, time.monotonic_ns, time.process_time_ns):
    a = f(); b = f()
    print(f.__name__, type(a).__name__, b >= a, a > 0 or f is time.process_time_ns)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)

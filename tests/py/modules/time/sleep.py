# Pins time.sleep: it waits at least the given time and checks its argument.
import time
t0 = time.monotonic()
print(time.sleep(0.02))
print(time.monotonic() - t0 >= 0.019)
time.sleep(0)
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

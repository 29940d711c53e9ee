# Pins gc.get_threshold/set_threshold, gc.get_count's shape and gc.collect's argument checks.
import gc

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
c = gc.get_count()
print(type(c).__name__, len(c), all(type(x) is int for x in c))
for bad in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError:", e)
for gen in (3, -1):
    try:
        gc.collect(gen)
    except ValueError as e:
        print("ValueError:", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
# Threshold 0 turns automatic collection off.
gc.collect()
gc.set_threshold(0)
for i in range(3000):
    a = [i]
    a.append(a)
print("no automatic collection:", gc.get_count()[0] >= 3000)
gc.set_threshold(700)
print(gc.collect() >= 3000)

# Pins gc.disable() stopping automatic collection, gc.enable() resuming it, and gc.isenabled().
import gc

gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
for i in range(10000):
    a = [i]
    b = [a]
    a.append(b)
del a, b
print("count grew:", gc.get_count()[0] >= 20000)
n = gc.collect()
print("collected all:", n >= 20000)
print("count after collect:", gc.get_count()[0] < 100)
gc.enable()
print(gc.isenabled())
for i in range(10000):
    a = [i]
    b = [a]
    a.append(b)
del a, b
print("automatic collections kept the count low:", gc.get_count()[0] < 2000)

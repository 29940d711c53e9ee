# Pins float accumulation (0.1 summed), sum() precision, math.fsum, and ints mixing.
t = 0.0
for _ in range(10):
    t += 0.1
print(t, t == 1.0, sum([0.1] * 10))
import math
print(math.fsum([0.1] * 10), math.isclose(t, 1.0))
print(1e16 + 1.0 - 1e16, 1.0 + 1e-16 == 1.0, 3 * 0.1, 0.1 * 3, 1.1 * 1.1)
print(1 / 7, 22 / 7, 355 / 113, 2 / 3 * 3)
print(math.pi, math.e, math.sqrt(2), math.inf, -math.inf)
print(math.isnan(float("nan")), math.isinf(1e309), math.copysign(1, -0.0))

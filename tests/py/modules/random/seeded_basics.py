# Pins random()'s, randint's and getrandbits' seeded sequences against CPython's.
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 100)])
random.seed(0)
print(random.random(), random.randrange(10), random.randrange(5, 100, 5), random.randrange(100, 0, -7))

# Pins the seeded real distributions: uniform, gauss, normalvariate, triangular and more.
import random
random.seed(99)
print(random.uniform(1, 5), random.uniform(5, 1))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(0, 1), random.normalvariate(5, 0.5))
print(random.triangular(), random.triangular(0, 10, 3), random.triangular(2, 2))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(2.0))
print(random.weibullvariate(1, 1.5), random.vonmisesvariate(0, 4), random.vonmisesvariate(1, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.betavariate(2, 5))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)

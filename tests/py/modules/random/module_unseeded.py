# Pins the unseeded module functions' ranges and types (values vary).
import random
vals = [random.random() for _ in range(200)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 190)
ints = [random.randint(1, 3) for _ in range(300)]
print(sorted(set(ints)))
print(type(random.choice("ab")).__name__, len(random.sample(range(50), 10)), len(set(random.sample(range(50), 50))))
l = list(range(30))
random.shuffle(l)
print(sorted(l) == list(range(30)))
print(all(1 <= random.uniform(1, 2) <= 2 for _ in range(50)))

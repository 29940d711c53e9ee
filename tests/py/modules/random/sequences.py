# Pins seeded choice, shuffle and sample (small and large populations, counts).
import random
random.seed(2024)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
l = list(range(15))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample(range(10**6), 8), random.sample("abcdefgh", 8))
print(random.sample(["red", "blue"], 5, counts=[3, 2]), random.sample((1, 2, 3), 0))
try:
    random.choice([])
except IndexError as e:
    print(e)
for bad in ({1, 2}, {"a": 1}):
    try:
        random.sample(bad, 1)
    except TypeError as e:
        print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)

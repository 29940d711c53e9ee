# Pins seeded choices: unweighted, weighted, cumulative, and its errors.
import random
random.seed(7)
print(random.choices("abc", k=6))
print(random.choices(["x", "y", "z"], [5, 1, 1], k=6))
print(random.choices(range(4), cum_weights=[1, 1, 5, 10], k=6))
print(random.choices([1, 2]), len(random.choices("ab", k=0)))
for call in (lambda: random.choices("ab", [1], k=1), lambda: random.choices("ab", [0, 0]),
             lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]), lambda: random.choices("ab", 2)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Pins walrus in comprehensions: running totals and filter-with-bound-value patterns.
total = 0
running = [total := total + x for x in [1, 2, 3, 4]]
print(running, total)
vals = ["3", "x", "10", ""]
print([n for s in vals if (n := len(s)) > 0])
print([y for x in range(6) if (y := x * x) % 2 == 0], y)

# Pins product over a grid for neighbour counting (game of life step).
from itertools import product
live = {(1, 0), (1, 1), (1, 2)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx, dy in product((-1, 0, 1), repeat=2):
            if dx or dy:
                counts[(x + dx, y + dy)] = counts.get((x + dx, y + dy), 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
for _ in range(3):
    live = step(live)
    print(sorted(live))

# Pins sets of tuples used for visited-state tracking, printed after sorting.
visited = set()
for x, y in [(0, 0), (1, 0), (0, 0), (1, 1), (1, 0)]:
    visited.add((x, y))
print(sorted(visited), len(visited), (1, 1) in visited, (2, 2) in visited)
edges = {(1, 2), (2, 3)}
rev = {(b, a) for a, b in edges}
print(sorted(edges | rev), sorted(edges & rev))

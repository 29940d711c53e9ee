# Pins that list * n repeats references: nested lists alias each other; correct construction with comprehensions.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
ok = [[0] * 3 for _ in range(3)]
ok[0][0] = 1
print(ok)
l = [[]] * 2
l[0].append("x")
print(l, [1, 2] * 0, [1] * -1, 2 * [None])
row = [0] * 3
row[1] = 5
print(row)
try:
    [1] * "2"
except TypeError as e:
    print(e)

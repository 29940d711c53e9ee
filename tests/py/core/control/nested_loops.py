# Pins nested loops: break/continue affect only the innermost loop; else attaches to its own loop.
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
    else:
        print("inner else for i =", i)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            found = (a, b, c)
            break
    if found:
        break
print(found)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
total = 0
for row in grid:
    for v in row:
        total += v
print(total)

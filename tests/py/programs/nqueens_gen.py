# Pins N-queens the pyperformance way: a hand-written permutations generator, set comprehensions over generator expressions, and yield from.


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def solutions_recursive(n, row=0, placed=()):
    if row == n:
        yield placed
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(placed)):
            yield from solutions_recursive(n, row + 1, placed + (c,))


for n in range(1, 8):
    sols = list(n_queens(n))
    rec = list(solutions_recursive(n))
    print(n, len(sols), len(rec), sorted(sols) == rec, sols[:2])
print(list(permutations('abc', 2)))
print(sum(1 for _ in permutations(range(6))))
g = n_queens(8)
print(next(g), next(g))
g.close()
try:
    next(g)
except StopIteration:
    print("closed")
board = next(solutions_recursive(8))
for c in board:
    print(''.join('Q' if i == c else '.' for i in range(8)))

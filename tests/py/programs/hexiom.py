# Pins a Hexiom-like constraint solver: place numbered tiles on a hex grid so each tile's number equals its occupied neighbours, by backtracking with pruning.


class Hex:
    def __init__(self, size):
        self.size = size
        self.cells = []
        for q in range(-size + 1, size):
            for r in range(-size + 1, size):
                if abs(q + r) < size:
                    self.cells.append((q, r))
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.neigh = []
        for q, r in self.cells:
            ns = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = self.index.get((q + dq, r + dr))
                if j is not None:
                    ns.append(j)
            self.neigh.append(tuple(ns))


class Solver:
    def __init__(self, grid, tiles):
        self.g = grid
        self.counts = dict(tiles)
        self.placed = [None] * len(grid.cells)
        self.solutions = []
        self.nodes = 0

    def consistent(self, i):
        for j in (i,) + self.g.neigh[i]:
            v = self.placed[j]
            if v is None or v == '.':
                continue
            filled = sum(1 for k in self.g.neigh[j] if self.placed[k] not in (None, '.'))
            open_ = sum(1 for k in self.g.neigh[j] if self.placed[k] is None)
            if filled > v or filled + open_ < v:
                return False
        return True

    def solve(self, i=0):
        self.nodes += 1
        if i == len(self.placed):
            self.solutions.append(tuple(self.placed))
            return len(self.solutions) >= 3
        for v in sorted(self.counts, key=lambda t: (t == '.', str(t))):
            if self.counts[v] == 0:
                continue
            self.counts[v] -= 1
            self.placed[i] = v
            if self.consistent(i) and self.solve(i + 1):
                return True
            self.placed[i] = None
            self.counts[v] += 1
        return False


def show(grid, sol):
    size = grid.size
    lines = []
    for r in range(-size + 1, size):
        row = [str(sol[grid.index[(q, r)]]) for q in range(-size + 1, size) if (q, r) in grid.index]
        lines.append(' ' * abs(r) + ' '.join(row))
    return '\n'.join(lines)




def tiles_from(grid, empties):
    occ = [i not in empties for i in range(len(grid.cells))]
    counts = {}
    for i, o in enumerate(occ):
        t = sum(occ[k] for k in grid.neigh[i]) if o else '.'
        counts[t] = counts.get(t, 0) + 1
    return counts


g = Hex(2)
print(len(g.cells), [len(n) for n in g.neigh])
for empties in ({3}, {0, 6}, {1}):
    tiles = tiles_from(g, empties)
    s = Solver(g, tiles)
    s.solve()
    print(sorted(tiles.items(), key=str), "solutions", len(s.solutions), "nodes", s.nodes)
    print(show(g, s.solutions[0]))
g3 = Hex(3)
for empties in ({0, 9, 18}, {2, 5, 11, 16}):
    tiles = tiles_from(g3, empties)
    s = Solver(g3, tiles)
    s.solve()
    print(sorted(tiles.items(), key=str), "solutions", len(s.solutions), "nodes", s.nodes)
    print(show(g3, s.solutions[-1]))

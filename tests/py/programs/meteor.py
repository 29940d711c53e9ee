# Pins a meteor-contest-style exact-cover puzzle: pieces as coordinate sets rotated and flipped, placements as bitmasks, a recursive solver over the first empty cell, and solution strings compared.
from itertools import product

W, H = 5, 4
PIECES = {
    "I": [(0, 0), (1, 0), (2, 0), (3, 0)],
    "L": [(0, 0), (0, 1), (0, 2), (1, 2)],
    "J": [(1, 0), (1, 1), (1, 2), (0, 2)],
    "S": [(1, 0), (2, 0), (0, 1), (1, 1)],
    "O": [(0, 0), (1, 0), (0, 1), (1, 1)],
}


def normalize(cells):
    mx = min(x for x, _ in cells)
    my = min(y for _, y in cells)
    return tuple(sorted((x - mx, y - my) for x, y in cells))


def orientations(cells):
    seen = set()
    out = []
    for flip, rot in product((False, True), range(4)):
        cur = [(-x, y) if flip else (x, y) for x, y in cells]
        for _ in range(rot):
            cur = [(-y, x) for x, y in cur]
        key = normalize(cur)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def placements():
    table = {}
    for name, cells in PIECES.items():
        masks = []
        for shape in orientations(cells):
            for ox, oy in product(range(W), range(H)):
                pts = [(x + ox, y + oy) for x, y in shape]
                if all(0 <= x < W and 0 <= y < H for x, y in pts):
                    mask = 0
                    for x, y in pts:
                        mask |= 1 << (y * W + x)
                    masks.append(mask)
        table[name] = sorted(set(masks))
    return table


TABLE = placements()
FULL = (1 << (W * H)) - 1


def solve(board, remaining, placed, out):
    if board == FULL:
        out.append(dict(placed))
        return
    first = (~board & (board + 1)).bit_length() - 1
    bit = 1 << first
    for name in sorted(remaining):
        for mask in TABLE[name]:
            if mask & bit and not mask & board:
                placed[name] = mask
                remaining.discard(name)
                solve(board | mask, remaining, placed, out)
                remaining.add(name)
                del placed[name]


def render(sol):
    grid = ["."] * (W * H)
    for name, mask in sol.items():
        for i in range(W * H):
            if mask >> i & 1:
                grid[i] = name
    return "/".join("".join(grid[r * W:(r + 1) * W]) for r in range(H))


print({k: len(v) for k, v in TABLE.items()}, [len(orientations(c)) for c in PIECES.values()])
solutions = []
solve(0, set(PIECES), {}, solutions)
strs = sorted(render(s) for s in solutions)
print(len(solutions), strs[:3], strs[-1])
print(min(strs), max(strs), len(set(strs)), bin(FULL).count("1"), (~0b1011 & (0b1011 + 1)).bit_length())

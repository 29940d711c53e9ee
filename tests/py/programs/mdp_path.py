# Pins MDP value iteration and A*/Dijkstra path finding on a grid: heapq with tuple priorities, dicts keyed by tuples, frozensets, and float policies.
import heapq
from collections import deque

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#G",
    ".#.####.#.",
    ".#........",
]
H, W = len(GRID), len(GRID[0])
START = next((r, c) for r in range(H) for c in range(W) if GRID[r][c] == "S")
GOAL = next((r, c) for r in range(H) for c in range(W) if GRID[r][c] == "G")
MOVES = {"N": (-1, 0), "S": (1, 0), "W": (0, -1), "E": (0, 1)}


def free(p):
    r, c = p
    return 0 <= r < H and 0 <= c < W and GRID[r][c] != "#"


def neighbours(p):
    for name, (dr, dc) in sorted(MOVES.items()):
        q = (p[0] + dr, p[1] + dc)
        if free(q):
            yield name, q


def astar(start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    frontier = [(h(start), 0, start, "")]
    best = {start: 0}
    expanded = 0
    while frontier:
        f, g, p, path = heapq.heappop(frontier)
        if p == goal:
            return g, path, expanded
        if g > best.get(p, float("inf")):
            continue
        expanded += 1
        for name, q in neighbours(p):
            if g + 1 < best.get(q, float("inf")):
                best[q] = g + 1
                heapq.heappush(frontier, (g + 1 + h(q), g + 1, q, path + name))
    return None


def bfs_all(start):
    dist = {start: 0}
    dq = deque([start])
    while dq:
        p = dq.popleft()
        for _, q in neighbours(p):
            if q not in dist:
                dist[q] = dist[p] + 1
                dq.append(q)
    return dist


def value_iteration(gamma=0.9, slip=0.2, iters=60):
    states = [(r, c) for r in range(H) for c in range(W) if free((r, c))]
    V = {s: 0.0 for s in states}
    policy = {}
    for _ in range(iters):
        newV = {}
        for s in states:
            if s == GOAL:
                newV[s] = 10.0
                continue
            best_v, best_a = None, None
            for a, (dr, dc) in sorted(MOVES.items()):
                outcomes = [((s[0] + dr, s[1] + dc), 1 - slip), (s, slip)]
                v = 0.0
                for q, pr in outcomes:
                    q = q if free(q) else s
                    v += pr * (-0.1 + gamma * V[q])
                if best_v is None or v > best_v:
                    best_v, best_a = v, a
            newV[s] = best_v
            policy[s] = best_a
        V = newV
    return V, policy


print(START, GOAL, astar(START, GOAL))
dist = bfs_all(START)
print(len(dist), max(dist.values()), dist[GOAL], sorted(p for p, d in dist.items() if d == 5))
V, pol = value_iteration()
print(f"{V[START]:.6f} {V[GOAL]:.1f} {min(V.values()):.6f}")
for r in range(H):
    print("".join("#" if GRID[r][c] == "#" else ("G" if (r, c) == GOAL else pol[(r, c)]) for c in range(W)))
p, steps = START, 0
seen = {START}
while p != GOAL and steps < 50:
    dr, dc = MOVES[pol[p]]
    p = (p[0] + dr, p[1] + dc)
    seen.add(p)
    steps += 1
print("greedy policy reaches goal in", steps, "steps", frozenset(seen) >= {START, GOAL})

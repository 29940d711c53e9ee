# Pins defaultdict(set) for an adjacency map and a topological sort.
from collections import defaultdict, deque
edges = [('shirt', 'tie'), ('tie', 'jacket'), ('trousers', 'shoes'), ('trousers', 'belt'),
         ('belt', 'jacket'), ('shirt', 'belt'), ('socks', 'shoes')]
succ = defaultdict(set); indeg = defaultdict(int)
for a, b in edges:
    succ[a].add(b); indeg[b] += 1; indeg[a] += 0
q = deque(sorted(n for n in indeg if indeg[n] == 0)); order = []
while q:
    n = q.popleft(); order.append(n)
    for m in sorted(succ[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            q.append(m)
print(order)
print(sorted(succ.keys()), len(indeg))

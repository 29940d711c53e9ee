# Pins a Dijkstra shortest-path run on heapq.
import heapq
G = {'a': {'b': 7, 'c': 9, 'f': 14}, 'b': {'c': 10, 'd': 15}, 'c': {'d': 11, 'f': 2},
     'd': {'e': 6}, 'e': {}, 'f': {'e': 9}}
dist = {'a': 0}; pq = [(0, 'a')]
while pq:
    d, n = heapq.heappop(pq)
    if d > dist.get(n, 1e9): continue
    for m, w in G[n].items():
        if d + w < dist.get(m, 1e9):
            dist[m] = d + w
            heapq.heappush(pq, (d + w, m))
print(sorted(dist.items()))

# Pins heap order of tuples with ties, and a k-way merge via heapq.
import heapq
h = []
for item in [(3, 'c'), (1, 'b'), (3, 'a'), (1, 'a'), (2, 'z')]:
    heapq.heappush(h, item)
print(h, [heapq.heappop(h) for _ in range(5)])
lists = [[1, 5, 9], [2, 6], [0, 3, 7, 8]]
heap = [(l[0], i, 0) for i, l in enumerate(lists)]; heapq.heapify(heap); out = []
while heap:
    v, i, j = heapq.heappop(heap); out.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
print(out)

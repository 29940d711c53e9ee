# Pins heapify layouts, heapreplace and heappushpop.
import heapq
for data in [[9, 8, 7, 6, 5, 4, 3, 2, 1], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], list('heapqueue')]:
    heapq.heapify(data); print(data)
h = [1, 3, 2]
print(heapq.heapreplace(h, 5), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h)

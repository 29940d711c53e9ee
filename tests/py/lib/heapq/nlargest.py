# Pins nlargest/nsmallest with keys, ties and n at the edges.
import heapq
data = [5, 1, 8, 3, 8, 2, 9, 1]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(0, data))
print(heapq.nlargest(10, data), heapq.nsmallest(2, iter(data)))
recs = [('a', 2), ('b', 5), ('c', 2), ('d', 5), ('e', 1)]
print(heapq.nlargest(3, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nsmallest(2, [], key=abs), heapq.nlargest(2, 'hello'))

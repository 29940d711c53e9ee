# Pins nsmallest/nlargest against sorted() on a pseudo-random list with duplicates.
import heapq
x = 7; data = []
for _ in range(300):
    x = (x * 1103515245 + 12345) % 2 ** 31
    data.append(x % 50)
for n in (0, 1, 2, 5, 10, 299, 300, 400):
    assert heapq.nsmallest(n, data) == sorted(data)[:n], n
    assert heapq.nlargest(n, data) == sorted(data, reverse=True)[:n], n
    assert heapq.nsmallest(n, iter(data), key=lambda v: -v) == sorted(data, key=lambda v: -v)[:n]
print(heapq.nsmallest(6, data), heapq.nlargest(6, iter(data)))
h = data[:]; heapq.heapify(h); print(h[:12])

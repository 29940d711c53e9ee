# Pins heapq.merge with keys, reverse and ties from earlier inputs first.
import heapq
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 6])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [6, 4], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
a = [(1, 'a'), (2, 'a')]; b = [(1, 'b'), (2, 'b')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))

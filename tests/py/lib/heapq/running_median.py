# Pins a running median with two heaps (one negated).
import heapq
lo, hi, out = [], [], []
for x in [5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]:
    if not lo or x <= -lo[0]:
        heapq.heappush(lo, -x)
    else:
        heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(out)

# Pins deep Python recursion with a raised limit: it works to 50,000 frames and gives RecursionError past the limit.
import sys
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
sys.setrecursionlimit(100000)
print(down(50000))
try:
    down(200000)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
try:
    down(5000)
except RecursionError as e:
    print(type(e).__name__, e)
print(down(500))

# Pins sys.getrecursionlimit() default and that moderate depth (500) is fine.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), depth(1500))

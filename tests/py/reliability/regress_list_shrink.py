# Regression: a list shrinking on pop() whose realloc failed kept its length, so `while l: l.pop()` never ended.
import sys
l = list(range(200))
while l:
    l.pop()
args = sys.argv[1:] + ["x"] * 40
while len(args) > 1:
    args.pop()
print(len(l), args)

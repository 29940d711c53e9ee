# Pins deep-but-bounded recursion with argument passing and accumulating keyword defaults.
def flatten(x, out=None):
    if out is None:
        out = []
    if isinstance(x, list):
        for v in x:
            flatten(v, out)
    else:
        out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
def count_down(n, *, acc=()):
    return acc if n == 0 else count_down(n - 1, acc=acc + (n,))
print(count_down(5))
def sum_args(*a):
    return 0 if not a else a[0] + sum_args(*a[1:])
print(sum_args(*range(50)))

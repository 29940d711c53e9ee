# Pins left-to-right evaluation: call arguments, dict displays (key before value), binary operands, subscript assignment.
def e(tag, v=None):
    print("eval", tag)
    return tag if v is None else v
def f(*a, **k):
    return a, k
print(f(e(1), e(2), x=e(3), y=e(4)))
print({e("k1"): e("v1"), e("k2"): e("v2")})
print(e(1, 10) - e(2, 3) * e(3, 2))
l = [0, 0, 0]
l[e("idx", 1)] = e("value", 7)
print(l)
print([e("a"), e("b")][e("i", 0)])
x = e("lhs", 1) < e("rhs", 2)
print(x)
e("func", f)(e("arg"))

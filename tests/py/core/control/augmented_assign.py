# Pins += on mutable (in place, aliases see it) vs immutable (rebinding) objects.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
print(d)
l = [0, 0]
i = 0
l[i] += 5
l[-1] -= 3
print(l)
x = 7
x //= 2; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 15; print(x)
lst = [1]
lst *= 3
print(lst)
a = [1]
a += "xy"
print(a)

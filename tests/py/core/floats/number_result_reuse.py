# arithmetic results never change objects someone else still holds
a = 1.5
b = a
a = a * 2.0
print(a, b)
x = 10**6
y = x
x += 1
print(x, y)
x = x - 1
print(x, y, x == y)
keep = []
t = 0.5
for i in range(5):
    t = t * 3.0 + 0.25
    keep.append(t)
print(keep)
acc = 1000
seen = []
for i in range(4):
    acc = acc * 7 + i
    seen.append(acc)
print(seen)
loop_vars = []
for i in range(1000, 1006):
    loop_vars.append(i)
print(loop_vars)
for j in range(300, 303):
    pass
print(j)
d = {}
for k in range(2**40, 2**40 + 3):
    d[k] = k * 2
print(d)
f = 3.0
g = f / 2.0
h = g ** 2.0
f = f - 1.0
print(f, g, h)
m = 17
n = m % 5
m = m // 2
print(m, n, m << 3, n ^ 6, -7 >> 1, 2.0 + 0.5, 7.5 - 0.5)
vals = [1.0, 2.0, 3.0]
v = vals[1]
vals[1] += 10.0
print(vals, v)
big = 2**62
big2 = big
big = big * 4
print(big, big2)
ints = [300, 400]
ints[0] = ints[0] + 1
ints[-1] -= 1
print(ints)

# Pins while loops with compound conditions, nested breaks through flags, and else with continue.
i, j = 0, 10
while i < j and (j - i) % 7 != 0:
    i += 1
    j -= 1
print(i, j)
found = False
n = 0
while not found:
    n += 1
    k = 0
    while k < n:
        if n * k == 42:
            found = True
            break
        k += 1
print(n, k)
x = 0
while x < 5:
    x += 1
    if x % 2:
        continue
else:
    print("else reached with x =", x)

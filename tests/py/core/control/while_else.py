# Pins while/else: else runs when the condition becomes false, not after break.
i = 0
while i < 3:
    i += 1
else:
    print("else after normal end, i =", i)
i = 0
while i < 10:
    if i == 4:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else of a loop that never ran")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

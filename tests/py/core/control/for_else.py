# Pins for/else with break/continue, and else on an empty iterable.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 1)
for x in range(5):
    if x % 2:
        continue
    print("even", x)
else:
    print("else runs after continue-only loop")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()

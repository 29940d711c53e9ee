# Pins tuples as records: sorting by fields, zip/unzip, and enumerate producing tuples.
people = [("ann", 31), ("bob", 25), ("cid", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
names, ages = zip(*people)
print(names, ages)
for i, (n, a) in enumerate(people):
    print(i, n, a)
print(list(zip(*[(1, 2, 3), (4, 5, 6)])), dict(people))

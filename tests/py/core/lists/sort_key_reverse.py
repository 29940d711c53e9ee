# Pins sort with key, reverse, multi-level keys via tuples, stability under reverse, and sorted() copying.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: (-p[0], p[1])))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
l = [3, 1, 2]
r = l.sort()
print(r, l, sorted("cba"), sorted((3, 2, 1)), sorted({3: 0, 1: 0}))
l.sort(reverse=True)
print(l)

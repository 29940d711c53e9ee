# Pins set operations on strings, printed only after sorting (string hash order is randomized).
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
vowels = set("aeiou")
print(sorted(set("programming") & vowels), sorted(set("programming") - vowels))
print("the" in uniq, "cat" in uniq, sorted({w[0] for w in words}))
print(sorted(frozenset(["b", "a"]) | {"c"}))

# Pins str concatenation, repetition (incl. 0 and negative), lexicographic comparison by code point.
print("ab" + "cd", "ab" * 3, "ab" * 0 == "", "x" * -2 == "", 2 * "yz")
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z", "10" < "9")
print(max("apple", "Apple", "banana"), min(["b", "A", "a"]), sorted(["b", "A", "a", "B", "_"]))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)

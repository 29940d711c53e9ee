# Pins iterating strings, str.maketrans/translate, and enumerate over strings.
print(list("abc"), [c * 2 for c in "xy"], list(enumerate("hi")))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1"}), "abc".translate(str.maketrans("", "", "b")))
print(list(reversed("abc")), sorted("banana"), "".join(sorted("banana", reverse=True)))

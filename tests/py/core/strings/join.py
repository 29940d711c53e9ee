# Pins str.join over lists, tuples, generators, dict keys; and the TypeError naming the bad item.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join(c for c in "abc"), "+".join({"k": 1, "j": 2}))
print("|".join([]), "|".join(["only"]), ", ".join(map(str, range(5))))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(e)
try:
    ",".join([b"x"])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)

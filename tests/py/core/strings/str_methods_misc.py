# Pins count/format_map/isdecimal mix and chained method calls on literals.
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print("{x} and {y}".format_map({"x": 1, "y": 2}))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print("Mississippi".lower().count("ss"), "Mississippi".upper().find("SS", 3))
print("%s" % "".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print("CSV,line,,here".split(",")[2] == "", "a b".split(" ", 5))

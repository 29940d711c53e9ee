# Pins find/rfind/index/rindex/count with start/end arguments and the ValueError message of index.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind(""), s.find("bra", -5))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print("aaaa".count("aa"), "".count(""), "".find(""))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("z")
except ValueError as e:
    print(e)

# Pins the builtin constructors bool/int/float/str/list/tuple/dict/set/frozenset with typical inputs.
print(bool(), bool(0.0), bool("x"), int(), int("12"), float(), float("1e3"), str(), str(1.25))
print(list(), list("ab"), tuple(), tuple([1]), dict(), dict(a=1), set(), set("aa"), frozenset(), frozenset([1, 1]))
print(int(-2.9), int("0b11", 0), float(" 7 "), str(b"x"), bool([[]]), list({1: 2}.items()), tuple({1: 2}))
print(type(bool()).__name__, int.__name__, type(frozenset()).__name__)

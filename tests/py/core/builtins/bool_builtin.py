# Pins bool() results, bool arithmetic results, and comparison results being real bools.
print(bool(0), bool(42), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(float("nan")))
print(type(1 < 2).__name__, (1 < 2) + 1, True is (1 == 1), bool.__name__)
print(bool(1) is True, bool(0) is False, isinstance(False, int))

# Pins isinstance/issubclass with tuples (including nested), bool/int relationships and error messages.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (int, (list, str))))
print(isinstance(None, type(None)), isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(KeyError, LookupError), issubclass(int, int))
print(isinstance(1, ()), issubclass(bool, ()))
for call in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, (int, 1)), lambda: issubclass(int, "x")):
    try:
        print(call())
    except TypeError as e:
        print(e)

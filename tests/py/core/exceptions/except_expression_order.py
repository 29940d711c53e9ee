# Pins that except clause expressions are evaluated lazily in order, only until one matches.
def cls(c, tag):
    print("evaluating clause", tag)
    return c
try:
    raise KeyError
except cls(ValueError, 1):
    print("no")
except cls(LookupError, 2):
    print("matched 2")
except cls(KeyError, 3):
    print("no")
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)

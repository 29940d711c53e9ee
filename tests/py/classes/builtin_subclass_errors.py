# subclasses of set and exceptions work; instances keep extra attributes
class Tags(set):
    pass
t = Tags()
t.add("x")
print(sorted(t), isinstance(t, set), type(t).__name__)
class MyKeyError(KeyError):
    pass
try:
    {}["k"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise MyKeyError("m")
except KeyError as e:
    e.extra = 5
    print(type(e).__name__, e, e.extra)

# Instance attributes kept in a values block shared-keyed by the class:
# __dict__ order, deletion, many attributes, odd names, __class__ change.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = Point(1, 2)
b = Point(3, 4)
b.z = 5
c = Point(6, 7)
c.y = 70           # replace keeps the original order
print(vars(a), vars(b), vars(c))

d = Point(0, 0)
del d.x
d.x = 9            # re-added: now last
print(vars(d), d.x, d.y)

e = Point(1, 1)
del e.y
print(hasattr(e, "y"), vars(e))
try:
    del e.y
except AttributeError as exc:
    print("AttributeError:", exc)

# Set in a different order than the class first saw.
class Rev:
    pass

r1 = Rev(); r1.p = 1; r1.q = 2
r2 = Rev(); r2.q = 3; r2.p = 4
print(vars(r1), vars(r2))

# More names than the shared keys hold.
many = Rev()
for i in range(45):
    setattr(many, "attr%d" % i, i * i)
print(len(vars(many)), many.attr0, many.attr44, list(vars(many))[:3], list(vars(many))[-1])

# Names built at run time, and a str subclass as a name.
class Name(str):
    pass

n = Rev()
setattr(n, "".join(["dy", "namic"]), 1)
setattr(n, Name("sub"), 2)
print(n.dynamic, n.sub, sorted(vars(n)))

# __dict__ handed out, then changed through either side.
p = Point(1, 2)
dd = p.__dict__
dd["w"] = 3
p.v = 4
print(p.w, vars(p), dd is p.__dict__)
p.__dict__ = {"only": 1}
print(vars(p), hasattr(p, "x"))

# __class__ assignment between compatible classes.
class Other:
    def __init__(self):
        self.k = "other"

q = Point(5, 6)
q.__class__ = Other
print(type(q).__name__, vars(q), q.x)
q.k = 1
print(vars(q))

# getattr with a default, instance attribute shadowing a class attribute.
class Defaults:
    color = "red"

    def method(self):
        return "method"

s = Defaults()
print(s.color, getattr(s, "missing", "dflt"))
s.color = "blue"
s.method = lambda: "instance"
print(s.color, s.method(), Defaults.color, Defaults().method())
del s.method
print(s.method())

# A class with a data descriptor of the same name wins over the instance.
class Prop:
    def __init__(self):
        self.__dict__["v"] = "dict"

    @property
    def v(self):
        return "property"

print(Prop().v, Prop().__dict__)

# Attributes on subclasses of builtins and on slotted classes with __dict__.
class L(list):
    pass

lst = L([1, 2]); lst.tag = "t"
print(lst, lst.tag, vars(lst))

class Slotted:
    __slots__ = ("a", "__dict__")

sl = Slotted(); sl.a = 1; sl.b = 2
print(sl.a, sl.b, vars(sl))

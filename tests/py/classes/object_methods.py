# object's own methods through user classes
class C:
    pass
c = C()
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1))
print(object.__repr__(c) == repr(c), object.__str__(c) == str(c))
print(object.__hash__(c) == hash(c), c.__class__ is C, C.__class__ is type)
object.__setattr__(c, "a", 1)
print(object.__getattribute__(c, "a"), c.__dict__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)

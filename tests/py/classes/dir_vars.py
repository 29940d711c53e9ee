# dir() lists inherited names sorted; vars() of an instance and a class
class A:
    a = 1
    def f(self): pass
class B(A):
    b = 2
x = B()
x.c = 3
names = dir(x)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
print(vars(x), "b" in vars(B), "a" in vars(B))

# instance __dict__, vars(), attribute assignment and deletion
class P:
    pass
p = P()
p.a = 1
p.b = "two"
print(p.__dict__, vars(p))
del p.a
print(p.__dict__)
try:
    del p.zz
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["c"] = 3
print(p.c)

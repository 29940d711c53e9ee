# callable(), type(), id() and == on classes; classes as dict keys
class A: pass
class B: pass
d = {A: "a", B: "b"}
print(d[A], d[B], A == A, A == B, A != B, callable(A))
print(type(A()) is A, hash(A) == hash(A))
print(sorted([B.__name__, A.__name__]))

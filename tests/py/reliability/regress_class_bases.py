# Regression: a class statement whose list of resolved bases could not grow leaked that list.
class A:
    pass
class B(A):
    pass
class C(B, A):
    pass
print(C.__mro__ == (C, B, A, object), [k.__name__ for k in C.__bases__])

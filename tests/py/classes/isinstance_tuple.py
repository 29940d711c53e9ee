# isinstance / issubclass with user classes and tuples
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(C, (A, B)))
print(isinstance(A, type), isinstance(b, object), issubclass(A, object))
print(isinstance(3, (A, int)))

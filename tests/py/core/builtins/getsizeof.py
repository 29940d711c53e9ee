# sys.getsizeof: positive sizes that grow with contents, __sizeof__ of a class, the default argument
import sys
print(sys.getsizeof(0) > 0, sys.getsizeof([]) > 0, sys.getsizeof("") > 0)
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]), sys.getsizeof("abcdef") > sys.getsizeof("a"))
print(sys.getsizeof((1, 2, 3, 4)) > sys.getsizeof(()), sys.getsizeof(10 ** 100) > sys.getsizeof(1))

class Sized:
    def __sizeof__(self):
        return 1000

class Bad:
    def __sizeof__(self):
        return "big"

print(sys.getsizeof(Sized()) >= 1000)
try:
    sys.getsizeof(Bad())
except TypeError as e:
    print("TypeError")
print(sys.getsizeof(Bad(), -1))

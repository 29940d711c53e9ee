# Regression: a cycle with __del__ still alive at exit was finalized after the runtime was gone (segfault).
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = A("a")
a.self = a
b = A("b")
b.other = A("c")
b.other.back = b
print("end")

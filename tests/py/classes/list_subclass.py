# subclassing list: methods, len, iteration, indexing, overriding append
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), list(s), s[0], isinstance(s, list), type(s).__name__)
print(s + [4], sorted(Stack([3, 1, 2])))
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged()
l.append(5)
print(l, l == [5])
l.tag = "t"
print(l.tag)

# collections.UserDict, UserList and UserString as bases to override
from collections import UserDict, UserList, UserString

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d.get("z", 0), sorted(d.keys()), isinstance(d, UserDict))

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
print(s, s[1:], s + [4], len(s), s.pop(), s == [1, 2])

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"

u = Shout("hi there")
print(u, u.shout(), len(u), u[0:2], u + "?", "there" in u, u.split())

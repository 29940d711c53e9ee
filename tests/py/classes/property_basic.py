# property: getter, setter, deleter, decorator and call forms, read-only errors
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        """degrees"""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    def _get_f(self): return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError:", e)

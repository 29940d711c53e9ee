# __del__ runs when the last reference goes away, once
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("closing", self.name)
r = Res("a")
print("made")
del r
print("after del")
def scope():
    x = Res("b")
    print("in scope")
scope()
print("end")

# class attributes shadowed by instance attributes; assigning on the class
class C:
    n = 0
    def bump(self):
        C.n += 1
        return C.n
c = C()
c.bump(); c.bump()
print(C.n, c.n)
c.n = 100
print(C.n, c.n)
C.extra = "x"
print(c.extra)
del c.n
print(c.n)

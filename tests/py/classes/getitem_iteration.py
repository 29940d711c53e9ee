# iteration through __getitem__ alone (the old sequence protocol)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
a, b, c, d = Seq()
print(a, b, c, d)

# __iter__ and __next__: for loops, list(), StopIteration
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
for x in Count(2):
    print("x", x)
it = iter(Count(1))
print(next(it), next(it, "done"))
class Twice:
    def __init__(self, data): self.data = data
    def __iter__(self): return iter(self.data * 2)
print(list(Twice([1, 2])), sum(Twice([5])))

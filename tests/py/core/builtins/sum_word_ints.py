# sum() over ints that fit a word, where the total overflows a word, and mixed with other numbers
print(sum(range(1000)), sum(x * 2 for x in range(300)))
print(sum([2**62, 2**62, 2**62, -2**63]), sum([9223372036854775807, 1, -5]))
print(sum([-9223372036854775807, -5, 3, 2**70, -2**70]))
print(sum([1, 2.5, 3]), sum([1, True, 3]), sum([True, True]), type(sum([True, True])))
print(sum([], 7), sum([1, 2], start=3.5), sum(iter([1, 2]), 2**64), sum([2**63, -1]))
class Big(int):
    def __add__(self, other):
        return 100 + int(self) + int(other)
    __radd__ = __add__
print(sum([1, Big(2), 3]), sum([Big(5)], 0))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print("TypeError:", e)
def items():
    yield 1
    yield 2
    raise KeyError("stop")
try:
    sum(items())
except KeyError as e:
    print("KeyError", e)

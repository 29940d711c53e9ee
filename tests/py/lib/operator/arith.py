# Pins the arithmetic, bitwise and comparison functions of operator.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.index(7))
print(op.__add__(2, 3), op.__mul__ is op.mul, op.concat([1], [2]))
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    op.index("x")
except TypeError as e:
    print("TypeError:", e)
print(op.index(7), op.index(False))

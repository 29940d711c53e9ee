# Pins operator's in-place functions on mutable and immutable values.
import operator as op
l = [1]
print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.isub(5, 1), op.imul([0], 3), op.iconcat('a', 'b'))
print(op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1}; op.ior(s, {2}); print(s)

# Pins operator's sequence functions: getitem, setitem, delitem, contains, countOf, indexOf, length_hint.
import operator as op
l = [1, 2, 3, 2]
print(op.getitem(l, 1), op.getitem(l, slice(1, 3)), op.contains(l, 3), op.countOf(l, 2), op.indexOf(l, 2))
op.setitem(l, 0, 9); op.delitem(l, -1); print(l)
print(op.length_hint([1, 2]), op.length_hint(type('H', (), {'__length_hint__': lambda s: 3})()), op.length_hint(5, 42))
try:
    op.indexOf(l, 99)
except ValueError as e:
    print('ValueError', e)
print(op.call(max, 1, 5, 3))

# Pins OrderedDict update order, deletion and re-insertion, | and reversed.
from collections import OrderedDict
od = OrderedDict([('x', 1), ('y', 2)])
od.update({'z': 3, 'x': 10}); print(od)
del od['y']; od['y'] = 20; print(od)
print(list(reversed(od)), od | {'w': 0}, {'a': 1} | od)
od |= [('q', 9)]; print(od)
print(od.pop('x'), od.get('x'), len(od), isinstance(od, dict))

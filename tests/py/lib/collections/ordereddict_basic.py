# Pins OrderedDict move_to_end, popitem(last), repr and equality rules.
from collections import OrderedDict
od = OrderedDict()
for k in 'dbca':
    od[k] = ord(k)
print(od)
od.move_to_end('d'); print(list(od))
od.move_to_end('a', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(x=1) == {'x': 1})
a = OrderedDict([(1, 1), (2, 2)]); b = OrderedDict([(2, 2), (1, 1)])
print(a == b, dict(a) == dict(b), a != b)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)

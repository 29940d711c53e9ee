# Every statement that binds or unbinds a name.
import os
import os.path
import xml.dom.minidom as md
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent as pa
from os import *

a = b = c, d = e, *f = range(4)
g += 1
h: int = 1
[i, (j, k)] = 1, (2, 3)
obj.attr = 1
obj[idx] = 2
del l, (m, n), obj.gone, obj[key]

for o, p in []:
    pass
else:
    q = 1

while r:
    break

with open(s) as t, open(u) as (v, w):
    pass

try:
    pass
except ValueError as err:
    pass
except (TypeError, KeyError):
    pass
else:
    ok = True
finally:
    done = True


def func():
    import sys
    from json import dumps
    try:
        pass
    except Exception as e:
        del e
    with ctx() as (x, y):
        pass
    for z in []:
        pass
    del func2
    return sys, dumps


class Klass:
    import re as regex
    for item in ():
        pass

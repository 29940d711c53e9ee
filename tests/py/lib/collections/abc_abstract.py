# Pins that an incomplete collections.abc subclass cannot be instantiated.
from collections.abc import Mapping, Sequence
class Half(Mapping):
    def __getitem__(self, k): return k
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Seq(Sequence):
    def __len__(self): return 0
try:
    Seq()
except TypeError as e:
    print('TypeError', e)

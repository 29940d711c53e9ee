# Pins partial on bound methods, on classes, with keyword overrides, and partialmethod.
from functools import partial, partialmethod
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
mk = partial(dict, a=1); print(mk(b=2), mk(a=5))
app = partial([].append); app(1)
basetwo = partial(int, base=2); basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)

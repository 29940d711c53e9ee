# Pins cached_property computing once per instance.
from functools import cached_property
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)
del c.val
print(c.val, c.n)

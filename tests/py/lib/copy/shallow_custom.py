# Pins copy.copy of instances keeping __dict__ entries shared, and classes/functions copied as themselves.
import copy
class Config:
    def __init__(self): self.opts = {'v': 1}; self.name = 'cfg'
c = Config(); c2 = copy.copy(c); c2.name = 'other'; c2.opts['v'] = 2
print(c.name, c.opts, c2.name, c2.opts is c.opts)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(Config) is Config, copy.deepcopy(len) is len)
print(copy.deepcopy(range(3)) == range(3), copy.deepcopy(3.5), copy.deepcopy(b'x'))

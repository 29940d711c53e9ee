# a __repr__ that raises propagates; RecursionError inside __repr__
class Bad:
    def __repr__(self): raise ValueError("no repr")
try:
    print(Bad())
except ValueError as e:
    print("ValueError:", e)
class Deep:
    def __repr__(self): return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("RecursionError")

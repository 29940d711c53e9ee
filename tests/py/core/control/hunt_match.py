# the match statement: literal, sequence, mapping, class and guard patterns
def matcher(v):
    match v:
        case 0 | 1: return 'small'
        case [x, y]: return f'pair {x} {y}'
        case [x, *rest]: return f'list head {x} rest {rest}'
        case {'k': val, **others}: return f'dict {val} {others}'
        case str() as s if len(s) > 3: return 'long str ' + s
        case str(): return 'short str'
        case int(n) if n < 0: return 'negative'
        case float(): return 'float'
        case (1, 2, 3): return 'never'
        case _: return 'other'
for v in [0, 1, [1, 2], [1, 2, 3], (4, 5), {'k': 1, 'z': 2}, 'hello', 'hi', -5, 2.5, 99, None, []]:
    print(repr(v), matcher(v))
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return 'origin'
        case Pt(x=0, y=y): return f'on y {y}'
        case Pt(x, 0): return f'on x {x}'
        case Pt(): return 'elsewhere'
        case _: return 'not a point'
print(where(Pt(0, 0)), where(Pt(0, 5)), where(Pt(3, 0)), where(Pt(1, 1)), where(5))
def const(v):
    match v:
        case True: return 'True'
        case None: return 'None'
        case 1.0: return 'one'
    return 'nomatch'
print(const(True), const(1), const(None), const(False))

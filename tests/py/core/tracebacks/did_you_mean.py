# Pins "Did you mean" of NameError and AttributeError: only in the printed
# traceback (never in str(e)), locals before globals before builtins, case
# flips cheaper than edits, no suggestion for distant names, for
# UnboundLocalError or for NameError subclasses, and e.name / e.obj.
def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])

counter = 1
Counter = 2
def local_first():
    countr = 3
    return countre
def unbound():
    if False:
        total = 1
    return total
class MyNameError(NameError):
    pass
def custom():
    raise MyNameError("name 'lenn' is not defined", name="lenn")
def from_getattr():
    return getattr([], "apend")
try:
    [].apend
except AttributeError as e:
    print(str(e), e.name, type(e.obj).__name__)
try:
    prnt
except NameError as e:
    print(str(e), e.name)
chain([lambda: local_first(), lambda: COUNTER, lambda: prnt, lambda: xyzzy_plugh,
       lambda: "s".uper(), lambda: [].sortt, lambda: counter.bit_lenght(), lambda: {}.kyes(),
       unbound, custom, from_getattr, lambda: "s".zz, lambda: lenght])

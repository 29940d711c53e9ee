# Pins that except clauses match base classes, the first matching clause wins, and tuples of classes.
def trial(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError clause: " + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError clause: " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "tuple clause: " + type(e).__name__
    except Exception as e:
        return "Exception clause: " + type(e).__name__
print(trial(lambda: [][0]))
print(trial(lambda: {}["k"]))
print(trial(lambda: 1 / 0))
print(trial(lambda: 2.0 ** 5000))
print(trial(lambda: int("x")))
print(trial(lambda: len(1)))
print(trial(lambda: undefined))
print(trial(lambda: "".foo))

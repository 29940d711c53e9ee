# Pins nested try blocks: inner handler misses, outer catches; exceptions raised in handlers propagate outward.
def level(n):
    try:
        if n == 0:
            raise KeyError("deep")
        level(n - 1)
    except IndexError:
        print("never: wrong type at level", n)
    finally:
        print("unwinding level", n)
try:
    level(3)
except KeyError as e:
    print("caught at top:", e)
try:
    try:
        raise ValueError("v")
    except ValueError:
        print("handling v")
        raise TypeError("t raised in handler")
    except TypeError:
        print("not reached: sibling handler")
except TypeError as t:
    print("outer got", t)

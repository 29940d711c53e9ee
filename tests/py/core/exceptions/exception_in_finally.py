# Pins an exception raised in finally replacing the original one (with the original as __context__).
def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    f()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def g():
    try:
        return 1
    finally:
        1 / 0
try:
    g()
except ZeroDivisionError as e:
    print("return replaced by", repr(e), e.__context__)

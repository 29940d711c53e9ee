# Pins the builtin exception hierarchy: catching by base class and the MRO of common exceptions.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in (ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError, NotImplementedError,
            FileNotFoundError, UnicodeDecodeError, StopIteration, KeyboardInterrupt, SystemExit, ModuleNotFoundError,
            OverflowError, AssertionError, TimeoutError):
    print(names(cls))
for exc, base in ((ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
                  (SystemExit, Exception), (KeyboardInterrupt, BaseException), (ValueError, TypeError), (OSError, EnvironmentError)):
    print(exc.__name__, base.__name__, issubclass(exc, base))

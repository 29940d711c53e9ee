# PEP 604 unions of classes (int | str) with isinstance and repr
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: isinstance(1, int | str)); t(lambda: isinstance(1.5, int | str)); t(lambda: issubclass(bool, int | None))
t(lambda: int | str); t(lambda: (int | str).__args__); t(lambda: int | str == str | int); t(lambda: int | None)

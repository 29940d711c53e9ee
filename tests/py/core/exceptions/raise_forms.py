# Pins raise with a class (instantiated), an instance, and errors for raising non-exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
for bad in ("raise 5", "raise 'str'", "raise int", "raise ValueError from 5"):
    try:
        exec(bad)
    except TypeError as e:
        print(bad, "->", e)
try:
    raise
except RuntimeError as e:
    print(e)

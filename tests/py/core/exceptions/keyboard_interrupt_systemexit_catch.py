# Pins that `except Exception` does not catch SystemExit/KeyboardInterrupt but BaseException does.
for exc in (SystemExit(0), KeyboardInterrupt(), GeneratorExit()):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught by Exception")
    except BaseException as b:
        print("caught by BaseException:", type(b).__name__)
try:
    raise SystemExit("not exiting")
except SystemExit as s:
    print("caught SystemExit", s.code)
print("program continues")

# Pins the value returned from functions whose try/except/else/finally paths each return.
def f(x):
    try:
        if x == "raise":
            raise ValueError
        if x == "return":
            return "try-return"
    except ValueError:
        return "except-return"
    else:
        return "else-return"
    finally:
        print("finally for", x)
for x in ("raise", "return", "other"):
    print(f(x))

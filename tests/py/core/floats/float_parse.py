# Pins float() parsing of strings (underscores, exponents, whitespace) and its ValueError messages.
for s in ("3.14", "  -2.5e3 ", "1_000.5", ".5", "5.", "1e-3", "1E+3", "0x10" if False else "10", "+.1e1", "١٢.٥"):
    print(repr(s), float(s))
for s in ("", "abc", "1.2.3", "1e", "1_", "0x10", " ", "1,5", "infinit", "nan1"):
    try:
        float(s)
    except ValueError as e:
        print(e)
try:
    float([])
except TypeError as e:
    print(e)
print(float(b"1.5"), float(True), float(-7))

# Pins str() vs format() vs %-formatting of floats at the scientific-notation boundaries.
for v in (1e16, 1.5e16, 1e-5, 0.0001, 123456.789, 1e100, 12345678.9, 0.000123):
    print(str(v), f"{v}", f"{v:g}", f"{v:e}", f"{v:.3}", "%s %r %g" % (v, v, v))

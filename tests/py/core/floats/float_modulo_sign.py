# Pins float % and // sign rules and their consistency with divmod for tricky values.
for a in (5.5, -5.5, 0.0, -0.0, 1e-300):
    for b in (2.0, -2.0, 0.1):
        print(a, b, a // b, a % b, divmod(a, b))

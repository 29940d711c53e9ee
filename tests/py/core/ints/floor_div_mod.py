# Pins floor division and modulo with negative operands (sign follows divisor) and divmod consistency.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, a // b, a % b, (q, r))

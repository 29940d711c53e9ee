# Pins -0.0, inf and nan: repr, comparisons, arithmetic and float() parsing of their spellings.
nz = -0.0
print(nz, 0.0 == nz, repr(-0.0 * 1), 0.0 * -1, -0.0 + 0.0, abs(nz))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(float("Infinity"), float("-INF"), float(" nan "), float("-nan"), float("+inf"))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(min(0.0, -0.0), max(-0.0, 0.0), [1.0, nan].count(nan))

# Pins float literal spellings: exponents, underscores, leading/trailing dots, and their reprs.
print(1., .5, 1e3, 1E-3, 1_000.000_1, 3.14e+0, 0e0, 1e-0, 6.02214076e23, 1.6e-19, 2.5e-324, 1e400 if False else 1e308)
print(0.1 + 0.7, 1.1 + 2.2, 3 * 1.1, 100 * 1.1, 0.1 * 0.1)

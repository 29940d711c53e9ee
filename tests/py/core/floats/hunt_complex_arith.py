# complex arithmetic, repr and format
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for z in [1 + 2j, -1j, 0j, -0j, complex(1, -0.0), complex(-0.0, 0), 1e20 + 1j, complex(float('inf'), float('nan')), 0.1 + 0.2j, 2j ** 2, complex(3)]:
    print(repr(z), str(z), z.real, z.imag, abs(z) if z == z else 'nan')
t(lambda: (1 + 2j) * (3 - 1j)); t(lambda: (1 + 2j) / (3 - 1j)); t(lambda: 1j / 0); t(lambda: (1 + 1j) ** 2); t(lambda: (1 + 1j) ** 0.5); t(lambda: 0j ** 0); t(lambda: 0j ** -1)
t(lambda: (1 + 2j).conjugate()); t(lambda: (1 + 2j) == 1 + 2j); t(lambda: 1j < 2j); t(lambda: (1 + 0j) == 1); t(lambda: hash(1 + 0j) == hash(1)); t(lambda: int(1j)); t(lambda: float(1 + 0j))
t(lambda: (1 + 2j) // 1); t(lambda: (1 + 2j) % 1); t(lambda: divmod(1j, 1)); t(lambda: complex('(1+2j)')); t(lambda: complex('j')); t(lambda: complex('-1.5e3-2j')); t(lambda: complex('1+')); t(lambda: complex('abc'))
t(lambda: complex(1j, 1j)); t(lambda: complex('1', 2)); t(lambda: complex(None)); t(lambda: pow(1j, 2, 3)); t(lambda: round(1j)); t(lambda: abs(3 - 4j)); t(lambda: -(1 + 1j)); t(lambda: +1j)

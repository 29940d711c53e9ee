# Pins complex repr (signed zeros, nan/inf), the constructor and string parsing, mixed arithmetic, powers, hashing and the unsupported operators.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, z * 1j, z / 2, 1j ** 2)
print(complex(1, -0.0), complex("1+2j"), complex(2), 0j, -0j, repr(1j - 1j), -(0j), complex(-0.0, -0.0))
print(complex(float('nan'), float('inf')), complex("  ( -1.5e3-2j ) "), complex("j"), complex("-j"), complex(" 1 "), complex(1j, 2j), complex(1, 2j))
print(z == 3 + 4j, (1 + 0j) == 1, hash(1 + 0j) == hash(1), hash(3+4j), hash(1.5j))
print((-8) ** (1/3), (-8.0) ** 0.5, 2 ** 1j, 1j ** 1j, (1+2j) ** 3, (1+2j) ** -2, pow(2j, 2))
print(1 + 2j + 3.5, 2 - 1j, 2 * (1+1j), 1 / (1+1j), 1e300j * 1e300j if False else 0, bool(0j), bool(1j))
print(1e20 + 1j, 1.5 + 1e-7j, type(1j), complex(), isinstance(1j, complex))
for e in ["z < 1", "z // 2", "z % 2", "1 / 0j", "0j ** -1", "complex('1+')", "complex('abc')", "complex('1', 2)", "int(z)", "float(z)"]:
    try:
        exec("r = " + e)
        print(r)
    except Exception as ex: print(type(ex).__name__, ex)
print("{0.real} {0.imag}".format(3 + 4j), format(1+2j), str(1j), f"{2j}")

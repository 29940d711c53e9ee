# Pins complex repr, arithmetic, attributes and division by zero error.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, z * 1j, z / 2, 1j ** 2)
print(complex(1, -0.0), complex("1+2j"), complex(2), 0j, -0j, repr(1j - 1j))
print(z == 3 + 4j, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
try:
    z < 1
except TypeError as e:
    print(e)

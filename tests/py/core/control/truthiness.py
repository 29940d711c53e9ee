# Pins bool() of builtin values: zero numbers, empty containers, None, and non-empty versions.
vals = [0, 1, -1, 0.0, -0.0, 0.5, 0j, 1j, "", " ", "0", [], [0], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, True, False, b"", b"\x00", bytearray()]
for v in vals:
    print(repr(v), bool(v))
if not []:
    print("empty list is falsy")
n = 0
while [1] * (3 - n):
    n += 1
print(n)

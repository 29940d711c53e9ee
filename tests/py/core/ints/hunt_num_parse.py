# int/float parsing and conversions
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['1_000', '0x_ff', '1__0', '_1', '1_', ' 42 ', '+7', '-0', '0b101', '0o17', '00', '007', '1e3', '', '  ', '١٢']:
    t(lambda: int(s)); t(lambda: int(s, 0))
t(lambda: int('ff', 16)); t(lambda: int('0xff', 16)); t(lambda: int('z', 36)); t(lambda: int('10', 1)); t(lambda: int('10', 37))
t(lambda: int(3.9)); t(lambda: int(-3.9)); t(lambda: int(float('inf'))); t(lambda: int(float('nan'))); t(lambda: int(None))
t(lambda: int('10', base=2)); t(lambda: int(10, 2)); t(lambda: int(b'12')); t(lambda: int(True)); t(lambda: int(1e20))
for s in ['1.5', ' 1e-3 ', 'inf', '-Infinity', 'nan', '1_000.5', '1__0.0', '.5', '5.', 'e5', '0x10', '', 'abc', '1e500', '-1e-500']:
    t(lambda: float(s))
t(lambda: float(2**1024)); t(lambda: float('  -0.0')); t(lambda: float(None)); t(lambda: float([]))
for v in [0.1, 1/3, 1e16, 1e-5, 1e22, 1.5e-7, 123456789012345678.0, 2.0**53, 0.1+0.2, 1e100, -0.0, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1234.5678]:
    print(round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
t(lambda: round(12345, -2)); t(lambda: round(15, -1)); t(lambda: round(25, -1)); t(lambda: round(-25, -1)); t(lambda: round(7, 2))
t(lambda: round(float('inf'))); t(lambda: round(float('nan'))); t(lambda: round(float('nan'), 1)); t(lambda: round(1.5, None)); t(lambda: round('x'))
t(lambda: divmod(7, -2)); t(lambda: divmod(-7, 2)); t(lambda: divmod(7.5, 2)); t(lambda: divmod(-7.5, 2)); t(lambda: divmod(1, 0)); t(lambda: divmod(1.0, 0))
t(lambda: 7 // -2); t(lambda: -7 % 3); t(lambda: 7 % -3); t(lambda: -7.0 % 3); t(lambda: 7.0 % -3); t(lambda: -0.0 % 1); t(lambda: 5 % 0); t(lambda: 5.0 // 0)
t(lambda: pow(2, -1)); t(lambda: pow(0, 0)); t(lambda: pow(0, -1)); t(lambda: pow(0.0, -1)); t(lambda: pow(2, 10, 7)); t(lambda: pow(3, -1, 7)); t(lambda: pow(2, -1, 4))
t(lambda: pow(-8, 1/3)); t(lambda: (-8) ** 0.5); t(lambda: pow(2, 3, 0)); t(lambda: pow(2.0, 3, 5)); t(lambda: 0 ** -1); t(lambda: 2 ** 0.5); t(lambda: (-2) ** -2)
t(lambda: 10 / 4); t(lambda: 10 / 0); t(lambda: 1 / 0.0); t(lambda: 2 ** 1000 / 3); t(lambda: 2 ** 10000 / 1.0); t(lambda: float(10**400))
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan))
print(float('nan') in [float('nan')], max(1, nan), max(nan, 1), min(nan, 1))
t(lambda: (1.5).as_integer_ratio()); t(lambda: (0.1).hex()); t(lambda: float.fromhex('0x1.8p1')); t(lambda: (10).bit_length()); t(lambda: (-1).bit_length())
t(lambda: (255).to_bytes(2, 'big')); t(lambda: int.from_bytes(b'\x01\x00', 'little')); t(lambda: (256).to_bytes(1, 'big')); t(lambda: (-1).to_bytes(1, 'big', signed=True))
t(lambda: (3.0).is_integer()); t(lambda: (7).bit_count()); t(lambda: abs(-5)); t(lambda: abs(-0.0)); t(lambda: abs(3+4j)); t(lambda: hash(-1)); t(lambda: hash(1.0) == hash(1))
t(lambda: hex(255)); t(lambda: oct(-8)); t(lambda: bin(0)); t(lambda: hex(1.5)); t(lambda: int('1' * 5000)); t(lambda: str(10 ** 5000)[:5])

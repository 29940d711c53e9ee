# Pins integer literal spellings: underscores, hex/octal/binary prefixes (any case), and big literals.
print(1_000_000, 0xFF, 0Xff, 0o17, 0O17, 0b1010, 0B11, 0x_dead_beef, 123456789012345678901234567890)
print(000, 0_0, -0b1, +0o7, 0xffffffffffffffffffff, 1_2_3)

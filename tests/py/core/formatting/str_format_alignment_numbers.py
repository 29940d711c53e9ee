# Pins str.format with numeric alignment options and positional spec reuse.
for v in (0, 7, -7, 123456):
    print("|{0:^9}|{0:<+9}|{0:=09}|{0:>9,}|{0:x^9b}|".format(v))
print("{:^+10.3e}|{:<10.1%}|{:>010.4g}".format(12345.678, 0.12345, 0.000012345))

# Pins the int format mini-language: fill, align (incl. =), sign, #, 0, width, grouping, types b o x X d n c.
n = 1234567
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:=+12}] [{-n:012}] [{n:*^13,}]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{n:_b}] [{-n:,}] [{0:,}]")
print(f"[{42:+}] [{42:-}] [{42: }] [{-42: }] [{42:b}] [{42:#b}] [{42:o}] [{42:#o}] [{255:x}] [{255:#X}]")
print(f"[{65:c}] [{42:d}] [{42:n}] [{42:10}] [{42:<+6}] [{-42:^7}] [{42:#010x}] [{-42:#010b}]")
print(format(10 ** 20, ","), format(-2 ** 40, "_"), format(True, "d"), format(True), format(5, ""))
print(f"{42:e}", f"{42:f}", f"{42:g}", f"{42:%}", f"{12:.3}" if False else f"{12.0:.3}")

# Pins f-string formatting of floats and friends: precision, widths, signs, grouping, %, e/g/n-free specs, nested specs, !r/!s/!a, =, and __format__ hooks.
import math

vals = [0.0, -0.0, 1.0, 0.1, 2.5, -2.5, 1 / 3, 123456.789, 1e-7, 1.5e16, 1e22, math.pi, -math.e, float("inf"), float("nan")]
for v in vals:
    print(f"{v}|{v!r}|{v:.2f}|{v:10.3f}|{v:<10.1e}|{v:^12g}|{v:+.3g}|{v:,.2f}|{v:.0f}|{v:e}|{v:G}|{v:%}")
for v in (5e-5, 1e-4, 123456789.0, 12345678901234567.0, 0.000123456, 1e100, 2 ** 0.5):
    print(f"{v:g} {v:.10g} {v:#g} {v:.1g} {v:12.4} {v:.3} {v}")
w, p = 12, 4
x = 3.14159265
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{x:0{w}.2f}] [{x:=+{w}.3f}] [{x:_^{w}.1f}] [{-x: .2f}] [{x: .2f}]")
print(f"{1234567.891:_.2f} {0.5:.0f} {1.5:.0f} {2.675:.2f} {1.005:.2f} {-1e-10:.3f} {100:.2f} {7:5.1%}")
print(f"{x=}", f"{x = :.2f}", f"{1 + 1=}", f"{'s'!r:>5}", f"{'é'!a}", f"{3!s:3}|", f"{{}} {{{x:.1f}}}")
print(f"{12345:>10,} {-12345:010d} {255:#06x} {255:08b} {65:c} {1e3:n} {42:n}")
print(f"{complex(1.5, -2):.2f} {complex(0, 1)} {1j:>8} {3 + 4j!r}")
print(format(1.0, ""), format(1e16, ""), format(1.23e-5, ".2"), format(1234.5, ".1"), format(0.1, ".17"), str(1e16), repr(1.1e-5))
print(round(2.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e16 + 1.0), round(123.456, -1), round(5.5), round(6.5))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")

    def __str__(self):
        return "Money!"

    def __repr__(self):
        return "Money(%d)" % self.cents


m = Money(123456)
print(f"{m} {m:short} {m:>12,.2f} {m!s} {m!r} {m!r:>15}", format(m), "{:short}".format(m), "{0!r}".format(m))
for bad in ("{:d}", "{:.2d}", "{:x}", "{:,s}"):
    try:
        print(bad.format(1.5))
    except ValueError as e:
        print("ValueError", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError", e)
tbl = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
for name, val, n in tbl:
    print(f"{name:<8}|{val:>10.3f}|{n:>6d}|{val / n:>8.3%}|{name[:3].upper():^5}|")
print(float.hex(1.5), float.fromhex("0x1.8p1"), (0.1).hex(), 1.0.__format__(".3f"), (2.0).__repr__(), int.__format__(5, "03"))

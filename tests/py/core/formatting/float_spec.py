# Pins the float format mini-language: e f g % precision, #, grouping, sign, padding, inf/nan/-0.0.
x = 1234.56789
print(f"{x:e} {x:.2e} {x:E} {x:f} {x:.1f} {x:.0f} {x:#.0f} {x:g} {x:.3g} {x:G}")
print(f"{x:,.2f} {x:_.3f} {x:+012.2f} {x:=+12.1f} {x:<12.1f}| {x:^12.1f}| {0.25:%} {0.25:.1%}")
print(f"{1e-7:g} {1e-4:g} {1e16:g} {123456789.0:g} {0.0001:.2e} {1.5:.0f} {2.5:.0f} {-0.0:f} {-0.0:+.1f}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):F} {float('nan'):+.2F} {float('inf'):>8}")
print(f"{3.0:} {3.0:.3} {1e20:.3} {0.1:.17g} {100.0:#g} {1.0:#.3g} {12345.0:.2}")
print(format(1.0), format(1e22), format(0.5, "^7"), format(-1.5, "08.2f"), format(2 / 3, ".10n"))

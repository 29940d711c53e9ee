# Pins a realistic use of format specs: a right-aligned numeric table with totals.
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.999)]
print(f"{'item':<12}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 37)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>5d}|{price:>8.2f}|{total:>9.3f}")
print(f"{'TOTAL':<12}|{sum(r[1] for r in rows):>5}|{'':>8}|{grand:>9.3f}")
print("{:=^37}".format(" end "))

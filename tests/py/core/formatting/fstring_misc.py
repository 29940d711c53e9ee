# Pins f-string details: adjacent literal concatenation, multi-line triple quoted, escapes around fields.
a, b = 1, 2
s = (f"{a}" "+" f"{b}"
     "=" f"{a + b}")
print(s)
print(f"""multi
{a}
line""")
print(f"tab\t{a}\\{b}\n-end", rf"\n{a}", fr"{b}\t")
print(f"{'{'}{a}{'}'}", f"{a!r:>{b + 2}}", f"{'%d' % a}")
print(f"{-a}", f"{a:-^5}", f"{1_000:,}", f"{b ** 10:_d}")

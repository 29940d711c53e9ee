# Pins string format specs: fill/align/width, precision truncation, default left alignment, errors.
s = "python"
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:*<10}] [{s:.3}] [{s:>8.2}] [{s:^9.4}] [{s:3}]")
print(f"[{'é':_^5}] [{'日本':>6}] [{'':*^3}] [{s:s}]")
for spec in ("d", "=10", "+", ",", "#"):
    try:
        format(s, spec)
    except ValueError as e:
        print(e)

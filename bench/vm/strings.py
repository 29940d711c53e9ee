# Strings: concatenation, join, split, formatting, methods.
def work(n):
    parts = []
    for i in range(n):
        parts.append(f"item{i}:{i * 3}")
    text = ",".join(parts)
    fields = text.split(",")
    total = 0
    for f in fields:
        name, value = f.split(":")
        if name.startswith("item1"):
            total += int(value)
    up = text.upper()
    return total + up.count("ITEM") + len(text.replace("item", "x"))
print(work(200_000))

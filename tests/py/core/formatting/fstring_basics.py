# Pins f-string expressions: arithmetic, calls, indexing, nested quotes, dict access, conditional expressions.
name, n, items = "World", 3, ["a", "b"]
d = {"k": 7}
print(f"Hello, {name}! {n * 2} {len(items)} {items[-1]} {d['k']} {'yes' if n > 2 else 'no'}")
print(f"{name.upper()}{name.lower()!r}", f"{{literal}}", f"{n}{n}", f"{'nested' + f'{n}'}")
print(f"{(lambda x: x * 2)(5)}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }")
print(f"{3.14159:.2f}", f"{n:03}", f"{'x':>{n}}", f"{n:{'>'}{5}}")

# Pins exec/eval with explicit globals/locals dicts, expression results, statements, and errors.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a, b]", {"a": 1}, {"b": 2}))
ns = {}
exec("y = 10\ndef sq(v):\n    return v * v\nz = sq(y)", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
print(exec("1 + 1"), eval("len('abc')"), eval("  5  "))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing", {})
except NameError as e:
    print(e)
loc = {}
exec("a = 1; b = a + 1", {}, loc)
print(loc)

# Pins compile() in 'exec', 'eval' and 'single' modes, running its code with exec()/eval(), and eval()'s syntax errors.
code = compile("a = 6\nb = a * 7\n", "<prog>", "exec")
ns = {}
print(type(code).__name__, exec(code, ns), ns["b"], sorted(k for k in ns if k != "__builtins__"))
expr = compile("x * 2 + 1", "<expr>", "eval")
print(eval(expr, {"x": 20}), eval(expr, {"x": 1}), exec(expr, {"x": 3}))
print(eval(compile("[i * i for i in range(4)]", "<e>", "eval")))
single = compile("40 + 2", "<single>", "single")
exec(single, {})
exec(compile("None", "<single>", "single"), {})
exec(compile("print('side effect')", "<single>", "single"), {})
ns = {}
exec(compile("y = 5", "<single>", "single"), ns)
print(ns["y"])
try:
    eval(compile("1/0", "<zero>", "eval"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for src, mode in [("x = 1", "eval"), ("a b", "exec"), ("pass", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset)
try:
    compile("1", "<m>", "run")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(5, "<m>", "exec")
except TypeError as e:
    print("TypeError:", e)
print(eval(compile(b"3 ** 2", "<bytes>", "eval")))
print(eval("  7  "), eval("(1,\n 2)"), eval("'\\n'.join(['a', 'b'])"))
def f():
    raise KeyError("from compiled code")
try:
    exec(compile("f()", "<calls>", "exec"))
except KeyError as e:
    print("KeyError:", e)

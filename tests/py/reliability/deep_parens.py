# Pins CPython's limit of 200 nested brackets in source: deeper is "too many nested parentheses".
for opener, inner, closer in [("(", "", ")"), ("[", "", "]"), ("{1: ", "0", "}")]:
    for depth in (199, 200, 201, 5000):
        src = "x = " + opener * depth + inner + closer * depth
        try:
            exec(src, {})
            print(opener, depth, "runs")
        except SyntaxError as e:
            print(opener, depth, type(e).__name__, e.msg, e.lineno, e.offset)
src = "x = " + "f(" * 201 + ")" * 201
try:
    exec(src, {})
except SyntaxError as e:
    print("calls", e.msg, e.offset)
src = "x = " + "-" * 1000 + "1"
ns = {}
exec(src, ns)
print("1000 unary minus:", ns["x"])
src = "x = " + " + ".join(["1"] * 500)
exec(src, ns)
print("500 additions:", ns["x"])

# Pins unary -, +, ~ on ints, bools and floats, and the TypeError for bad operand types.
print(-0, -(-5), +(-5), ~0, ~-1, ~255, -(2**70), ~(2**70))
print(-True, +False, ~False, -0.0, +(-0.0), -float("inf"))
for src in ("-'a'", "~1.5", "+[1]", "-None", "~'x'"):
    try:
        eval(src)
    except TypeError as e:
        print(e)

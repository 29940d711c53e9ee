# every binary operator dunder and its reflected form
class T:
    def __init__(self, name): self.name = name
def mk(op):
    def f(self, o): return f"{self.name}.{op}({o})"
    return f
for op in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
           "and", "or", "xor", "matmul", "divmod"]:
    setattr(T, f"__{op}__", mk(op))
    setattr(T, f"__r{op}__", mk("r" + op))
t = T("t")
print(t + 1, t - 1, t * 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1)
print(t & 1, t | 1, t ^ 1, t @ 1, divmod(t, 1))
print(1 + t, 1 - t, 1 * t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t)
print(1 & t, 1 | t, 1 ^ t, divmod(1, t))

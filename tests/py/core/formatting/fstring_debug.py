# Pins the f-string `=` specifier: text preserved with spaces, repr by default, with format spec and !s.
x = 10
name = "tierpy"
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=}", f"{name=!s}", f"{x=:5d}|", f"{3.5=:.2f}")
print(f"{x + 1 = }", f"{[1, 2]=}", f"{None=}")

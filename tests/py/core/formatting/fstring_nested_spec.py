# Pins nested replacement fields inside format specs (width, precision, fill, type computed at runtime).
value = 3.14159265
for width, prec in ((10, 2), (8, 4), (6, 0)):
    print(f"[{value:{width}.{prec}f}]", "[{:{}.{}f}]".format(value, width, prec))
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}11}]", "[{0:{1}{2}{3}}]".format("z", "-", ">", 5))
ty = "x"
print(f"{255:{ty}}", f"{255:#{ty}}", "{:{}}".format(255, "b"))

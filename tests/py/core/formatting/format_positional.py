# Pins str.format with auto, manual and mixed field numbering and the related errors.
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("x", "y"))
print("{0}{0}{0}".format("ab"), "{}".format(None), "{{}} {{{}}}".format(5))
for fmt, args in [("{0} {}", ("a", "b")), ("{} {1}", ("a", "b")), ("{2}", ("a",)), ("{}{}", ("a",)),
                  ("{", ()), ("}", ()), ("{0!x}", (1,)), ("{0:}}", (1,))]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

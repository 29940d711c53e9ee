# Pins %-format with a dict argument, %r on nested data, and tuple vs single-argument ambiguity.
print("%(name)s is %(age)d years; %(name)r" % {"name": "Bo", "age": 7})
print("%s" % ((1, 2),), "%r" % ("x",), "%s|%s" % ([1], {2: 3}))
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(e)
print("%s" % {"a": 1}, "%%d" % (), "%-6s|" % "ab", "%6.2s|" % "abc")
print("%.2f%%" % 99.5, "%x" % 2 ** 70, "%d" % -2 ** 70, "%e" % 0, "%g" % -0.0)

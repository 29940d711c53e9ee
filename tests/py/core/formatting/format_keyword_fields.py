# Pins str.format with keyword fields, index and attribute access in field names, and errors.
data = {"name": "Ada", "langs": ["py", "c"]}
print("{name} knows {langs[1]} and {langs[0]}".format(**data))
print("{0[name]} {0[langs]}".format(data), "{x[0][1]}".format(x=[[1, 2]]))
print("{0.real} {0.imag} {1.__name__}".format(3 + 4j, len))
print("{a}{b}{a}".format(a="<", b="-"), "{0[2]}".format("xyz"), "{d[k]}".format(d={"k": "v"}))
for fmt, kw in [("{missing}", {}), ("{0.nope}", None), ("{x[5]}", {"x": [1]}), ("{x[k]}", {"x": {}})]:
    try:
        print(fmt.format(5, **kw) if kw is not None else fmt.format(5))
    except (KeyError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)

name = "x"
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{name:>10} {name:{width}.{precision}}"
d = f"{x=} {x = } {x=!s} {x=:>3}"
e = f"{{literal}} {{{name}}}"
f = F"upper" fr'raw {name}\n' rf"{name}\d" FR"{x}" Rf'{y}'
g = f"{a['key']} {b['k'] if False else 1}" if 0 else f"{[1, 2][0]}"
h = f"""multi
line {name}
{ name }"""
i = "plain" f"{name}" 'tail'
j = u"kind" f"{name}" "x"
k = f"{x:{'>' if y else '<'}{w}}"
l = f"{lambda_:3} {(lambda: 1)()}"
m = f"{x!r:^20}" f"{'nested'}" f'{"q"}'
n = f"{3.14:.2f} {1_000:,} {x:%Y-%m-%d}"
o = f"{a, b}" f"{*a,}" f"{yield_}"
p = f"{x:}" f""
q = f"\{x} \\{y} \n{z}"
r = f"{x == y} {x != y} {x >= y} {x <= y} {a<b} {a>b}"
s = f"{d['a']:{d['b']}}"

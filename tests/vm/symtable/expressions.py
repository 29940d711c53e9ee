# Names in every kind of expression.
result = func(pos, *star, kw=val, **dstar)
text = f"{fmt!r:>{width}} {other}"
sliced = seq[lo:hi:step], seq[::], seq[ix, iy]
cond = yes if test else no
chain = a < b <= c
logic = p and q or not r
unary = -m, +n, ~o
binary = s + t * u @ w
container = [one, *two], {three}, {four: five, **six}, (seven,)
attr = base.attribute.chain
call_chain = obj.method(arg)(arg2)
starred, *rest = items
lambda_body = (lambda: unresolved)()
dict_keys = {k1: v1, (lambda: k2)(): (lambda: v2)()}
ellipsis = ...

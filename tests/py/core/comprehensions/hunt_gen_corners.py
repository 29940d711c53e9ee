# generators and comprehensions corner cases: scoping, exceptions inside, send on fresh generator
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def g():
    yield 1
t(lambda: g().send(1)); t(lambda: g().throw(ValueError)); t(lambda: g().throw(ValueError, ValueError('x'))); t(lambda: g().close())
gen = g(); print(gen.gi_frame is not None, next(gen)); t(lambda: next(gen)); print(gen.gi_frame)
def gen_ret():
    return (yield)
gr = gen_ret(); next(gr)
try: gr.send(42)
except StopIteration as e: print('value', e.value, e.args)
print([x for x in range(3) for x in range(x)], [[y for y in range(x)] for x in range(3)])
print({x: y for x, y in [(1, 2), (1, 3)]}, list(x for x in 'ab' if x != 'a'))
t(lambda: [1 / x for x in [1, 0]]); t(lambda: list(1 / x for x in [1, 0]))
def agen():
    for i in range(3):
        try: yield i
        finally: print('cleanup', i)
for v in agen():
    if v == 1: break
print('after break')
def gen_in_gen():
    yield [i * j for i in range(2) for j in (yield 'inner')]
gg = gen_in_gen(); print(next(gg)); print(gg.send([1, 2]))
print(sum(1 for _ in range(1000)), any(x > 5 for x in range(10)), next((x for x in range(10) if x > 3), None))
def recurse_gen(n):
    if n: yield n; yield from recurse_gen(n - 1)
print(list(recurse_gen(5)))
it = iter(range(5)); print([x for x in it if x % 2], list(it))
print(list(zip(*(iter('abcdef'),) * 2)))
def counter():
    c = 0
    while True:
        cmd = yield c
        if cmd == 'reset': c = 0
        else: c += 1
cc = counter(); next(cc); cc.send(None); cc.send(None); print(cc.send(None), cc.send('reset'), next(cc))
print(type(g).__name__, type(g()).__name__, g.__name__, g().__qualname__)

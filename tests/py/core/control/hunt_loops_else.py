# for/while else, break/continue in try/finally, match statements
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for i in range(3):
    if i == 5: break
else: print('for-else ran')
for i in range(3):
    if i == 1: break
else: print('not printed')
n = 0
while n < 3: n += 1
else: print('while-else', n)
def brk():
    out = []
    for i in range(5):
        try:
            if i == 3: break
            if i % 2: continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(brk())
x = 5
print('pos' if x > 0 else 'neg', x if x else 'zero', (x > 3) + (x > 4), 1 < x < 10, 1 < x > 10, not x)
print(0 or [] or 'last', 1 and 2 and 0, None or 0, [] and 1)
i = 0
while True:
    i += 1
    if i > 100: break
print(i)
t(lambda: [i for i in range(3)] == list(range(3)))
def lbl():
    for a in range(3):
        for b in range(3):
            if a * b == 2: return a, b
print(lbl())

# f-string nesting and conversions
x = 3.14159; w = 10; p = 3; name = 'bob'
print(f'{x:{w}.{p}f}|')
print(f'{x!r:>{w}}|')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{"nested " + f"{name.upper()}"}')
print(f'{x=}')
print(f'{x = :.2f}')
print(f'{name=!r:>10}')
print(f'{[1,2][0]} {{literal}} {3+4}')
print(f'{ {"a": 1}["a"] }')
d = {'k': 'v'}
print(f"{d['k']}")
print(f'{x:.{p}}')
print(f'{12345:,}' f'{0.5:%}')
print(f'{"abc":^{w}}|')
print(f'{-5:+}{5:+}')
for i in range(3):
    print(f'{i:03d}', end=' ')
print()
print(f'{3!r:>5}|{"s"!s:<3}|')
import math
print(f'{math.pi:.{p+2}f}')
print(f'{len(name) * "-"}')
print(f'''{'multi'
}''')
print(f'{"a" if x > 3 else "b"}')
print(f'{(lambda y: y * 2)(4)}')

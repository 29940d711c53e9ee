# more complex format specs: signs, zero-negative parts, precision without type, unicode fill
def t(z, spec):
    try: print(repr(spec), repr(format(z, spec)))
    except Exception as e: print(repr(spec), type(e).__name__, e)
for z in [complex(-0.0, 1), complex(0.0, -0.0), -1 - 2j, 1e16 + 1e-5j, complex(float('nan'), float('inf')), 12345.678 + 9j]:
    for spec in ['', '.2', '.3g', ' ', '-', '+.1f', 'z.1f', '#', '#.0f', '*<', '★^16', '>3', 'x', '.2n', ',.1f', '_g', ' 12', 'F', '.1%', 'e10']:
        t(z, spec)
print(f'{1+1j:10}|{2-3j:<12.1f}|{0j}|{-0j}')

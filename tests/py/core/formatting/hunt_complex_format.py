# format() of complex numbers: the format spec mini-language
for spec in ['', '.2f', '>20', '<20', '^20', '+', '.3e', 'g', '.1g', '10.2f', '*^18.1f', 'f', 'E', '.0f', 'd', '%', ',', '_.2f', '=20', '020', 'n']:
    try: print(repr(spec), repr(format(1234.5 - 0.25j, spec)), repr(format(2j, spec)), repr(format(complex(1, 0), spec)))
    except Exception as e: print(repr(spec), type(e).__name__, e)
print(f'{3+4j:.1f}', '{:>12}'.format(1j), '{0.real:.1f}'.format(2 + 3j))

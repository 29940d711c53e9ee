# format spec mini-language edge cases
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
for spec in ['', '>10', '<10', '^10', '*^11', '0>5', '+', ' ', '-', '#x', '#o', '#b', '#X', '_', ',', '_x', '08.3f', '+08d', '=+8', 'c', 'n', '%', '.2%', 'e', '.0e', 'g', '.3g', 'E', 'G', '10.4', 's', '>+#012_x']:
    t(255, spec)
for spec in ['', '.2f', '10.3e', '+.1f', '.0f', '%', 'g', '.10g', ',', '_.2f', '020,.2f', 'd', 'x', '.3', '#.0f', '#g', 'r']:
    t(1234.5678, spec)
for spec in ['', '.1f', 'e', 'g', '+', 'F', 'E']:
    t(float('inf'), spec); t(float('-inf'), spec); t(float('nan'), spec)
for spec in ['', '>10', '.3', '^9.2', 'd', '10s', '=10', '+', ',']:
    t('hello', spec)
t(-0.0, ''); t(-0.0, '.1f'); t(-0.0, 'z.1f'); t(-0.001, 'z.1f')
t(True, ''); t(True, 'd'); t(True, '>5'); t(None, ''); t(None, '>5')
t(1e16, ''); t(1e16, 'g'); t(123456789.0, 'n'); t(0.00001234, '')
t(12345678901234567890, ','); t(-12345, '_'); t(1+2j, '')
t(3, '.2f'); t(3, 'e'); t(-3, '010'); t(3, '=^10')
print('{:{}{}}'.format(3.14159, '.', 3))
print('{0:{w}.{p}f}'.format(2.5, w=10, p=2))
print('{!r:>10}|{!s:<5}|{!a}'.format('a', 'b', 'é'))
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}))
print('{.real} {.imag}'.format(3+4j, 3+4j))
try: print('{} {1}'.format(1, 2))
except Exception as e: print(type(e).__name__, e)
try: print('{0} {}'.format(1, 2))
except Exception as e: print(type(e).__name__, e)
try: print('{'.format(1))
except Exception as e: print(type(e).__name__, e)
try: print('}'.format(1))
except Exception as e: print(type(e).__name__, e)
try: print('{2}'.format(1))
except Exception as e: print(type(e).__name__, e)
try: print('{x}'.format(1))
except Exception as e: print(type(e).__name__, e)
try: print('{!z}'.format(1))
except Exception as e: print(type(e).__name__, e)
print('{{}} {}'.format(5))
print(format(10**20, 'e'), format(2**64, 'x'), format(-2**64, '#b'))

# printf-style % formatting edge cases
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
t('%d', 3.7); t('%i', -2); t('%5d|%-5d|', (3, 4)); t('%05d', -42); t('%+d', 5); t('% d', 5)
t('%x %X %o', (255, 255, 8)); t('%#x %#X %#o', (255, 255, 8)); t('%e', 12345.678); t('%E', 0.0001)
t('%g', 1e-5); t('%G', 1e20); t('%.3g', 3.14159); t('%10.2f', 3.14159); t('%-10.2f|', 2.5)
t('%s', [1, 2]); t('%r', 'x'); t('%a', 'é'); t('%c', 65); t('%c', 'z'); t('%%', ()); t('%s %s', (1,))
t('%s', (1, 2)); t('%d', 'x'); t('%(a)s %(b)d', {'a': 1, 'b': 2}); t('%(a)s', 5); t('%*d', (5, 3))
t('%.*f', (2, 3.14159)); t('%z', 1); t('%s', ()); t('abc', 5); t('abc', ()); t('%c', 1114112)
t('%c', 'ab'); t('%x', 3.5); t('%d', None); t('%.2s', 'hello'); t('%5.1s|', 'abc'); t('%#.0f', 3.0)
t('%f', float('nan')); t('%f', float('inf')); t('%d', True); t('%s', None); t('%i', 2**70)
t('%x', -255); t('%o', -8); t('%#o', 0); t(b'%d %s' if False else '%d', 1)
print(b'%d %s %r' % (1, b'x', 'y'))
try: print(b'%s' % 'str')
except Exception as e: print(type(e).__name__, e)
print(b'%5b|%c' % (b'ab', 65))
print('%-+7.2f|' % 3.14159, '%+.3e' % -1234.5)
print('%(x)r %(x)s' % {'x': 'q'})

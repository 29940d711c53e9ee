# str.format with attribute/index lookups, conversions, nested specs and user __format__
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __init__(self): self.x = 1; self.items = ['a', 'b']
    def __format__(self, spec): return 'P:' + spec if spec else 'P'
    def __str__(self): return 'Pstr'
    def __repr__(self): return 'Prepr'
p = P()
print('{0.x} {0.items[1]} {0} {0!s} {0!r} {0:spec} {0!s:>6}|'.format(p))
print('{a[0]}{a[1]}'.format(a='xy'), '{0[-1]}'.format({'-1': 'neg'}), '{:{fill}{align}{width}}'.format('q', fill='*', align='^', width=5))
t(lambda: '{0.nope}'.format(p)); t(lambda: '{0[5]}'.format([1])); t(lambda: '{0[x]}'.format([1])); t(lambda: '{:d}'.format('s')); t(lambda: '{:s}'.format(5))
t(lambda: '{:>5d}'.format(3.0)); t(lambda: format(p, 'abc')); t(lambda: format(object(), 'x')); t(lambda: format(object(), '')[:8]); t(lambda: '{:,d}'.format(1234567))
t(lambda: '{0:{1}}'.format(3.14159, '.2f')); t(lambda: '{:{}}'.format('x', '>3')); t(lambda: '{0:{0}}'.format(5)); t(lambda: '{:=+10.2f}'.format(-3.5)); t(lambda: '{:_b}'.format(255))
t(lambda: '{:c}'.format(9731)); t(lambda: '{:x}'.format(-255)); t(lambda: '{:#010x}'.format(255)); t(lambda: '{:.3s}'.format('abcdef')); t(lambda: '{:%}'.format(0.125))
t(lambda: '{:n}'.format(1234567)); t(lambda: '{:+.2e}'.format(12345)); t(lambda: '{:g}'.format(0.0000123)); t(lambda: '{:G}'.format(1e-20)); t(lambda: '{:.0%}'.format(0.5))
t(lambda: '{}'.format()); t(lambda: '{0}{1}'.format('a')); t(lambda: '{!}'.format(1)); t(lambda: '{:'.format(1)); t(lambda: '{0!r:}'.format('x'))
t(lambda: '{:,}'.format(-1234.5678)); t(lambda: '{:_}'.format(10 ** 10)); t(lambda: '{:,.2f}'.format(float('inf'))); t(lambda: '{:>10.3}'.format(3.14159))
t(lambda: format(True, 'd')); t(lambda: format(False, '^5')); t(lambda: format(3, '')); t(lambda: format(2.0, '')); t(lambda: format(1e100, '')); t(lambda: format(12.0, 'n'))
t(lambda: '{:,x}'.format(255)); t(lambda: '{:_x}'.format(2 ** 40)); t(lambda: '{:,s}'.format('a')); t(lambda: '{:#}'.format(1.0)); t(lambda: '{:#.3g}'.format(1.0))
t(lambda: '{:.2}'.format(1234.5)); t(lambda: '{:.1}'.format(0.05)); t(lambda: '{:5}|{:<5}|{:>5}'.format(1, 2.5, 'r')); t(lambda: '{:05}'.format(-1.5)); t(lambda: '{:x<4}'.format(7))

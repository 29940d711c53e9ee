# string.Formatter: format, vformat, parse pieces, conversions, nested specs, overridable steps
import string
f = string.Formatter()
print(f.format('{0}-{k}', 1, k=2), f.format('{} {} {!r:>6}', 'a', 3.5, 'x'), f.format('{0[1]} {p.real}', [5, 6], p=3j))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{{lit}} {}', 'x'))
print(list(f.parse('a{0!r:>5}b{{c}}{x.y[1]}')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {name}', 'abc', name='def'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise KeyError(sorted(extra))
try:
    Strict().format('{a}', a=1, b=2)
except KeyError as e:
    print('KeyError', e)
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError', e)

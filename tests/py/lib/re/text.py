# re on real text: tokenizing, verbose patterns, Unicode classes, empty matches, bytes
import re

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?)      # a number
  | (?P<name>[A-Za-z_]\w*)      # an identifier
  | (?P<op>[-+*/()=])           # an operator
  | (?P<ws>\s+)                 # spaces
""", re.VERBOSE)

def tokens(text):
    for m in TOKEN.finditer(text):
        if m.lastgroup != 'ws':
            yield m.lastgroup, m.group()

print(list(tokens("x1 = 3.5 * (y + 42)")))
print(re.findall(r'\w+', 'naïve café Ω'), re.findall(r'\w+', 'naïve café', re.ASCII))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'a*?b', 'aab ab b'))
print(re.split(r'\s*;\s*', 'a ; b;c  ;d'), re.split(r'(\s)', 'a b'))
print(re.match(r'(a)(?:b)(c)?', 'ab').groups(), re.match(r'(a)|(b)', 'b').span(2))
print(re.sub(r'(?m)^', '> ', 'one\ntwo'), re.sub(r'$', '!', 'line\n'))
print(re.findall(rb'[a-z]+', b'abc DEF ghi'), re.sub(rb'\s', b'_', b'a b'))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(w for w in words if re.fullmatch(r'[a-m]\w*', w))))
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex, re.compile('(a)(b)(c)').groups)
m = re.search(r'(\d+)-(\d+)', 'call 555-1234 now')
print(m.expand(r'\2 \1'), m[0], m[1], m.regs, m.string, m.re.pattern, m.pos, m.endpos)
print(re.sub('', '-', 'abc'), re.findall(r'\b', 'a b'), re.split(r'\b', 'a b'))
for bad in ['(a', 'a)', '[a', 'a**', '(?P<1>a)']:
    try:
        re.compile(bad)
        print(bad, 'compiled')
    except re.error as e:
        print(bad, 're.error')
try:
    re.search('a', b'a')
except TypeError as e:
    print(e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print(e)
print(re.sub(r'a', r'\n', 'bab') == 'b\nb', re.escape(b'a.b'))

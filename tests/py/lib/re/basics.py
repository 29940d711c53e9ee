# re: match, search, findall, sub, split, groups, flags, templates and errors
import re
print(re.match(r'(\w+) (\w+)', 'hello world!').groups())
m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2024-05-17 ok')
print(m, m.group('year'), m.groupdict(), m.span(), m.start(2), m.lastindex, m.lastgroup)
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)(\d)', 'a1 b2'), re.findall(r'(a)|b', 'ab'))
print(re.sub(r'(\d+)', r'<\1>', 'a1 b22'), re.subn('a', 'b', 'aaa', count=2))
print(re.sub(r'(?P<x>o)', r'\g<x>\g<0>!', 'foo'), re.sub('x*', '-', 'abxd'))
print(re.split(r'\W+', 'a, b;c'), re.split(r'(,)', 'a,b'), re.split('x*', 'axb'), re.split(',', 'a,b,c', 1))
print(re.fullmatch(r'a.c', 'abc'), re.fullmatch('a', 'ab'), re.match('b', 'ab'))
print(re.compile('abc', re.I | re.M), re.compile(b'x'), re.compile('é', re.I).search('É'))
print(re.escape('a.b*c (d)'), re.sub(r'\s+', ' ', ' a \t b\n c '))
print([m.group() for m in re.finditer(r'\b\w', 'hi there you')])
print(re.search(r'^b', 'a\nb', re.M).span(), re.search(r'a.b', 'a\nb', re.S).group())
print(re.findall(r'x{,2}', 'xxx'), re.search(r'end\Z', 'the end'), re.search('\\u00e9', 'café'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
try:
    re.compile('(a')
except re.error as e:
    print('error', type(e).__name__, e.pattern)
print(re.compile(r'(a)(b)?').match('a').groups(), re.compile(r'(a)(b)?').match('a').groups('-'))
print(re.match(r'(?i)HELLO', 'hello').group(), re.findall(rb'\d', b'a1b2'))
p = re.compile(r'\d+')
print(p.search('ab12cd', 3), p.match('12ab', 0, 1), p.groups, p.pattern, p.flags)
print(re.sub('a|', '-', 'bab'), re.findall('', 'ab'))
import re
print(re.I, repr(re.I|re.M), re.compile("a", re.I|re.S), re.compile("a").flags, re.A, ~re.I, re.I & re.M)
print(re.search("A", "xa", re.I|re.M).group(), re.I == 2, re.I + 1)

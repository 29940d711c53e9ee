# json dumps/loads round trips and re basics used by tutorials
import json, re
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = {'name': 'x', 'nums': [1, 2.5, -3], 'ok': True, 'none': None, 'nested': {'a': [{}]}, 'uni': 'é'}
s = json.dumps(data); print(s); print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True)); print(json.dumps('é', ensure_ascii=False), json.dumps([1, 2], separators=(',', ':')))
t(lambda: json.loads('{bad}')); t(lambda: json.dumps({1: 2, 'a': (1, 2)})); t(lambda: json.dumps(set())); t(lambda: json.loads('[1, 2.0, "x", null, true]'))
t(lambda: json.loads('1e400')); t(lambda: json.dumps(float('nan'))); t(lambda: json.dumps("a\"b\n\u0001"))
m = re.match(r'(\w+)@(\w+)\.com', 'joe@example.com'); print(m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end())
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\d)', r'<\1>', 'a1b2'), re.split(r'[,;]\s*', 'a, b;c'), re.search('z', 'abc'))
print(re.sub(r'\s+', ' ', '  lots   of  space '), [m.group() for m in re.finditer(r'[A-Z]', 'aBcDe')], re.fullmatch(r'\d{3}', '123') is not None)
p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)'); mm = p.search('x=10'); print(mm['key'], mm.group('val'), mm.groupdict(), p.pattern)
print(re.sub(r'a', lambda m: m.group().upper(), 'banana'), re.subn('a', 'o', 'banana'), re.escape('a.b*c'), re.IGNORECASE and bool(re.match('A', 'a', re.I)))
t(lambda: re.match('a', 'b').group())

# json.loads through the C scanner: hooks, key memo, raw_decode, whitespace, errors with exact positions
import json
from collections import OrderedDict

doc = '{"b": [1, {"c": null}], "a": {"a": 1}, "b2": true}'
print(json.loads(doc))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: len(d), object_pairs_hook=lambda p: ("pairs", p)))
calls = []
def hook(d):
    calls.append(sorted(d))
    return d
json.loads('[{"x": {"y": {}}}, {"z": 1}]', object_hook=hook)
print(calls)
try:
    json.loads('[{"x": 1}]', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# equal keys become one str object
v = json.loads('[{"key": 1}, {"key": 2}, {"other": {"key": 3}}]')
k0, k1, k2 = list(v[0])[0], list(v[1])[0], list(v[2]["other"])[0]
print(k0 is k1, k1 is k2)

# whitespace: only space, tab, newline and carriage return
print(json.loads(' \t\r\n[ 1 ,\t2 ,\n{ "a" :\r 3 } ] \n'))
for d in ['\x0b1', '[1,\x0c2]', '\u00a0 1', '1 \u3000']:
    try:
        print(repr(d), json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)

bad = ['', '   ', '[', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '[1;2]', '{', '{"a"', '{"a":', '{"a" 1}',
       '{"a": 1', '{"a": 1,', '{"a": 1,}', '{a: 1}', "{'a': 1}", '{"a": 1 "b": 2}', '{1: 2}',
       '[1] x', '{} {}', '"s" "t"', ']', '}', '\n\n  [1,\n  ]', '[\n  {"k": [1,\n  2,,]}]',
       '{"a": [1, {"b": }]}', '[1, 2, 3]garbage', '{"\\u00e9": x}', '\ufeff[1]']
for d in bad:
    try:
        json.loads(d)
        print(repr(d), "decoded?")
    except json.JSONDecodeError as e:
        print(repr(d), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

# raw_decode, decode, load, bytes
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('{"a": 1}{"b": 2}'), dec.raw_decode('"x"y'))
print(dec.raw_decode('  [1]  ', 2), dec.raw_decode('12 34', 3))
for args in [('[1]', 5), ('  [1]', 0), ('', 0)]:
    try:
        print(dec.raw_decode(*args))
    except json.JSONDecodeError as e:
        print(args, "->", e)
print(dec.decode('  {"k": "v"}  '))
print(json.loads(b'{"utf8": "caf\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
import io
print(json.load(io.StringIO('{"from": "file"}')))
print(json.JSONDecoder(strict=False).decode('["a\tb\nc"]'))
try:
    json.JSONDecoder().decode('["a\tb"]')
except json.JSONDecodeError as e:
    print(e)

# deep nesting ends in RecursionError, not a crash
for opener in "[{":
    deep = (opener + ('"k":' if opener == "{" else "")) * 100000
    try:
        json.loads(deep)
    except RecursionError:
        print("RecursionError for", opener)
    except json.JSONDecodeError as e:
        print("JSONDecodeError for", opener, e)
nested = json.loads("[" * 50 + "]" * 50)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)

# a subclass of JSONDecoder and a JSONDecodeError from a decoder are what json exports
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {"hooked": d}
print(json.loads('{"a": {"b": 1}}', cls=Dec))
try:
    json.loads('{"a" 1}', cls=Dec)
except ValueError as e:
    print(type(e).__name__, e.args)

# the memo matches keys by their characters: escaped and plain spellings, any document width
v = json.loads('[{"a\\u0062": 1}, {"ab": 2}, {"\\u0061b": 3}]')
print([list(d)[0] for d in v], list(v[0])[0] is list(v[1])[0] is list(v[2])[0])
v = json.loads('[{"k\u4e16": 1, "ab": 0}, {"k\\u4e16": 2, "a\\u0062": 9}, {"k\u4e16": 3}]')
print(ascii(v), list(v[0])[0] is list(v[1])[0] is list(v[2])[0], list(v[0])[1] is list(v[1])[1])
many = json.loads("[" + ", ".join('{"key%d": %d}' % (i % 300, i) for i in range(1000)) + "]")
print(len(many), len({id(list(d)[0]) for d in many}), many[999])

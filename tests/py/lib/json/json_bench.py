# Pins json.dumps/json.loads round trips on nested data: indent, sort_keys, separators, ensure_ascii, default=, object_hook, floats, and errors.
import json

EMPTY = ({}, 0)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0], 'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)
cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']

total = 0
for name in cases:
    obj, count = globals()[name]
    for _ in range(min(count, 50)):
        s = json.dumps(obj)
        total += len(s)
        assert json.loads(s) == obj
print("total", total)
print(json.dumps(NESTED_DATA))
print(json.dumps(NESTED_DATA, ensure_ascii=False, sort_keys=True))
print(json.dumps([1, [2, {"a": None}], [], {}], indent=2))
print(json.dumps({"b": 1, "a": [1.5, -0.0, 1e20, 3.0]}, separators=(',', ':'), sort_keys=True))
print(json.dumps("tab\tnew\nquote\"back\\slash\u0001 \u00e9 \U0001f600"))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Pt(1, 2)], default=lambda o: {"pt": [o.x, o.y]}))
doc = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\n"}, "d": ""}'
obj = json.loads(doc)
print(obj, type(obj["a"][2]).__name__)
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('{"x": 1, "x": 2}'), json.loads('  "s"  '), json.loads('123'), json.loads('[]'))
for bad in ('{"a": 1,}', '[1 2]', '', '{"a" 1}', 'nul', '"abc'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, isinstance(e, ValueError))
print(json.dumps(json.loads(json.dumps({"k": [{"n": i, "s": str(i) * i} for i in range(4)]})), indent="\t"))

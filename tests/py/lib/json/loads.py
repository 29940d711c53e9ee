# json.loads: values, escapes, hooks, and CPython's error messages with positions
import json

print(json.loads('{"a": [1, 2.5, -3e2, null, true, false], "b": "x\\ny\\u00e9\\ud83d\\ude00"}'))
print(json.loads(' [ ] '), json.loads('{}'), json.loads('"s"'), json.loads('12'), json.loads('-0.0'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"bytes": 1}'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('123456789012345678901234567890'))
bad = ['', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"a\\qb"',
       '"\\u12"', '[1] x', 'nul', '"a\x01b"', '{"a": 1 "b": 2}', '\n\n  [1,\n  ]', '-',
       '01', '1.', '[', '{', '{"a":']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "decoded?")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
print(json.loads(json.dumps({"round": [1, 2.0, "trip", None]})))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))

# json strings through the C speedups: escapes both ways, surrogates, control characters, exact error positions
import json
import _json

docs = ['"plain"', '"caf\\u00e9 \\u4E16 \\ud83d\\ude00 \\/ \\b\\f\\n\\r\\t \\" \\\\"',
        '"lone high \\ud800 x"', '"lone low \\udc00"', '"high then ascii \\ud83d\\u0041"',
        '"high at end \\ud83d"', '"two highs \\ud83d\\ud83d\\ude00"', '"\u00e9\u4e16\U0001f600 raw"',
        '"tab\tinside"', '"nul\x00"', '""', '"\\u0000"', '"mixed \\n caf\u00e9 \\u00e9"']
for d in docs:
    try:
        v = json.loads(d)
        print(repr(d), "->", ascii(v), len(v))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)
    try:
        print("  non-strict:", ascii(json.loads(d, strict=False)))
    except json.JSONDecodeError as e:
        print("  non-strict:", e)

bad = ['"abc', '"abc\\', '"a\\qb"', '"\\u12"', '"\\u12', '"\\u123g"', '"\\ud83d\\u12"',
       '"\\ud83d\\uzzzz"', '"\\u0041', '"\\u00411"', '["ok", "a\x1fb"]', '{"k\x01": 1}',
       '"\\', '"a\\"', '\n\n  "abc\ndef"', '["a", "b" "c"]']
for d in bad:
    try:
        json.loads(d)
        print(repr(d), "decoded?")
    except json.JSONDecodeError as e:
        print(repr(d), "->", e.msg, "|", e.pos, e.lineno, e.colno)

# scanstring itself: (str, end), strict flag, bounds
print(_json.scanstring('"abc" tail', 1))
print(_json.scanstring('x"a\\nb"', 2))
print(_json.scanstring('"a\x01b"', 1, False))
for args in [('"abc"', 10), ('"abc"', -1), ('"a\x01b"', 1, True)]:
    try:
        print(_json.scanstring(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    _json.scanstring(b'"x"', 1)
except TypeError as e:
    print("TypeError:", e)

# the encoders: ASCII mode escapes DEL and everything above; the other only " \ and controls
samples = ["", "plain", 'q"uo\\te', "ctl \x00\x01\x1f\x7f", "\b\f\n\r\t", "caf\u00e9",
           "\u4e16\u754c", "\U0001f600\U0010ffff", "\ud800 lone", "\u2028\u2029", "x" * 40 + "\u00e9"]
for s in samples:
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
    print(" ", json.dumps(s), ascii(json.dumps(s, ensure_ascii=False)))
    assert json.loads(json.dumps(s)) == s and json.loads(json.dumps(s, ensure_ascii=False)) == s
for bad in [None, 1, b"x"]:
    try:
        _json.encode_basestring_ascii(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({"caf\u00e9": ["\U0001f600", {"\u4e16": "\x00"}]}, ensure_ascii=False))
print(json.dumps({"caf\u00e9": ["\U0001f600", {"\u4e16": "\x00"}]}))
# latin-1, 2-byte and 4-byte documents and results of every width
for doc in ['["\u00e9", "a", "\u00ff"]', '["\u4e16", "a", "\u00e9"]', '["\U0001f600", "a\u4e16"]']:
    v = json.loads(doc)
    print(ascii(v), [len(x) for x in v], json.dumps(v, ensure_ascii=False) == doc.replace(" ", " "))
# the output widens as wider characters come: 1 -> 2 -> 4 bytes, and straight from 1 to 4
print(ascii(json.dumps(["a", "\u00e9", "\u4e16", "\U0001f600"], ensure_ascii=False)))
print(ascii(json.dumps(["a", "\U0001f600", "\u00e9"], ensure_ascii=False)))
print(ascii(json.dumps({"k": [1, 2]}, ensure_ascii=False, separators=("\u3001", "\uff1a"), indent="\u00b7")))
print(ascii(json.loads('"\u4e16\\t\\ud83d\\ude00x\\u00e9"')), ascii(json.loads('["\u00e9\\n", "\u4e16\\"", "\U0001f600\\\\"]')))

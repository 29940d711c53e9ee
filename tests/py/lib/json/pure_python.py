# json without the C speedups (import of _json blocked): the Python encoder and decoder give the same answers
import sys
sys.modules['_json'] = None
import json
import json.decoder
import json.encoder
print(json.encoder.c_make_encoder, json.encoder.c_encode_basestring_ascii, json.encoder.c_encode_basestring)

data = {"b": [1, 2.5, -0.0, 10 ** 20, None, True, False, (1, 2)], "a": {"s": "caf\u00e9 \"q\"\n\x7f\U0001f600"},
        3: "int key", 1.5: "float key", None: "none key"}
for kw in [{}, {"sort_keys": False, "indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":")}]:
    text = json.dumps(data, **kw)
    print(text)
print(json.dumps(data, indent="\t", sort_keys=False, separators=(";", "=")))
doc = json.dumps(data)
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=str, parse_constant=str))
print(ascii(json.loads('"\\ud83d\\ude00 \\ud800 \\u00e9 \\/"')))
a = []
a.append(a)
for v, kw in [(a, {}), (float("nan"), {"allow_nan": False}), ({1, 2}, {}), ({(1,): 2}, {})]:
    try:
        json.dumps(v, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({1, 2}, default=sorted), json.dumps({(1,): 2, "k": 1}, skipkeys=True))
for d in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"\\u12"',
          '[1] x', 'nul', '-', '\n\n  [1,\n  ]']:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)

# the _json module itself: names, the Scanner and Encoder objects, argument errors, a custom string encoder
import _json, json
print(_json.make_scanner, _json.make_encoder, _json.scanstring, _json.encode_basestring_ascii.__name__)
print(sorted(n for n in dir(_json) if not n.startswith('__')))
d = json.JSONDecoder(strict=False)
sc = _json.make_scanner(d)
print(type(sc).__name__, sc.strict, sc.parse_float, sc.object_hook)
try:
    sc(b"x", 0)
except TypeError as e: print(e)
try:
    sc("[1]", -1)
except ValueError as e: print(e)
try:
    sc("[1]", 5)
except StopIteration as e: print("StopIteration", e.value)
try:
    _json.make_encoder([], None, None, None, ":", ",", False, False, True)
except TypeError as e: print(e)
try:
    _json.make_encoder(None, None, None, None, 1, ",", False, False, True)
except TypeError as e: print(e)
enc = _json.make_encoder(None, str, lambda s: '<' + s + '>', None, ":", ",", True, False, True)
print(enc({"b": [1.5, "x", object], "a": None}, 0)[0][:60])
enc = _json.make_encoder(None, str, lambda s: 5, None, ":", ",", True, False, True)
try:
    enc(["x"], 0)
except TypeError as e: print(e)

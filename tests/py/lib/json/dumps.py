# json.dumps: every type, indent, separators, sort_keys, ensure_ascii, default, errors
import json

print(json.dumps({"a": [1, 2.5, None, True, False], "b": "x\ny\"z\\", "c": {}}))
print(json.dumps([1e16, 0.1, -0.0, 1e-7, 123456789012345678901234567890]))
print(json.dumps("h\u00e9llo \u4e16\U0001f600 \x01"))
print(json.dumps("h\u00e9llo \u4e16\U0001f600", ensure_ascii=False))
print(json.dumps({"z": 1, "a": {"y": [1, {"b": 2}], "x": []}}, sort_keys=True, indent=2))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1, 2}, default=sorted))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)

class P:
    def __init__(self, x):
        self.x = x

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P):
            return {"P": o.x}
        return super().default(o)

print(json.dumps([P(1), P([2])], cls=Enc))
print(Enc(indent=1).encode({"k": P(3)}))

# Pins | and |= on dicts: right operand wins, order from the left, |= accepts iterables of pairs, errors.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(e)
try:
    a |= 5
except TypeError as e:
    print(e)
print({**b, **{"y": 0}}, dict(b, y=-1))

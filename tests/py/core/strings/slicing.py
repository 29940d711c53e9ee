# Pins string slicing: negative indices, steps, reversed, out-of-range clamping, and the IndexError message.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[-2:2:-2], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[::-100], s[0], s[-1], s[-10])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s["1"]
except TypeError as e:
    print(e)
try:
    s[1] = "x"
except TypeError as e:
    print(e)
print("héllo wörld"[1:8:2], "🐍abc"[0], len("🐍"))

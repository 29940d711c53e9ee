# Pins that str methods return new strings and the original is unchanged; str has no item assignment.
s = "Hello"
t = s.upper()
print(s, t, s.lower() == "hello")
u = s
s += " world"
print(u, s)
try:
    s[0] = "h"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s.foo
except AttributeError as e:
    print(e)

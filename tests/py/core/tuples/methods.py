# Pins tuple count/index (with bounds) and its ValueError, concatenation, repetition, slicing returns tuples.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(5), t.index(2), t.index(2, 2), t.index(1, 1, 5))
try:
    t.index(9)
except ValueError as e:
    print(e)
print(t[1:4], t[::-1], t[::2], t + (9,), (0,) * 3, t[-1], type(t[1:2]).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)

# Pins methodcaller with keywords, on lists and strings, and its errors.
from operator import methodcaller
upper = methodcaller('upper'); print(upper('abc'), list(map(upper, ['x', 'y'])))
srt = methodcaller('sort', reverse=True); l = [3, 1, 2]; srt(l); print(l)
print(methodcaller('replace', 'a', 'o', 1)('banana'), methodcaller('count', 'a')('banana'))
try:
    methodcaller(5)
except TypeError as e:
    print('TypeError', e)
try:
    methodcaller('nope')(1)
except AttributeError as e:
    print('AttributeError', e)

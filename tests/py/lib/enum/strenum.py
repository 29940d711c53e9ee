# enum.StrEnum: members are strs, auto() gives the lowercased name,
# str()/format() give the value, repr the enum's; non-str values refused.
from enum import StrEnum, auto
class S(StrEnum):
    RED = auto()
    Green = auto()
    BLUE = 'b'
print(repr(S.RED), str(S.RED), S.Green, S.RED == 'red', S.BLUE.upper(), f"{S.RED}!", format(S.Green, '>7'), isinstance(S.RED, str), list(S), S('b'))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e: print('TypeError', e)
print(S.RED.name, S.RED.value, S.RED + '!', len(S.Green), S.BLUE in S, S['Green'], S('green') is S.Green)
print(sorted(S), ', '.join(S), '%s-%s' % (S.RED, S.BLUE))
class Mixed(StrEnum):
    A = 'x'
    B = 'x'
print(Mixed.B is Mixed.A, list(Mixed), Mixed.__members__.keys())

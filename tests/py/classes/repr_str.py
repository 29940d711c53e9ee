# __repr__ and __str__ dispatch: print, str, repr, f-strings, containers
class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
class RS:
    def __repr__(self): return "RS-repr"
    def __str__(self): return "RS-str"
print(R(), str(R()), [R()], f"{R()}", f"{R()!r}")
print(S(), [S()][0].__str__(), repr(S()).startswith("<__main__.S object"))
print(RS(), repr(RS()), [RS()], {"k": RS()})

# fnmatch: *, ?, [seq], [!seq], filter, translate
import fnmatch

names = ["main.py", "main.c", "test_a.py", "README", "x1.txt", "x22.txt", "[odd].txt"]
for pat in ["*.py", "main.?", "x?.txt", "[mt]*", "[!m]*.py", "*", "[[]odd].txt", "*.[ch]", "x*[0-9].txt"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.PY"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?"))

# Pins startswith/endswith with tuples of prefixes and start/end bounds; TypeError for bad argument.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith(("x", "fil")), s.startswith("name", 4), s.startswith("file", 1))
print(s.endswith(".gz"), s.endswith((".zip", ".tar.gz")), s.endswith("tar", 0, 12), s.endswith(""))
print("".startswith(""), "abc".startswith("abc", 3), "abc".startswith("", 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print(e)

# Pins strip/lstrip/rstrip with and without char sets, removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"), "abc".strip(""))
print("www.example.com".strip("cmowz."), "   ".strip() == "", "\u3000x\u3000".strip())
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))

# Pins expandtabs with default and custom tab sizes and column reset at newlines; encode with errors.
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("12345\t|".expandtabs(4)))
print(repr("x\n\ty".expandtabs(2)), repr("\t".expandtabs(0)))
print("héllo".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), "€".encode("utf-8"))
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "backslashreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e)

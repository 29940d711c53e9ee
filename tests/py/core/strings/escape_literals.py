# Pins string literal escapes: \N{...}, \x, \u, \U, octal, raw strings, line continuation and implicit concatenation.
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\x41\u00e9\U0001F600", "\101\7" == "A\a", "\0" == "\x00")
print(r"raw\n\t", len(r"\n"), "a" "b" 'c', "line \
continued")
print("""triple "quoted" 'string'
second line""")
print('\'' + "\"" + "\\", len("\r\n"), repr("\f\v"))

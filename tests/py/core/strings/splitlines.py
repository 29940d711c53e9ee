# Pins splitlines with all line boundary characters and keepends.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h\u2029i\x85j\n"
print(s.splitlines())
print("one\n\ntwo\n".splitlines(), "one\r\ntwo".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\ny".split("\n"), "x\ny\n".split("\n"))

# Pins is* predicates on ASCII, digits of other scripts, empty strings and whitespace.
tests = ["abc", "ABC", "Abc", "abc123", "123", "", " \t\n", "½", "²", "٣", "Hello World", "hello world", "éà", "a b", "_"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())

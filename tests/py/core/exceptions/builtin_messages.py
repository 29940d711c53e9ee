# Pins CPython's messages for common runtime errors raised by builtin operations.
cases = ["1 / 0", "[][0]", "[1, 2][5]", "{}['missing']", "1 + 'a'", "'a' + 1", "five[0]", "none()", "undefined_name",
         "(1).foo", "'s'.bar", "None.x", "int('abc')", "float('x')", "[1].index(2)", "len(5)", "iter(5)",
         "next(iter([]))", "'abc'[1] + 2", "hash([])", "{}.x", "abs('a')",
         "sum(['a'])", "ord('')", "chr(-5)", "[] + ()", "1 < 'a'", "-'x'", "{1: 2}[[1]]", "import_missing()",
         "(lambda: x_undef)()", "max([])", "min(1, 'a')", "'%d' % 'x'", "b'a'[5]", "int(None)", "1 .real()"]
five, none = 5, None
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except Exception as e:
        print(f"{src:22} {type(e).__name__}: {e}")

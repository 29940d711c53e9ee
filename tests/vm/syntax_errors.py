#!/usr/bin/env python3
"""The SyntaxError table: bad programs, and what CPython 3.11 prints for
each when run as a script (`python3 NAME.py`): the File line, the source
line, the carets, the message. tierpy-astdump must print the same on
stderr and exit with status 1. Prints TAP.

  syntax_errors.py ASTDUMP          compare with syntax_errors.expected
  syntax_errors.py --regen          rewrite syntax_errors.expected with the
                                    running CPython (must be 3.11)

Each case is written to a temporary directory as NAME.py and run there
under its relative name, so the File line reads the same everywhere.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "syntax_errors.expected")

CASES = [
    # --- the tokenizer ---
    ("unterminated_string", 'x = "abc\n'),
    ("unterminated_bytes", "x = 1\ny = b'abc\n"),
    ("unterminated_triple", 'x = 1\ns = """abc\n\ndef\n'),
    ("unterminated_continued", 'x = "abc\\\ndef\n'),
    ("never_closed", "x = (1,\ny = 2\n"),
    ("never_closed_bracket", "x = [1, 2\n"),
    ("unmatched_paren", "x = 1)\n"),
    ("mismatched_paren", "x = [1, 2)\n"),
    ("mismatched_paren_lines", "x = [1,\n 2)\n"),
    ("too_many_parens", "x = " + "(" * 201 + ")" * 201 + "\n"),
    ("invalid_decimal", "x = 1abc\n"),
    ("trailing_underscore", "x = 1_\n"),
    ("double_underscore", "x = 1__0\n"),
    ("leading_zeros", "x = 0777\n"),
    ("invalid_hex", "x = 0x\n"),
    ("invalid_octal_digit", "x = 0o78\n"),
    ("invalid_binary_digit", "x = 0b102\n"),
    ("invalid_imaginary", "x = 1jk\n"),
    ("invalid_exponent", "x = 1e+\n"),
    ("invalid_character", "x = 1 \u2713 2\n"),
    ("nonprintable_character", "x = 1\u00a0+ 2\n"),
    ("line_continuation", "x = 1 \\ 2\n"),
    ("null_byte", "x = 1\0\n"),
    ("invalid_utf8", "x = 1\ny = '\udcff'\n"),
    ("unindent_mismatch", "def f():\n        x = 1\n    y = 2\n"),
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("tab_error", "if x:\n        a = 1\n\tb = 2\n"),
    # --- the parser ---
    ("invalid_syntax", "x = 1 +* 2\n"),
    ("two_names", "a b c\n"),
    ("forgot_comma", "x = [1, 2 3]\n"),
    ("forgot_comma_call", "f(a b)\n"),
    ("print_statement", 'print "hello"\n'),
    ("expected_colon_if", "if x\n    pass\n"),
    ("expected_colon_while", "while x\n    pass\n"),
    ("expected_colon_def", "def f()\n    pass\n"),
    ("expected_colon_class", "class C\n    pass\n"),
    ("expected_indent_if", "if x:\npass\n"),
    ("expected_indent_def", "def f():\nreturn 1\n"),
    ("expected_indent_for", "for x in y:\nz = 1\n"),
    ("expected_indent_else", "if x:\n    pass\nelse:\npass\n"),
    ("expected_indent_at_eof", "if x:\n"),
    ("expected_indent_at_eof_blank", "if x:\n\n\n"),
    ("expected_indent_before_dedent", "def f():\n    if x:\n    # c\n\ny = 1\n"),
    ("expected_indent_nested_eof", "def f():\n    if x:\n"),
    ("try_then_name", "try:\n    pass\nfoo = 1\n"),
    ("fstring_same_quote", "x = f\"{a[\"k\"]}\"\n"),
    ("assign_literal", "1 = x\n"),
    ("assign_call", "f() = 1\n"),
    ("assign_call_chain", "x = f() = 1\n"),
    ("assign_expression", "a + 1 = 2\n"),
    ("assign_true", "True = 1\n"),
    ("assign_in_tuple", "a, f() = 1, 2\n"),
    ("assign_yield", "x = yield = 3\n"),
    ("augassign_tuple", "a, b += 1\n"),
    ("augassign_call", "f() += 1\n"),
    ("annotate_tuple", "(a, b): int\n"),
    ("annotate_list", "[a]: int\n"),
    ("annotate_call", "f(): int\n"),
    ("delete_call", "del f()\n"),
    ("for_target_call", "for f() in x:\n    pass\n"),
    ("walrus_attribute", "(a.b := 1)\n"),
    ("if_assign", "if x = 3:\n    pass\n"),
    ("positional_after_keyword", "f(a=1, b)\n"),
    ("star_after_double_star", "f(**a, *b)\n"),
    ("keyword_expression", "f(a.b=1)\n"),
    ("default_order", "def f(a=1, b):\n    pass\n"),
    ("bare_star", "def f(*):\n    pass\n"),
    ("ternary_without_else", "x = a if b\n"),
    ("generator_not_alone", "f(x for x in y, 1)\n"),
    ("mix_bytes", "x = 'a' b'b'\n"),
    ("bytes_non_ascii", "x = b'a\u00e9'\n"),
    ("foo_bar_baz", "foo bar baz\n"),
    ("forgot_equals_in_tuple", "f(), a = 1, 2\n"),
    ("duplicate_annotated", "def f(a, a: int):\n    pass\n"),
    ("keyword_true", "f(True=1)\n"),
    ("kwargs_then_positional", "f(**k, a)\n"),
    ("starred_alone", "(*a)\n"),
    ("comprehension_unpack", "[*a for a in b]\n"),
    ("lambda_default_order", "lambda a=1, b: 0\n"),
    ("slash_first", "def f(/, a):\n    pass\n"),
    ("walrus_target", "(a[0] := 1)\n"),
    ("truncated_x_escape", 'x = "\\x4"\n'),
    ("fstring_single_brace", 'x = f"a}b"\n'),
    ("fstring_empty", 'x = f"{}"\n'),
    ("fstring_conversion", 'x = f"{x!z}"\n'),
    ("fstring_unclosed", 'x = f"{x"\n'),
    ("fstring_backslash", 'x = f"{\\"a\\"}"\n'),
    ("try_alone", "try:\n    pass\nx = 1\n"),
    ("except_tuple", "try:\n    pass\nexcept A, B:\n    pass\n"),
    ("import_trailing_comma", "from a import b,\n"),
    ("unexpected_eof_continuation", "x = 1 + \\\n"),
    # --- after parsing ---
    ("return_outside", "x = 1\nreturn x\n"),
    ("break_outside", "break\n"),
    ("continue_in_def", "for x in y:\n    def f():\n        continue\n"),
    ("break_in_loop_else", "for x in y:\n    pass\nelse:\n    break\n"),
    ("nonlocal_module", "nonlocal x\n"),
    ("duplicate_argument", "def f(a, b, a):\n    pass\n"),
    # --- the symbol table (after every parser error, before the compiler's) ---
    ("global_after_use", "def f():\n    print(x)\n    global x\n"),
    ("global_after_assign", "def f():\n    x = 1\n    global x\n"),
    ("global_after_assign_module", "x = 1\nglobal x\n"),
    ("global_param", "def f(x):\n    global x\n"),
    ("global_after_annotation", "def f():\n    x: int\n    global x\n"),
    ("annotation_after_global", "def f():\n    global x\n    x: int = 1\n"),
    ("annotation_after_nonlocal", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n"),
    ("nonlocal_after_use", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"),
    ("nonlocal_after_assign", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"),
    ("nonlocal_param", "def f(a):\n    nonlocal a\n"),
    ("nonlocal_no_binding", "def f():\n    nonlocal x\n"),
    ("nonlocal_to_module_name", "x = 1\ndef f():\n    nonlocal x\n"),
    ("nonlocal_skips_class", "def f():\n    class C:\n        x = 1\n        def g(self):\n            nonlocal x\n"),
    ("nonlocal_in_class_at_module", "class C:\n    nonlocal x\n"),
    ("nonlocal_and_global", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n"),
    ("nonlocal_mangled", "class C:\n    def f(self):\n        nonlocal __x\n"),
    ("nonlocal_module_after_def", "def f():\n    nonlocal y\nnonlocal x\n"),
    ("duplicate_before_nonlocal", "nonlocal x\ndef f(a, a):\n    pass\n"),
    ("duplicate_before_break", "break\ndef f(a, a):\n    pass\n"),
    ("duplicate_kwonly", "def f(a, *, a):\n    pass\n"),
    ("duplicate_vararg", "def f(*a, a):\n    pass\n"),
    ("duplicate_lambda", "f = lambda a, b, a: 0\n"),
    ("import_star_in_def", "def f():\n    from os import *\n"),
    ("import_star_in_class", "class C:\n    from os import *\n"),
    ("yield_in_listcomp", "def f():\n    return [(yield x) for x in y]\n"),
    ("yield_in_setcomp", "def f():\n    return {(yield) for x in y}\n"),
    ("yield_in_dictcomp", "def f():\n    return {x: (yield from y) for x in y}\n"),
    ("yield_in_genexp", "def f():\n    return ((yield) for x in y)\n"),
    ("walrus_rebinds_iteration_variable", "[i := 0 for i in x]\n"),
    ("walrus_rebinds_outer_iteration_variable", "def f():\n    [[(j := 0) for i in x] for j in z]\n"),
    ("inner_loop_rebinds_walrus", "[(j := 0) for i in x for j in y]\n"),
    ("walrus_in_class_comprehension", "class C:\n    [y := 0 for i in x]\n"),
    ("walrus_in_comprehension_iterable", "[x for x in (y := [1])]\n"),
    ("walrus_in_inner_iterable", "[x for y in z for x in (w := y)]\n"),
    ("walrus_in_lambda_in_iterable", "[x for x in (lambda: (y := 1))()]\n"),
    ("future_annotation_yield", "from __future__ import annotations\ndef f(a: (yield)):\n    pass\n"),
    ("future_annotation_walrus", "from __future__ import annotations\nx: (y := 1)\n"),
    ("future_annotation_await", "from __future__ import annotations\nasync def f() -> (await x):\n    pass\n"),
    ("symtable_column_in_bytes", "def f():\n    \u00e9 = 1; global \u00e9\n"),
    # --- the future pass ---
    ("future_unknown", "from __future__ import nope\n"),
    ("future_braces", "from __future__ import braces\n"),
    ("future_late_same_line", "import os; from __future__ import annotations\n"),
    # --- the compiler ---
    ("future_late", "import os\nfrom __future__ import annotations\n"),
    ("future_late_in_def", "from __future__ import annotations\ndef f():\n    from __future__ import division\n"),
    ("yield_at_module", "x = 1\nyield x\n"),
    ("yield_in_class", "class C:\n    yield 1\n"),
    ("yield_in_default", "def f(a=(yield)):\n    pass\n"),
    ("yield_in_genexp_iterable", "g = (x for x in (yield))\n"),
    ("yield_from_in_async", "async def f():\n    yield from x\n"),
    ("await_at_module", "await x\n"),
    ("await_in_class", "class C:\n    await x\n"),
    ("await_in_def", "def f():\n    await x\n"),
    ("await_in_lambda", "async def f():\n    return lambda: await x\n"),
    ("await_in_annotation", "def f(a: (await x)):\n    pass\n"),
    ("async_comprehension_at_module", "[await x for x in y]\n"),
    ("async_comprehension_in_def", "def f():\n    return {x async for x in y}\n"),
    ("async_comprehension_nested", "[[x async for x in y] for y in z]\n"),
    ("async_for_in_def", "def f():\n    async for x in y:\n        pass\n"),
    ("async_with_at_module", "async with x:\n    pass\n"),
    ("return_value_in_async_generator", "async def f():\n    yield 1\n    return 2\n"),
    ("return_in_class", "class C:\n    return 1\n"),
    ("return_column_in_bytes", "\u00e9 = 1; return\n"),
    ("break_in_class_in_loop", "for x in y:\n    class C:\n        break\n"),
    # --- what tierpy does not support (no CPython counterpart) ---
]

# Inputs CPython accepts and tierpy rejects by design: the message is
# tierpy's own, checked here against the text rather than against CPython.
TIERPY_ONLY = [
    ("match_statement", "match x:\n    case 1:\n        pass\n",
     "SyntaxError: tierpy does not support the 'match' statement"),
    ("except_star", "try:\n    pass\nexcept* E:\n    pass\n",
     "SyntaxError: tierpy does not support 'except*' (exception groups)"),
    ("named_escape", 'x = "\\N{BULLET}"\n',
     "SyntaxError: (unicode error) tierpy does not support named Unicode escapes"),
]


def write_case(directory, name, source):
    path = os.path.join(directory, name + ".py")
    data = source.encode("utf-8", "surrogateescape")
    with open(path, "wb") as f:
        f.write(data)
    return name + ".py"


def run(argv, cwd):
    r = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=60)
    return r.returncode, r.stderr.decode("utf-8", "replace")


def load_expected():
    expected, name, lines = {}, None, []
    with open(EXPECTED, encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                if name:
                    expected[name] = "".join(lines)
                name, lines = line[4:].rstrip("\n"), []
            else:
                lines.append(line)
    if name:
        expected[name] = "".join(lines)
    return expected


def regen():
    if sys.version_info[:2] != (3, 11):
        sys.exit("--regen needs CPython 3.11")
    with tempfile.TemporaryDirectory() as d, open(EXPECTED, "w", encoding="utf-8") as out:
        for name, source in CASES:
            rel = write_case(d, name, source)
            _, err = run([sys.executable, rel], d)
            # CPython makes the script's path absolute; keep it relative.
            out.write(f"=== {name}\n" + err.replace(d + os.sep, ""))
    print("wrote", os.path.relpath(EXPECTED))


def main():
    if "--regen" in sys.argv:
        regen()
        return 0
    astdump = os.path.abspath(sys.argv[1])
    expected = load_expected()
    print(f"1..{len(CASES) + len(TIERPY_ONLY)}")
    failed = 0
    n = 0
    with tempfile.TemporaryDirectory() as d:
        for name, source in CASES:
            n += 1
            rc, err = run([astdump, write_case(d, name, source)], d)
            if rc == 1 and err == expected[name]:
                print(f"ok {n} - {name} reports CPython's SyntaxError")
                continue
            failed += 1
            print(f"not ok {n} - {name} reports CPython's SyntaxError")
            print("# tierpy (status %d):\n#   " % rc + err.rstrip("\n").replace("\n", "\n#   "))
            print("# python:\n#   " + expected[name].rstrip("\n").replace("\n", "\n#   "))
        for name, source, message in TIERPY_ONLY:
            n += 1
            rc, err = run([astdump, write_case(d, name, source)], d)
            last = err.rstrip("\n").split("\n")[-1]
            if rc == 1 and last.startswith(message):
                print(f"ok {n} - {name} is rejected clearly")
            else:
                failed += 1
                print(f"not ok {n} - {name} is rejected clearly\n# got: {err!r}")
    print(f"# {n - failed} of {n} error reports identical")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

# Pins how a SyntaxError raised at run time is reported: the File line,
# the offending line with its carets (exec code and hand-made locations,
# embedded newlines, offsets past the text, subclasses without an end),
# then the msg alone; and the fields exec's SyntaxError carries.
def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])

try:
    exec("a b")
except SyntaxError as e:
    print(e.args, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
chain([lambda: exec("a b"),
       lambda: exec("x = 1 +* 2"),
       lambda: exec("def f():\n  x = 1\n   y = 2", {}),
       lambda: exec("x = (1,\n2,\n"),
       lambda: exec("for x in y:\npass"),
       lambda: exec("1 = x", {}, {}),
       lambda: exec(" x = 1"),
       lambda: exec("raise SyntaxError('bare')"),
       lambda: exec("raise IndentationError('m', ('f.py', 1, 1, '  x', 1, 2))"),
       lambda: exec("raise SyntaxError('m', ('f.py', 2, 9, 'ab\\ncdefg\\n', 2, 12))"),
       lambda: exec("raise SyntaxError('m', (None, 1, 2, '  xyz', 3, 4))"),
       lambda: exec("raise SyntaxError('m', ('f', 1, None, 'xyz', None, None))"),
       lambda: exec("raise SyntaxError('m', ('f', 1, 100, 'xyz', 1, 200))"),
       lambda: exec("raise SyntaxError('m', ('f', '1', 1, 'xyz', 1, 2))"),
       lambda: exec("raise SyntaxError(None, ('f', 1, 1, 'x', 1, 2))"),
       lambda: exec("raise SyntaxError('', ('f', 1, 1, 'x', 1, 2))")])

# Pins a 2to3-flavoured pure-Python tokenizer and fixer: re alternation with named groups via lastgroup, generators of token tuples, indentation tracking and a print-statement rewrite.
import re
from collections import namedtuple

Token = namedtuple("Token", "kind text line col")
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("STRING", r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\""),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|//|==|!=|<=|>=|->|[-+*/%()\[\]{}:,.=<>@]"),
    ("COMMENT", r"\#[^\n]*"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in SPEC))
KEYWORDS = {"def", "return", "if", "else", "print", "for", "in", "while", "class", "exec"}


def tokenize(src):
    line, line_start = 1, 0
    indents = [0]
    at_line_start = True
    for m in MASTER.finditer(src):
        kind, text = m.lastgroup, m.group()
        col = m.start() - line_start
        if at_line_start and kind not in ("NEWLINE", "COMMENT"):
            width = col if kind != "SKIP" else len(text.expandtabs(8))
            if kind == "SKIP":
                continue
            if width > indents[-1]:
                indents.append(width)
                yield Token("INDENT", "", line, 0)
            while width < indents[-1]:
                indents.pop()
                yield Token("DEDENT", "", line, 0)
            at_line_start = False
        if kind == "NEWLINE":
            yield Token(kind, text, line, col)
            line += 1
            line_start = m.end()
            at_line_start = True
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {text!r} at {line}:{col}")
        else:
            if kind == "NAME" and text in KEYWORDS:
                kind = "KEYWORD"
            yield Token(kind, text, line, col)
    while len(indents) > 1:
        indents.pop()
        yield Token("DEDENT", "", line, 0)
    yield Token("ENDMARKER", "", line, 0)


def fix_print(src):
    out = []
    for ln in src.splitlines():
        m = re.match(r"^(\s*)print\s+(?!\()(.*?)(,?)\s*$", ln)
        if m:
            indent, args, trailing = m.groups()
            extra = ", end=' '" if trailing else ""
            ln = f"{indent}print({args}{extra})"
        ln = re.sub(r"\bexec\s+(\w+)", r"exec(\1)", ln)
        ln = re.sub(r"(\d+)L\b", r"\1", ln)
        ln = re.sub(r"\bur?'", "'", ln) if False else ln
        out.append(ln)
    return "\n".join(out) + "\n"


SOURCE = '''def fact(n):
    # classic
    if n <= 1:
        return 1
    else:
        return n * fact(n - 1)
print "fact", fact(10L)
for i in range(3):
\tprint i,
x = {'a': [1, 2.5e3], "b": 'it\\'s'} ** 2 // 3 != 4
'''
toks = list(tokenize(SOURCE))
print(len(toks), sum(t.kind == "INDENT" for t in toks), sum(t.kind == "DEDENT" for t in toks))
for t in toks[:12]:
    print(t)
print([t.text for t in toks if t.kind == "OP"])
print([(t.text, t.line, t.col) for t in toks if t.kind in ("STRING", "NUMBER")])
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
fixed = fix_print(SOURCE)
print(fixed, end="")
try:
    list(tokenize("a = $b\n"))
except SyntaxError as e:
    print("SyntaxError", e)
print(MASTER.groupindex["NAME"], MASTER.groups, [m.lastgroup for m in MASTER.finditer("x1 = 2")])

#!/usr/bin/env python3
"""Differential test of tierpy's symbol table: `tierpy-astdump --symtable
FILE` against CPython 3.11's own table of FILE (the `_symtable` module
under `symtable.symtable`), printed in the same canonical form. Prints TAP.

  symtable_diff.py ASTDUMP                the focused corpus
                                          (tests/vm/symtable/*.py against the
                                          checked-in .expected files) and a
                                          sample of the installed stdlib
  symtable_diff.py ASTDUMP --all          every module of the stdlib,
                                          packages included, instead
  symtable_diff.py ASTDUMP --all --stdlib DIR   the same over another tree
  symtable_diff.py --regen                rewrite tests/vm/symtable/*.expected
                                          with the running CPython (3.11)
  symtable_diff.py --print FILE           CPython's table of FILE in the form

The form, one line per block and per symbol, children indented under
their parent, symbols sorted by name:

  block function f line 3 nested params=a,b class_cell
    a: param use CELL

`params` lists the block's varnames (parameters in CPython's order);
each symbol shows its raw flag bits (DEF_GLOBAL ... DEF_COMP_ITER) and its
scope. CPython does not expose a class's implicit __class__ cell, so
`class_cell` is inferred: a child block has `__class__` as a FREE name.

The stdlib part runs only under CPython 3.11 with its sources installed;
modules using `match` or `except*` (which tierpy rejects) are skipped.
"""
import ast
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "symtable")
STDLIB = "/usr/lib/python3.11"
SAMPLE = 60

# CPython's Include/internal/pycore_symtable.h, in the order printed.
FLAGS = [(1, "global"), (2, "local"), (4, "param"), (8, "nonlocal"), (16, "use"),
         (32, "def_free"), (64, "free_class"), (128, "import"), (256, "annot"),
         (512, "comp_iter")]
SCOPE_OFF, SCOPE_MASK = 11, 15
SCOPES = {0: "NONE", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE",
          5: "CELL"}
KINDS = {0: "function", 1: "class", 2: "module", 3: "annotation"}


def symbol_line(name, flags):
    words = [text for bit, text in FLAGS if flags & bit]
    words.append(SCOPES[(flags >> SCOPE_OFF) & SCOPE_MASK])
    return f"{name}: " + " ".join(words)


def needs_class_cell(table):
    return table.type == 1 and any(
        (c.symbols.get("__class__", 0) >> SCOPE_OFF) & SCOPE_MASK == 4 for c in table.children)


def block_lines(table, depth, out):
    pad = "  " * depth
    head = f"{pad}block {KINDS[table.type]} {table.name} line {table.lineno}"
    if table.nested:
        head += " nested"
    if table.varnames:
        head += " params=" + ",".join(table.varnames)
    if needs_class_cell(table):
        head += " class_cell"
    out.append(head)
    for name in sorted(table.symbols):
        out.append(pad + "  " + symbol_line(name, table.symbols[name]))
    for child in table.children:
        block_lines(child, depth + 1, out)


def cpython_table(path):
    import _symtable
    with open(path, "rb") as f:
        source = f.read()
    out = []
    block_lines(_symtable.symtable(source, path, "exec"), 0, out)
    return "\n".join(out)


def tierpy_table(astdump, path):
    r = subprocess.run([astdump, "--symtable", path], capture_output=True, timeout=60)
    if r.returncode != 0:
        return None, r.stderr.decode("utf-8", "replace")
    return r.stdout.decode("utf-8", "replace").rstrip("\n"), None


def first_difference(got, want):
    a, b = got.split("\n"), want.split("\n")
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<end>"
        y = b[i] if i < len(b) else "<end>"
        if x != y:
            return f"line {i + 1}: tierpy {x!r}\n#   python {y!r}"
    return "identical"


def unsupported(tree):
    return any(isinstance(n, (ast.Match, ast.TryStar)) for n in ast.walk(tree))


def stdlib_files(all_files):
    if sys.version_info[:2] != (3, 11) or not os.path.isdir(STDLIB):
        return []
    files = []
    pattern = os.path.join(STDLIB, "**", "*.py") if all_files else os.path.join(STDLIB, "*.py")
    for path in sorted(glob.glob(pattern, recursive=True)):
        if "site-packages" in path or "dist-packages" in path:
            continue
        try:
            with open(path, "rb") as f:
                source = f.read()
            tree = ast.parse(source, path)
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        if not unsupported(tree):
            files.append(path)
    if all_files or len(files) <= SAMPLE:
        return files
    step = len(files) / SAMPLE
    return [files[int(i * step)] for i in range(SAMPLE)]


def regen():
    if sys.version_info[:2] != (3, 11):
        sys.exit("--regen needs CPython 3.11")
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.py"))):
        with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
            f.write(cpython_table(path) + "\n")
        print("wrote", os.path.relpath(path[:-3] + ".expected"))


def main():
    args = sys.argv[1:]
    if "--regen" in args:
        regen()
        return 0
    if "--print" in args:
        print(cpython_table(args[args.index("--print") + 1]))
        return 0
    global STDLIB
    astdump = args[0]
    all_files = "--all" in args
    if "--stdlib" in args:
        STDLIB = args[args.index("--stdlib") + 1]
    cases = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.py"))):
        with open(path[:-3] + ".expected", encoding="utf-8") as f:
            cases.append((os.path.relpath(path, HERE), path, f.read().rstrip("\n")))
    for path in stdlib_files(all_files):
        cases.append(("stdlib/" + os.path.relpath(path, STDLIB), path, None))
    print(f"1..{len(cases)}")
    failed = 0
    for n, (name, path, expected) in enumerate(cases, 1):
        if expected is None:
            expected = cpython_table(path)
        got, err = tierpy_table(astdump, path)
        if err is not None and "tierpy does not support" in err:
            print(f"ok {n} - {name} # SKIP " + err.strip().split("\n")[-1])
            continue
        if got == expected:
            print(f"ok {n} - {name} has CPython's symbol table")
            continue
        failed += 1
        print(f"not ok {n} - {name} has CPython's symbol table")
        if err is not None:
            print("# tierpy: " + err.strip().replace("\n", "\n# "))
        else:
            print("# " + first_difference(got, expected))
    print(f"# {len(cases) - failed} of {len(cases)} symbol tables identical")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

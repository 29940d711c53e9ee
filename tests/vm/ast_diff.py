#!/usr/bin/env python3
"""Differential test of tierpy's parser: tierpy-astdump FILE against
CPython 3.11's ast.dump(ast.parse(FILE)). Prints TAP.

  ast_diff.py ASTDUMP                 the focused corpus (tests/vm/parse/*.py,
                                      against the checked-in .expected files)
                                      and a sample of the installed stdlib
  ast_diff.py ASTDUMP --all           every module of the stdlib, packages
                                      included, instead of the sample
  ast_diff.py ASTDUMP --all --stdlib DIR   the same over another tree
  ast_diff.py ASTDUMP --regen         rewrite tests/vm/parse/*.expected with
                                      the running CPython (must be 3.11)

The stdlib part runs only under CPython 3.11 with its sources installed;
modules that use `match` or `except*` (which tierpy rejects) are skipped,
found with CPython's own ast.
"""
import ast
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "parse")
STDLIB = "/usr/lib/python3.11"
SAMPLE = 60


def cpython_dump(path):
    with open(path, "rb") as f:
        return ast.dump(ast.parse(f.read(), path))


def tierpy_dump(astdump, path):
    r = subprocess.run([astdump, "--no-check", path], capture_output=True, timeout=60)
    if r.returncode != 0:
        return None, r.stderr.decode("utf-8", "replace")
    return r.stdout.decode("utf-8", "replace").rstrip("\n"), None


def first_difference(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return f"at {i}: tierpy ...{a[max(0, i - 60):i + 60]!r}\n#   python ...{b[max(0, i - 60):i + 60]!r}"


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
                tree = ast.parse(f.read(), path)
        except (SyntaxError, ValueError):
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
        with open(path[:-3] + ".expected", "w") as f:
            f.write(cpython_dump(path) + "\n")
        print("wrote", os.path.relpath(path[:-3] + ".expected"))


def main():
    args = sys.argv[1:]
    if "--regen" in args:
        regen()
        return 0
    global STDLIB
    astdump = args[0]
    all_files = "--all" in args
    if "--stdlib" in args:
        STDLIB = args[args.index("--stdlib") + 1]
    cases = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.py"))):
        with open(path[:-3] + ".expected") as f:
            cases.append((os.path.relpath(path, HERE), path, f.read().rstrip("\n")))
    for path in stdlib_files(all_files):
        cases.append(("stdlib/" + os.path.relpath(path, STDLIB), path, None))
    print(f"1..{len(cases)}")
    failed = 0
    for n, (name, path, expected) in enumerate(cases, 1):
        if expected is None:
            try:
                expected = cpython_dump(path)
            except RecursionError:
                expected = "<RecursionError>"
        got, err = tierpy_dump(astdump, path)
        if got == expected:
            print(f"ok {n} - {name} parses as CPython parses it")
            continue
        failed += 1
        print(f"not ok {n} - {name} parses as CPython parses it")
        if err is not None:
            print("# tierpy: " + err.strip().replace("\n", "\n# "))
        else:
            print("# " + first_difference(got, expected))
    print(f"# {len(cases) - failed} of {len(cases)} files identical")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

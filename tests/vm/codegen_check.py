#!/usr/bin/env python3
"""The compiler's back half over real programs, through tierpy-codecheck:
every module compiles, verifies, and survives a marshal round trip (read
back equal, written back to the same bytes, verified again). Prints TAP.

  codegen_check.py CODECHECK          the test corpus (tests/vm/parse, dis,
                                      symtable), a damaged-cache fuzz of two
                                      small programs, and a sample of ~60
                                      stdlib modules
  codegen_check.py CODECHECK --all    every module of /usr/lib/python3.11

A corpus file that tierpy rejects must be one CPython 3.11 rejects too
(checked with compile() when running under 3.11). Modules using `match` or
`except*` (which the parser rejects) are skipped and counted.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = "/usr/lib/python3.11"
SAMPLE = 60


def run(codecheck, args):
    r = subprocess.run([codecheck] + args, capture_output=True, timeout=600)
    return r.returncode, r.stdout.decode("utf-8", "replace")


def cpython_rejects(path):
    if sys.version_info[:2] != (3, 11):
        return True
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec")
        return False
    except SyntaxError:
        return True


def stdlib_files(all_files):
    if not os.path.isdir(STDLIB):
        return []
    pattern = os.path.join(STDLIB, "**", "*.py") if all_files else os.path.join(STDLIB, "*.py")
    files = [p for p in sorted(glob.glob(pattern, recursive=True))
             if "-packages" not in p]
    if not all_files and len(files) > SAMPLE:
        step = len(files) / SAMPLE
        files = [files[int(i * step)] for i in range(SAMPLE)]
    return files


def main():
    codecheck, all_files = sys.argv[1], "--all" in sys.argv
    tests = []
    corpus = sorted(glob.glob(os.path.join(HERE, "parse", "*.py")) +
                    glob.glob(os.path.join(HERE, "dis", "*.py")) +
                    glob.glob(os.path.join(HERE, "symtable", "*.py")))
    status, out = run(codecheck, corpus)
    fails = [l for l in out.splitlines() if l.startswith("FAIL")]
    wrong = [l for l in out.splitlines() if l.startswith("SYNTAX")
             and not cpython_rejects(l.split()[1].rsplit(":", 2)[0])]
    tests.append(("corpus compiles, verifies and round-trips " + out.splitlines()[-1],
                  status == 0 and not fails and not wrong, fails + wrong))
    small = [os.path.join(HERE, "dis", n) for n in ("basics.py", "exceptions.py")]
    status, out = run(codecheck, ["--fuzz"] + small)
    tests.append(("damaged cache bytes (every truncation, flips at every offset) never crash: " +
                  out.splitlines()[-1], status == 0, out.splitlines()[:5]))
    files = stdlib_files(all_files)
    if files:
        status, out = run(codecheck, files)
        lines = out.splitlines()
        fails = [l for l in lines if l.startswith("FAIL")]
        bad_syntax = [l for l in lines if l.startswith("SYNTAX") and "'match'" not in l
                      and "except*" not in l]
        skipped = sum(1 for l in lines if l.startswith("SYNTAX")) - len(bad_syntax)
        tests.append((f"stdlib ({'all' if all_files else 'sample'}): {lines[-1]} "
                      f"skipped(match/except*) {skipped}", not fails and not bad_syntax,
                      fails + bad_syntax))
    print(f"1..{len(tests)}")
    failed = 0
    for i, (name, ok, details) in enumerate(tests, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            failed += 1
            for d in details[:20]:
                print("# " + d)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

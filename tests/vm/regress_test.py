#!/usr/bin/env python3
"""Inputs the fuzzers found (tests/fuzz/), kept as regression tests. Prints TAP.

  regress_test.py CODECHECK

tests/vm/regress/*.py are source files: each must compile, verify and
round-trip through the cache format, or be a SyntaxError (tierpy-codecheck
FILE). *.body are cache-file bodies: the reader and the verifier must
reject or accept each without crashing (tierpy-codecheck --cache-body).
"""
import glob
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regress")


def main():
    codecheck = os.path.abspath(sys.argv[1])
    cases = [([codecheck], p) for p in sorted(glob.glob(os.path.join(HERE, "*.py")))]
    cases += [([codecheck, "--cache-body"], p) for p in sorted(glob.glob(os.path.join(HERE, "*.body")))]
    print(f"1..{len(cases)}")
    failed = 0
    for i, (command, path) in enumerate(cases, 1):
        try:
            r = subprocess.run(command + [path], capture_output=True, timeout=60)
            out = (r.stdout + r.stderr).decode("utf-8", "replace")
            ok = r.returncode == 0
        except subprocess.TimeoutExpired:
            ok, out = False, "timed out (a hang)"
        print(f"{'ok' if ok else 'not ok'} {i} - {os.path.basename(path)}")
        if not ok:
            failed += 1
            print("# " + out.strip().replace("\n", "\n# "))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

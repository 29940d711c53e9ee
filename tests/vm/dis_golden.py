#!/usr/bin/env python3
"""Golden disassembly: `tierpy --dis` of each tests/vm/dis/*.py against the
checked-in .dis file beside it; with CODECHECK, also the disassembly with
source positions (`tierpy-codecheck --dis-positions`) of each
tests/vm/dis/positions*.py against its .positions file. Prints TAP.

  dis_golden.py TIERPY [CODECHECK]           compare
  dis_golden.py TIERPY [CODECHECK] --regen   rewrite the files (review the diff!)
"""
import glob
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dis")


def main():
    args = [a for a in sys.argv[1:] if a != "--regen"]
    tierpy, regen = os.path.abspath(args[0]), "--regen" in sys.argv
    cases = [([tierpy, "--dis"], p, ".dis") for p in sorted(glob.glob(os.path.join(HERE, "*.py")))
             if not os.path.basename(p).startswith("positions")]
    if len(args) > 1:
        codecheck = [os.path.abspath(args[1]), "--dis-positions"]
        cases += [(codecheck, p, ".positions")
                  for p in sorted(glob.glob(os.path.join(HERE, "positions*.py")))]
    print(f"1..{len(cases)}")
    failed = 0
    for i, (command, path, suffix) in enumerate(cases, 1):
        name = os.path.basename(path)
        r = subprocess.run(command + [name], cwd=HERE, capture_output=True, timeout=60)
        out = r.stdout.decode("utf-8", "replace")
        name += "" if suffix == ".dis" else " (positions)"
        expected_path = path[:-3] + suffix
        if regen:
            with open(expected_path, "w") as f:
                f.write(out)
        try:
            with open(expected_path) as f:
                expected = f.read()
        except OSError:
            expected = None
        if r.returncode == 0 and out == expected:
            print(f"ok {i} - {name}")
            continue
        failed += 1
        print(f"not ok {i} - {name}")
        if r.returncode:
            print("# " + r.stderr.decode("utf-8", "replace").replace("\n", "\n# "))
        elif expected is None:
            print(f"# no {os.path.basename(expected_path)}: run with --regen")
        else:
            a, b = out.splitlines(), expected.splitlines()
            k = next((j for j in range(min(len(a), len(b))) if a[j] != b[j]), min(len(a), len(b)))
            print(f"# first difference at line {k + 1}:\n#   got      {a[k] if k < len(a) else '<end>'}"
                  f"\n#   expected {b[k] if k < len(b) else '<end>'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The C stack never overflows, whatever sys.setrecursionlimit allows.
Prints TAP.

  cstack_test.py TIERPY

With the limit at 10**6, recursion that runs through C (a __repr__ calling
repr(), __eq__ calling ==, a sort key sorting, a __getattr__ reading an
attribute) must end in RecursionError once the C stack is nearly spent
(vm/core/cstack.c), and recursion between Python functions, which uses the
VM's own frame stack, must work to 500,000 frames. CPython 3.11 dies of
SIGSEGV on the C cases, so these are not differential tests.
"""
import subprocess
import sys

PRELUDE = "import sys\nsys.setrecursionlimit(10**6)\n"
CASES = [
    ("__repr__ through repr()", """
class A:
    def __init__(self, x): self.x = x
    def __repr__(self): return "A(" + repr(self.x) + ")"
a = None
for i in range(300000):
    a = A(a)
try:
    repr(a)
    print("no error")
except RecursionError as e:
    print("RecursionError")
""", "RecursionError\n"),
    ("__eq__ through ==", """
class E:
    def __init__(self, x): self.x = x
    def __eq__(self, other): return self.x == other.x
a = b = 0
for i in range(300000):
    a, b = E(a), E(b)
try:
    print(a == b)
except RecursionError:
    print("RecursionError")
""", "RecursionError\n"),
    ("a sort key that sorts", """
def key(x, d=[0]):
    d[0] += 1
    return sorted([x], key=key)[0] if d[0] < 300000 else x
try:
    print(sorted([3, 1, 2], key=key))
except RecursionError:
    print("RecursionError")
""", "RecursionError\n"),
    ("__getattr__ reading an attribute", """
class G:
    def __getattr__(self, name): return getattr(self, name + "x")
try:
    G().a
except RecursionError:
    print("RecursionError")
""", "RecursionError\n"),
    ("Python recursion 500,000 deep works", """
def f(n):
    return 0 if n == 0 else f(n - 1) + 1
print(f(500000))
""", "500000\n"),
]


def main():
    tierpy = sys.argv[1]
    print(f"1..{len(CASES)}")
    failed = 0
    for n, (name, body, expected) in enumerate(CASES, 1):
        try:
            r = subprocess.run([tierpy, "-c", PRELUDE + body], capture_output=True, timeout=300)
            out, status = r.stdout.decode("utf-8", "replace"), r.returncode
            err = r.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            out, status, err = "", None, "timed out"
        ok = status == 0 and out == expected
        failed += not ok
        print(f"{'ok' if ok else 'not ok'} {n} - {name}")
        if not ok:
            print(f"# status {status}, stdout {out!r}, expected {expected!r}; stderr {err[-300:]!r}")
    print(f"# {len(CASES) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

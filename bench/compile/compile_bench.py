#!/usr/bin/env python3
"""Compile-time benchmark (not part of the test run).

  bench/compile/compile_bench.py [BUILD_DIR] [--rounds R] [--reps N]

For typing.py, argparse.py, inspect.py and _pydecimal.py from
/usr/lib/python3.11, alternately in each of R rounds:
  * CPython 3.11 (/usr/bin/python3.11, Debian's optimised build): only the
    builtin compile(source, path, 'exec'), best of N runs;
  * tierpy (BUILD_DIR/tests/tierpy-codecheck --time N): parse + symbol
    table + code generation, best of N; and loading its cache bytes
    (read + verify), best of 5N.
Reports the median over rounds of each best, lines per second, and the
ratios tierpy/CPython compile speed and compile/load. Both sides time the
thread's CPU time (time.thread_time(), CLOCK_THREAD_CPUTIME_ID), so that
other processes on a shared machine do not count; on an idle machine it
is the wall time.
"""
import os
import statistics
import subprocess
import sys

FILES = ["typing.py", "argparse.py", "inspect.py", "_pydecimal.py"]
STDLIB = "/usr/lib/python3.11"
CPYTHON = "/usr/bin/python3.11"
CPY_TIMER = r"""
import sys, time
path, reps = sys.argv[1], int(sys.argv[2])
src = open(path, 'rb').read()
best = 1e9
for _ in range(reps):
    t0 = time.thread_time(); compile(src, path, 'exec'); t1 = time.thread_time()
    best = min(best, t1 - t0)
print(best * 1e3)
"""


def arg(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    build = next((a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()),
                 os.path.join(root, "build"))
    codecheck = os.path.join(build, "tests", "tierpy-codecheck")
    rounds, reps = arg("--rounds", 5), arg("--reps", 20)
    paths = [os.path.join(STDLIB, f) for f in FILES]
    cpy = {p: [] for p in paths}
    tc = {p: [] for p in paths}
    tl = {p: [] for p in paths}
    lines = {}
    for _ in range(rounds):
        for p in paths:
            out = subprocess.run([CPYTHON, "-c", CPY_TIMER, p, str(reps)], capture_output=True,
                                 text=True, check=True).stdout
            cpy[p].append(float(out))
            out = subprocess.run([codecheck, "--time", str(reps), p], capture_output=True,
                                 text=True, check=True).stdout.split()
            lines[p] = int(out[out.index("lines") + 1])
            tc[p].append(float(out[out.index("compile_ms") + 1]))
            tl[p].append(float(out[out.index("load_ms") + 1]))
    print(f"{'file':16} {'lines':>6} {'CPython ms':>11} {'tierpy ms':>10} {'klines/s CPy':>13} "
          f"{'klines/s tpy':>13} {'speedup':>8} {'load ms':>8} {'compile/load':>13}")
    tot = [0, 0, 0, 0]
    for p in paths:
        c, t, l = (statistics.median(x[p]) for x in (cpy, tc, tl))
        n = lines[p]
        tot = [tot[0] + n, tot[1] + c, tot[2] + t, tot[3] + l]
        print(f"{os.path.basename(p):16} {n:6} {c:11.3f} {t:10.3f} {n / c:13.1f} {n / t:13.1f} "
              f"{c / t:7.2f}x {l:8.4f} {t / l:12.1f}x")
    n, c, t, l = tot
    print(f"{'total':16} {n:6} {c:11.3f} {t:10.3f} {n / c:13.1f} {n / t:13.1f} {c / t:7.2f}x "
          f"{l:8.4f} {t / l:12.1f}x")


if __name__ == "__main__":
    main()

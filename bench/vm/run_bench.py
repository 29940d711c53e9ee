#!/usr/bin/env python3
"""tierpy against CPython 3.11 on the programs of bench/vm.

  run_bench.py TIERPY [--python /usr/bin/python3.11] [-n 5] [--callgrind] [PROGRAMS...]

Each program runs N times under both interpreters, alternately (so that a
noisy machine hurts both alike); the table shows the median wall time of
each and the ratio tierpy / CPython (below 1: tierpy is faster). With
--callgrind, each program also runs once under valgrind's callgrind and the
total instruction counts (Ir) are compared: the steadier figure. Outputs
must agree, or the program is reported as failing."""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["fib", "loop", "floats", "lists", "dicts", "strings"]


def run(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return time.perf_counter() - t, p


def instructions(cmd):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
                           capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", p.stderr)
        return int(m.group(1)) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tierpy")
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("programs", nargs="*", default=PROGRAMS)
    a = ap.parse_args()
    print(f"{'program':10} {'tierpy s':>9} {'cpython s':>10} {'ratio':>6}"
          + (f" {'tierpy Ir':>14} {'cpython Ir':>14} {'ratio':>6}" if a.callgrind else ""))
    failed = False
    for name in a.programs:
        path = os.path.join(HERE, name + ".py")
        cmds = {"t": [a.tierpy, "-B", path], "c": [a.python, path]}
        times = {"t": [], "c": []}
        outs = {}
        for _ in range(a.n):
            for k in ("t", "c"):
                dt, p = run(cmds[k])
                times[k].append(dt)
                outs[k] = (p.returncode, p.stdout)
        if outs["t"] != outs["c"]:
            failed = True
            print(f"{name:10} FAILED: outputs differ: {outs['t']!r} vs {outs['c']!r}")
            continue
        mt, mc = statistics.median(times["t"]), statistics.median(times["c"])
        line = f"{name:10} {mt:9.3f} {mc:10.3f} {mt / mc:6.2f}"
        if a.callgrind:
            it, ic = instructions(cmds["t"]), instructions(cmds["c"])
            if it and ic:
                line += f" {it:14,d} {ic:14,d} {it / ic:6.2f}"
        print(line, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

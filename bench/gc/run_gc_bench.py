#!/usr/bin/env python3
"""Issue 9's GC benchmarks: tierpy against CPython 3.11, alternately.

    python3 bench/gc/run_gc_bench.py [--tierpy build-gc2/tierpy]
        [--cpython /usr/bin/python3.11] [--runs 5] [--quick]

For each program of bench/programs/ (not modified: each run executes a
temporary copy with a preamble prepended) and each interpreter, `--runs`
runs alternate between the two interpreters; the table shows medians.

- gc_collect.py: explicit gc.collect() of cycles. Time per collection and
  per collected object, from the collector's own pause times: tierpy's
  `-X gcstats=json`, CPython's gc.callbacks ("start"/"stop" timed with
  perf_counter_ns by the preamble).
- gc_traversal.py: a live graph, 20 collections that free nothing: time
  per collect() (same sources), and objects examined per collection.
- binary_trees.py: wall time with automatic collection (the default) and
  with `gc.disable()` first (preamble); the ratio is the GC overhead.
- gc_pause.py: a million-object heap kept alive while short-lived cycles
  churn, automatic collection on: the total time in collections of every
  generation and the longest single pause (tierpy's `-X gcstats=json`
  sums and maxima; CPython's gc.callbacks, every generation). On a loaded
  machine a wall-clock pause includes time the process was not running,
  so the program also runs with the same gc.callbacks preamble on both
  interpreters timing thread CPU time (time.thread_time_ns): the "CPU"
  rows, which preemption does not inflate.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(ROOT, "bench", "programs")

# CPython only: time every collection through gc.callbacks, report at exit.
CPY_TIMING = r'''
import gc as _g, time as _t, atexit as _a, sys as _s, json as _j
_st = {"n": 0, "ns": 0, "collected": 0, "examined": 0, "t0": 0}
def _cb(phase, info):
    if phase == "start":
        _st["t0"] = _t.perf_counter_ns()
    else:
        if info["generation"] == 2:   # gc.collect() and full automatic ones
            _st["ns"] += _t.perf_counter_ns() - _st["t0"]
            _st["n"] += 1
            _st["collected"] += info.get("collected", 0)
_g.callbacks.append(_cb)
_a.register(lambda: print("GCTIMING " + _j.dumps(_st), file=_s.stderr))
'''

# CPython only: every collection of every generation timed; total and longest.
CPY_PAUSES = r'''
import gc as _g, time as _t, atexit as _a, sys as _s, json as _j
_st = {"n": 0, "ns": 0, "max": 0, "t0": 0}
def _cb(phase, info):
    if phase == "start":
        _st["t0"] = _t.perf_counter_ns()
    else:
        d = _t.perf_counter_ns() - _st["t0"]
        _st["ns"] += d
        _st["n"] += 1
        _st["max"] = max(_st["max"], d)
_g.callbacks.append(_cb)
_a.register(lambda: print("GCPAUSES " + _j.dumps(_st), file=_s.stderr))
'''
# Both interpreters: every collection timed in thread CPU time; tierpy has
# no atexit or json modules, so the figures are printed by lines appended
# after the program (CPU_PAUSES_END).
CPU_PAUSES = r'''
import gc as _g, time as _t, sys as _s
# collections, total ns, longest ns, start; then generation 2's collections,
# total ns and collected objects
_st = [0, 0, 0, 0, 0, 0, 0]
def _cb(phase, info):
    if phase == "start":
        _st[3] = _t.thread_time_ns()
    else:
        d = _t.thread_time_ns() - _st[3]
        _st[0] += 1
        _st[1] += d
        _st[2] = max(_st[2], d)
        if info["generation"] == 2:
            _st[4] += 1
            _st[5] += d
            _st[6] += info["collected"]
_g.callbacks.append(_cb)
'''
CPU_PAUSES_END = '''
print("CPUPAUSES %d %d %d %d %d %d" % tuple(_st[:3] + _st[4:]), file=_s.stderr)
'''

DISABLE = "import gc as _g\n_g.disable()\n"


def variant(tmp, prog, preamble, tag, postamble=""):
    src = open(os.path.join(PROGRAMS, prog)).read()
    path = os.path.join(tmp, tag + "_" + prog)
    with open(path, "w") as f:
        f.write(preamble + src + postamble)
    return path


def run(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    return wall, p.stderr


def gc_figures(kind, stderr):
    """(collections, total pause ns, collected, examined) of a run's
    generation-2 (full) collections, which is what gc.collect() runs."""
    if kind == "cpython":
        for line in stderr.splitlines():
            if line.startswith("GCTIMING "):
                d = json.loads(line[9:])
                return d["n"], d["ns"], d["collected"], None
        sys.exit("no GCTIMING line")
    for line in stderr.splitlines():
        if line.startswith('{"generations"'):
            g = json.loads(line)["generations"][2]
            return g["collections"], g["pause_total_ns"], g["collected"], g["examined"]
    sys.exit("no gcstats JSON")


def pause_figures(kind, stderr):
    """(collections, total pause ns, longest pause ns) over every generation."""
    if kind == "cpython":
        for line in stderr.splitlines():
            if line.startswith("GCPAUSES "):
                d = json.loads(line[9:])
                return d["n"], d["ns"], d["max"]
        sys.exit("no GCPAUSES line")
    for line in stderr.splitlines():
        if line.startswith('{"generations"'):
            gens = json.loads(line)["generations"]
            return (sum(g["collections"] for g in gens), sum(g["pause_total_ns"] for g in gens),
                    max(g["pause_max_ns"] for g in gens))
    sys.exit("no gcstats JSON")


def cpu_pause_figures(stderr):
    """(collections, total ns, longest ns) from CPU_PAUSES_END's line."""
    for line in stderr.splitlines():
        if line.startswith("CPUPAUSES "):
            return tuple(int(x) for x in line.split()[1:7])
    sys.exit("no CPUPAUSES line")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tierpy", default=os.path.join(ROOT, "build-gc2", "tierpy"))
    ap.add_argument("--cpython", default="/usr/bin/python3.11")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    extra = ["--quick"] if a.quick else []
    interps = [("tierpy", a.tierpy), ("cpython", a.cpython)]
    res = {}   # (interp, key) -> list

    def add(k, v):
        res.setdefault(k, []).append(v)

    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name, _ in interps:
            timing = CPY_TIMING if name == "cpython" else ""
            files[name] = {
                "collect": variant(tmp, "gc_collect.py", timing, name),
                "traversal": variant(tmp, "gc_traversal.py", timing, name),
                "bt_on": variant(tmp, "binary_trees.py", "", name + "_on"),
                "bt_off": variant(tmp, "binary_trees.py", DISABLE, name + "_off"),
                "pause": variant(tmp, "gc_pause.py", CPY_PAUSES if name == "cpython" else "",
                                 name),
                "pause_cpu": variant(tmp, "gc_pause.py", CPU_PAUSES, name + "_cpu",
                                     CPU_PAUSES_END),
                "collect_cpu": variant(tmp, "gc_collect.py", CPU_PAUSES, name + "_cpu",
                                       CPU_PAUSES_END),
                "traversal_cpu": variant(tmp, "gc_traversal.py", CPU_PAUSES, name + "_cpu",
                                         CPU_PAUSES_END),
            }
        for _ in range(a.runs):
            for name, exe in interps:   # alternate interpreters each round
                pre = [exe, "-X", "gcstats=json"] if name == "tierpy" else [exe]
                f = files[name]
                wall, err = run(pre + [f["collect"]] + extra)
                n, ns, coll, _ = gc_figures(name, err)
                add((name, "collect_ms"), ns / n / 1e6)
                add((name, "collect_ns_obj"), ns / max(coll, 1))
                add((name, "collect_wall"), wall)
                _, err = run([exe, f["collect_cpu"]] + extra)
                _, _, _, n2, ns2, coll2 = cpu_pause_figures(err)
                add((name, "collect_cpu_ns_obj"), ns2 / max(coll2, 1))
                wall, err = run(pre + [f["traversal"]] + extra)
                n, ns, coll, ex = gc_figures(name, err)
                add((name, "trav_ms"), ns / n / 1e6)
                if ex is not None:
                    add((name, "trav_examined"), ex / n)
                add((name, "trav_wall"), wall)
                _, err = run([exe, f["traversal_cpu"]] + extra)
                _, _, _, n2, ns2, _ = cpu_pause_figures(err)
                add((name, "trav_cpu_ms"), ns2 / max(n2, 1) / 1e6)
                wall_on, err = run(pre + [f["bt_on"]] + extra)
                n_on = None
                if name == "tierpy":
                    n_on = sum(g["collections"] for line in err.splitlines()
                               if line.startswith('{"generations"')
                               for g in json.loads(line)["generations"])
                wall_off, _ = run([exe] + [f["bt_off"]] + extra)
                add((name, "bt_on"), wall_on)
                add((name, "bt_off"), wall_off)
                add((name, "bt_ratio"), wall_on / wall_off)
                if n_on is not None:
                    add((name, "bt_collections"), n_on)
                wall, err = run(pre + [f["pause"]] + extra)
                n, ns, longest = pause_figures(name, err)
                add((name, "pause_total_ms"), ns / 1e6)
                add((name, "pause_max_ms"), longest / 1e6)
                add((name, "pause_n"), n)
                add((name, "pause_wall"), wall)
                _, err = run([exe, f["pause_cpu"]] + extra)
                n, ns, longest, _, _, _ = cpu_pause_figures(err)
                add((name, "pause_cpu_total_ms"), ns / 1e6)
                add((name, "pause_cpu_max_ms"), longest / 1e6)

    med = {k: statistics.median(v) for k, v in res.items()}
    rows = [
        ("gc_collect: ms per collection", "collect_ms", "%.2f"),
        ("gc_collect: ns per collected object", "collect_ns_obj", "%.1f"),
        ("gc_collect: ns per collected object (CPU)", "collect_cpu_ns_obj", "%.1f"),
        ("gc_collect: wall s", "collect_wall", "%.3f"),
        ("gc_traversal: ms per collect() (frees 0)", "trav_ms", "%.2f"),
        ("gc_traversal: ms per collect() (CPU)", "trav_cpu_ms", "%.2f"),
        ("gc_traversal: wall s", "trav_wall", "%.3f"),
        ("binary_trees: wall s, gc enabled", "bt_on", "%.3f"),
        ("binary_trees: wall s, gc.disable()", "bt_off", "%.3f"),
        ("binary_trees: GC overhead ratio (on/off)", "bt_ratio", "%.3f"),
        ("gc_pause: collections", "pause_n", "%d"),
        ("gc_pause: total ms in GC", "pause_total_ms", "%.1f"),
        ("gc_pause: longest pause ms", "pause_max_ms", "%.2f"),
        ("gc_pause: wall s", "pause_wall", "%.3f"),
        ("gc_pause: total ms in GC (CPU)", "pause_cpu_total_ms", "%.1f"),
        ("gc_pause: longest pause ms (CPU)", "pause_cpu_max_ms", "%.2f"),
    ]
    print("medians of %d alternating runs%s" % (a.runs, " (--quick)" if a.quick else ""))
    print("%-44s %12s %12s" % ("", "tierpy", "cpython3.11"))
    for label, key, fmt in rows:
        cells = [fmt % med[(n, key)] if (n, key) in med else "-" for n, _ in interps]
        print("%-44s %12s %12s" % (label, cells[0], cells[1]))
    if ("tierpy", "trav_examined") in med:
        print("tierpy: gc_traversal examines %d objects per full collection; binary_trees "
              "runs %d automatic collections" % (med[("tierpy", "trav_examined")],
                                          med[("tierpy", "bt_collections")]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Run layer2-pool against glibc, mimalloc, jemalloc, tcmalloc and CPython
3.11's pymalloc (and a bare free list as the floor) side by side.

    python3 bench/alloc/run_alloc_bench.py BUILD_DIR [--rounds N]
                                          [--no-callgrind] [--only a,b,...]

For each allocator BUILD_DIR/bench/alloc/tierpy-alloc-NAME runs, in three
fresh processes each time (MODES: the speed workloads, and each grow
sequence alone so that its RSS owes nothing to the others):
  * natively, --rounds times (default 3), the allocators taking turns in
    each round, at full scale (4 million objects in the grow phases); the
    best ns/op of the rounds is reported, and RSS from the first round;
  * once under callgrind at small scale, collecting only the measured
    phases (client requests), for instructions per op.
Prints three aligned tables: instructions/op, ns/op, RSS."""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ORDER = ["tierpy", "glibc", "mimalloc", "jemalloc", "tcmalloc", "pymalloc", "bare"]
PEERS = ["glibc", "mimalloc", "jemalloc", "tcmalloc", "pymalloc"]
PHASES = ["pair", "batch-fifo", "batch-lifo", "churn",
          "grow-random", "free90-random", "regrow-random", "freeall-random",
          "grow-oldest", "free90-oldest", "regrow-oldest", "freeall-oldest"]
MODES = ["speed", "grow-random", "grow-oldest"]
MIB = 1024.0 * 1024.0


def find_exes(build, only):
    exes = {}
    for name in ORDER:
        path = os.path.abspath(os.path.join(build, "bench", "alloc", "tierpy-alloc-" + name))
        if os.access(path, os.X_OK) and (not only or name in only):
            exes[name] = path
    return exes


def parse_run(text, out=None):
    """phase lines -> {phase: (ops, ns, rss, live)}, plus baselines and origin."""
    out = out or {"phases": {}, "baseline": {}, "malloc": ""}
    for line in text.splitlines():
        f = line.split()
        if not f:
            continue
        if f[0] == "phase":
            out["phases"][f[1]] = (int(f[2]), float(f[3]), int(f[4]), int(f[5]), int(f[6]))
        elif f[0] == "baseline":
            out["baseline"][f[1]] = int(f[2])
        elif f[0] == "malloc":
            out["malloc"] = f[1]
    return out


def check_interposed(name, run):
    """jemalloc and tcmalloc must really own malloc in their executables."""
    if name in ("jemalloc", "tcmalloc") and name not in run["malloc"]:
        sys.exit(f"tierpy-alloc-{name}: malloc comes from {run['malloc']!r}, not {name}")


def run_modes(cmd_prefix, path, scale, cwd=None):
    """Run every mode in its own process; merge what they print."""
    res = None
    for mode in MODES:
        proc = subprocess.run(cmd_prefix + [path, scale, mode], capture_output=True, text=True,
                              cwd=cwd)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd_prefix + [path, scale, mode])} failed:\n{proc.stderr}")
        res = parse_run(proc.stdout, res)
    return res


def run_native(exes, rounds):
    best, first = {}, {}
    for r in range(rounds):
        for name, path in exes.items():
            res = run_modes([], path, "full")
            check_interposed(name, res)
            if r == 0:
                first[name] = res
            for ph, (ops, ns, *_rest) in res["phases"].items():
                v = ns / ops
                best.setdefault(name, {})
                best[name][ph] = min(best[name].get(ph, v), v)
            print(f"  round {r + 1}/{rounds}: {name} done", file=sys.stderr)
    return best, first


def run_callgrind(exes):
    instr = {}
    for name, path in exes.items():
        tmp = tempfile.mkdtemp(prefix="tierpy-cg-")
        try:
            out = os.path.join(tmp, "cg.%p")
            res = run_modes(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                             "--callgrind-out-file=" + out], path, "small", cwd=tmp)
            ops = {ph: v[0] for ph, v in res["phases"].items()}
            instr[name] = {}
            for dump in glob.glob(os.path.join(tmp, "cg.*.*")):
                text = open(dump).read()
                m = re.search(r"^desc: Trigger: Client Request: (\S+)", text, re.M)
                t = re.search(r"^(?:totals|summary): (\d+)", text, re.M)
                if m and t and m.group(1) in ops:
                    instr[name][m.group(1)] = int(t.group(1)) / ops[m.group(1)]
            print(f"  callgrind: {name} done", file=sys.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return instr


def table(title, rows, cols, cell, extra=None):
    print(title)
    extra = extra or []
    head = ["workload"] + cols + [e[0] for e in extra]
    body = []
    for r in rows:
        body.append([r] + [cell(c, r) for c in cols] + [e[1](r) for e in extra])
    widths = [max(len(str(x[i])) for x in [head] + body) for i in range(len(head))]
    fmt = lambda row: "  ".join(str(v).ljust(widths[0]) if i == 0 else str(v).rjust(widths[i])
                                for i, v in enumerate(row))
    print(fmt(head))
    print("  ".join("-" * w for w in widths))
    for b in body:
        print(fmt(b))
    print()


def best_peer(data, ph):
    vals = [(data[p][ph], p) for p in PEERS if p in data and ph in data[p]]
    return min(vals) if vals else None


def vs_peer_cols(data, fmt):
    def peer(ph):
        b = best_peer(data, ph)
        return f"{fmt(b[0])} {b[1]}" if b else "-"

    def ratio(ph):
        b = best_peer(data, ph)
        if not b or "tierpy" not in data or ph not in data["tierpy"]:
            return "-"
        return f"{data['tierpy'][ph] / b[0]:.2f}x"
    return [("best peer", peer), ("tierpy/best", ratio)]


def rss_table(first, cols):
    print("RSS in MiB above the baseline taken before the grow (a fresh process for each "
          "order).\nlive: bytes asked for by the live objects, live16: the same rounded up to "
          "16 bytes;\nratios: RSS after freeing 90% / live, and / live16")
    head = ["allocator", "order", "after grow", "after free90", "/live", "/live16",
            "after regrow", "after freeall"]
    body = []
    for name in cols:
        run = first[name]
        for order in ("random", "oldest"):
            base = run["baseline"].get(order)
            ph = run["phases"]
            if base is None or "grow-" + order not in ph:
                continue
            rss = lambda p: (ph[p + "-" + order][2] - base) / MIB
            live, live16 = ph["free90-" + order][3], ph["free90-" + order][4]
            body.append([name, order, f"{rss('grow'):.1f}",
                         f"{rss('free90'):.1f} (live {live / MIB:.1f})",
                         f"{rss('free90') * MIB / live:.2f}x",
                         f"{rss('free90') * MIB / live16:.2f}x",
                         f"{rss('regrow'):.1f}", f"{rss('freeall'):.1f}"])
    widths = [max(len(x[i]) for x in [head] + body) for i in range(len(head))]
    fmt = lambda row: "  ".join(v.ljust(widths[i]) if i < 2 else v.rjust(widths[i])
                                for i, v in enumerate(row))
    print(fmt(head))
    print("  ".join("-" * w for w in widths))
    for b in body:
        print(fmt(b))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    exes = find_exes(a.build, [x for x in a.only.split(",") if x])
    if not exes:
        sys.exit(f"no tierpy-alloc-* executables under {a.build}/bench/alloc")
    cols = list(exes)
    print(f"allocators: {', '.join(cols)}  (peers: {', '.join(p for p in PEERS if p in exes)}; "
          "bare = a size-class free list, the floor)\n")
    if not a.no_callgrind and shutil.which("valgrind"):
        instr = run_callgrind(exes)
        table("instructions per op (callgrind, small scale; one op = alloc+free for pair, "
              "batch, churn; one alloc or one free for grow/free/regrow)",
              PHASES, cols, lambda c, r: f"{instr[c][r]:.1f}" if r in instr[c] else "-",
              vs_peer_cols(instr, lambda v: f"{v:.1f}"))
    best, first = run_native(exes, a.rounds)
    table(f"ns per op (native, full scale, best of {a.rounds} rounds)", PHASES, cols,
          lambda c, r: f"{best[c][r]:.1f}" if r in best[c] else "-",
          vs_peer_cols(best, lambda v: f"{v:.1f}"))
    rss_table(first, cols)


if __name__ == "__main__":
    main()

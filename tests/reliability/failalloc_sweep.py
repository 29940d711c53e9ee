#!/usr/bin/env python3
"""Allocation-failure sweep: every program of the differential suite, run
again and again with `-X failalloc=N`, must end cleanly. Prints TAP.

  failalloc_sweep.py TIERPY [--samples S] [--programs K] [--filter SUBSTR]
                     [--every] [--jobs J] [--timeout T] [--budget SECONDS] [DIRS...]

  DIRS        directories or .py files as tests/py/run.py takes them
              (default: core classes gc imports)
  --samples   N values per program: every N from 1 to the program's total
              of allocation requests when that total is at most S, else S
              evenly spaced values from 1 to the total (default 2000)
  --programs  only K programs, spread evenly over the sorted list (default: all)
  --every     also run each sampled N as N:every (every request from the Nth on fails)
  --budget    stop starting new programs after this many seconds (0: none)

First the program runs with `-X failalloc=count` to learn its total number
of allocation requests after start-up (the "failalloc" object of
`-X memstats=json`) and its normal output. Then each run with
`-X failalloc=N -X memstats=json` must:
  - end within the time limit, with exit status 0 or 1 (or the status of
    the normal run): no crash, no abort, no hang;
  - print no sanitizer report;
  - end with the normal output, or report a MemoryError (a traceback, or
    the program's own handler printing it);
  - leave every tier empty once the VM is deleted: objects leaked 0,
    layer1 blocks live 0, layer0 arenas live 0.
One TAP line per program; its failures are listed with the N and the
command that reproduces each (at most 5 per program).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.path.join(os.path.dirname(HERE), "py")
sys.path.insert(0, PY)
import run as corpus  # noqa: E402  (tests/py/run.py: program discovery, commands)

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "WARNING: ThreadSanitizer", "==ERROR")
MAX_REPORTED = 5


def run(cmd, stdin, timeout, env):
    try:
        r = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout, cwd=PY, env=env)
    except subprocess.TimeoutExpired:
        return None, b"", b""
    except OSError as e:
        return -255, b"", f"cannot run {cmd[0]}: {e}".encode()
    return r.returncode, r.stdout, r.stderr


def with_options(cmd, opts):
    return [cmd[0]] + opts + cmd[1:]


def memstats(stderr):
    """(stderr before the -X memstats=json object, the object or None). The
    object starts the last line, or ends it when the program's last write
    to stderr stopped short of its newline (a MemoryError mid-print)."""
    at = stderr.rfind(b'{"os": ')
    if at < 0:
        return stderr, None
    try:
        return stderr[:at], json.loads(stderr[at:].decode("utf-8", "replace"))
    except ValueError:
        return stderr, None


def tiers_empty(ms):
    """What is still live after the VM's deletion, as a list of complaints."""
    bad = []
    if ms["obj"]["live_after_delete"] != 0:
        bad.append(f"objects leaked {ms['obj']['live_after_delete']}")
    for name, m in ms["mem"].items():
        if m["blocks_live"] != 0:
            bad.append(f"layer1 {name} blocks live {m['blocks_live']}")
    if ms["os"]["arenas_live"] != 0:
        bad.append(f"layer0 arenas live {ms['os']['arenas_live']}")
    return bad


def judge(result, normal, stdin_ok_status):
    """None when the run ended cleanly, else why not."""
    status, out, err = result
    if status is None:
        return "timed out"
    if status == -255:
        return err.decode()
    if status < 0:
        return f"killed by signal {-status}"
    text = err.decode("utf-8", "replace")
    for mark in SANITIZER_MARKS:
        if mark in text:
            line = next(l for l in text.splitlines() if mark in l)
            return f"sanitizer report: {line.strip()[:200]}"
    if status not in (0, 1, stdin_ok_status):
        return f"exit status {status}"
    body, ms = memstats(err)
    if ms is None:
        return "no -X memstats=json object at the end of stderr"
    bad = tiers_empty(ms)
    if bad:
        return "not empty after deletion: " + ", ".join(bad)
    if (status, out, body) == normal:
        return None
    if b"MemoryError" in err or b"MemoryError" in out:
        return None
    return "neither the normal output nor a MemoryError; stderr: " + \
        body.decode("utf-8", "replace")[-300:].replace("\n", "\\n")


def sample(total, samples):
    if total <= samples:
        return list(range(1, total + 1))
    step = (total - 1) / (samples - 1)
    return sorted({1 + round(i * step) for i in range(samples)})


def sweep(name, path, interp, a, env):
    cmd = corpus.command(interp, path)
    stdin = corpus.read(path[:-3] + ".stdin", "rb") or b""
    status, out, err = run(with_options(cmd, ["-X", "failalloc=count", "-X", "memstats=json"]),
                           stdin, a.timeout, env)
    body, ms = memstats(err) if status is not None else (b"", None)
    if ms is None or not ms.get("failalloc"):
        return False, 0, [f"the counting run failed (status {status})"]
    total = ms["failalloc"]["requests"]
    if tiers_empty(ms):
        return False, 0, ["leaks with no fault injected: " + ", ".join(tiers_empty(ms))]
    normal = (status, out, body)
    failures, runs = [], 0
    modes = [""] + ([":every"] if a.every else [])
    for n in sample(total, a.samples):
        for mode in modes:
            opt = f"failalloc={n}{mode}"
            res = run(with_options(cmd, ["-X", opt, "-X", "memstats=json"]), stdin, a.timeout, env)
            runs += 1
            why = judge(res, normal, status)
            if why:
                failures.append((opt, why))
    msg = [f"{total} requests, {runs} runs"]
    if failures:
        msg += [f"-X {opt}: {why}" for opt, why in failures[:MAX_REPORTED]]
        if len(failures) > MAX_REPORTED:
            msg.append(f"... and {len(failures) - MAX_REPORTED} more")
        msg.append("reproduce: cd tests/py && " + " ".join(
            with_options(cmd, ["-X", failures[0][0], "-X", "memstats=json"])))
    return not failures, runs, msg


def spread(progs, k):
    if not k or k >= len(progs):
        return progs
    step = len(progs) / k
    return [progs[int(i * step)] for i in range(k)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("interpreter")
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--programs", type=int, default=0)
    ap.add_argument("--filter")
    ap.add_argument("--every", action="store_true")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--budget", type=float, default=0.0)
    ap.add_argument("--known", help="programs to leave out (tests/py/known_failures.txt)")
    a = ap.parse_intermixed_args()
    if a.samples < 2:
        ap.error("--samples must be at least 2")
    interp = corpus.resolve_interpreter(a.interpreter)
    env = corpus.child_env()
    known = corpus.read_known(a.known)
    progs = corpus.find_programs(a.dirs or ["core", "classes", "gc", "imports"], a.filter)
    progs = spread([p for p in progs if p[0] not in known], a.programs)
    print(f"1..{len(progs)}", flush=True)
    start = time.monotonic()
    passed = failed = skipped = total_runs = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        # Programs one after another; the runs of one program in parallel
        # would need the counting run first, so parallelism is by program.
        futures = {}
        for i, (name, path) in enumerate(progs, 1):
            futures[i] = pool.submit(
                lambda n=name, p=path: None if a.budget and time.monotonic() - start > a.budget
                else sweep(n, p, interp, a, env))
        for i, (name, _) in enumerate(progs, 1):
            r = futures[i].result()
            if r is None:
                skipped += 1
                print(f"ok {i} - {name} # SKIP time budget of {a.budget:g} s spent")
                continue
            ok, runs, msg = r
            total_runs += runs
            passed += ok
            failed += not ok
            print(f"{'ok' if ok else 'not ok'} {i} - {name}")
            for line in msg:
                print("# " + line)
            sys.stdout.flush()
    print(f"# failalloc runs: {total_runs} in {time.monotonic() - start:.0f} s")
    print(f"# {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

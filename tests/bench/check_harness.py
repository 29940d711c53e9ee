#!/usr/bin/env python3
"""tierpy-bench end to end, quickly (TAP): every subcommand, run with
--quick; its JSON must parse (json) with the fields compare needs, its SVG
must be well-formed XML with an <svg> root (xml.etree).

    check_harness.py TIERPY_BENCH PYTHON3 [TIERPY]

`vm` runs with PYTHON3 standing in for tierpy, with stand-ins that fail or
print something else, which must be reported per program without aborting
the run, and with TIERPY under the tier switches. `gc` runs TIERPY and
PYTHON3 and must find pauses in both. A replayed trace (a synthetic one,
and one `TIERPY -X tracealloc` recorded) must leave every allocator that
counts its blocks at zero."""
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BENCH, PYTHON = sys.argv[1], sys.argv[2]
TIERPY = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(BENCH), "tierpy")
PROGRAMS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..",
                        "bench", "programs")
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond), detail))


def run(*args):
    return subprocess.run([BENCH, *args], capture_output=True, text=True, timeout=240)


def load_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        return {"_error": str(e)}


def well_formed(doc, subcommand):
    """The fields every result file has, and compare relies on."""
    if "_error" in doc:
        return doc["_error"]
    for key in ("tool", "format", "subcommand", "machine", "commit", "date", "config", "results"):
        if key not in doc:
            return f"no {key!r}"
    if doc["subcommand"] != subcommand or not doc["results"]:
        return "wrong subcommand or no results"
    for r in doc["results"]:
        for key in ("group", "bench", "subject", "metric", "unit", "median", "mad", "ci95",
                    "samples", "error"):
            if key not in r:
                return f"a result without {key!r}: {r}"
    return ""


def svg_ok(path):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        return str(e)
    return "" if root.tag == "{http://www.w3.org/2000/svg}svg" else f"root is {root.tag}"


def files_check(tmp, sub, proc, want_rc=0):
    j, s = os.path.join(tmp, sub + ".json"), os.path.join(tmp, sub + ".svg")
    check(f"{sub}: exits {want_rc}", proc.returncode == want_rc,
          f"status {proc.returncode}\n{proc.stderr[-2000:]}")
    check(f"{sub}: the JSON is well formed", not well_formed(load_json(j), sub),
          well_formed(load_json(j), sub))
    check(f"{sub}: the SVG is valid XML", not svg_ok(s), svg_ok(s))
    return load_json(j)


def stand_in(tmp, name, body):
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + body)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def test_alloc(tmp):
    p = run("alloc", "--quick", "--json", f"{tmp}/alloc.json", "--svg", f"{tmp}/alloc.svg")
    doc = files_check(tmp, "alloc", p)
    groups = {r["group"] for r in doc.get("results", [])}
    check("alloc: allocators, RSS and layer3 are all measured", {"alloc", "rss", "layer3"} <= groups,
          str(groups))
    subjects = {r["subject"] for r in doc.get("results", []) if r["group"] == "layer3"}
    check("alloc: layer3 runs with layer2 and free lists on and off",
          {"layer2+fl", "layer2", "layer1+fl", "layer1"} <= subjects, str(subjects))
    check("alloc: the tables are printed", "tierpy/best" in p.stdout and "layer3" in p.stdout,
          p.stdout[-500:])


def test_vm(tmp):
    p = run("vm", "--quick", "--tierpy", PYTHON, "--python", PYTHON,
            "--json", f"{tmp}/vm.json", "--svg", f"{tmp}/vm.svg")
    doc = files_check(tmp, "vm", p)
    ratios = [r for r in doc.get("results", []) if r["metric"] == "ratio"]
    names = {r["bench"] for r in ratios}
    check("vm: every program of the suite has a ratio",
          {"nbody", "richards", "binary_trees", "gc_collect"} <= names, str(names))
    check("vm: python3 against itself fails nowhere", ratios and all(not r["error"] for r in ratios),
          str([r["error"] for r in ratios if r["error"]]))


def test_vm_failures(tmp):
    fails = stand_in(tmp, "fails", 'echo "Traceback (most recent call last):" >&2\n'
                     'echo "  File x, line 1" >&2\necho "NameError: name \'Point\' is not defined" >&2\n'
                     "exit 1\n")
    p = run("vm", "--quick", "--tierpy", fails, "--python", PYTHON, "--only", "nbody,nqueens",
            "--json", f"{tmp}/vmf.json")
    check("vm: a failing tierpy is reported per program, with the exception",
          p.returncode == 1 and p.stdout.count("tierpy failed: NameError: name 'Point'") == 2,
          p.stdout + p.stderr)
    doc = load_json(f"{tmp}/vmf.json")
    check("vm: the run still writes its results", not well_formed(doc, "vm"), well_formed(doc, "vm"))
    wrong = stand_in(tmp, "wrong", "echo 42\n")
    p = run("vm", "--quick", "--tierpy", wrong, "--python", PYTHON, "--only", "fannkuch")
    check("vm: different output is caught", p.returncode == 1 and "outputs differ at line 1" in p.stdout,
          p.stdout + p.stderr)


def test_replay(tmp):
    trace = f"{tmp}/t.trace"
    g = run("gen-trace", trace, "--ops", "20000", "--seed", "7")
    check("gen-trace: writes a trace", g.returncode == 0 and os.path.getsize(trace) > 32, g.stderr)
    p = run("replay", trace, "--quick", "--json", f"{tmp}/replay.json", "--svg", f"{tmp}/replay.svg")
    doc = files_check(tmp, "replay", p)
    live = [r for r in doc.get("results", []) if r["metric"] == "live_blocks_after"]
    subjects = {r["subject"] for r in live}
    check("replay: runs on layer1 and layer2 over libc and mimalloc, and layer2 in a child",
          {"libc/layer2", "libc/layer1", "mimalloc/layer2", "mimalloc/layer1",
           "layer2 (child)"} <= subjects, str(subjects))
    check("replay: every allocator's live count is zero afterwards",
          live and all(r["samples"] and min(r["samples"]) == max(r["samples"]) == 0 for r in live),
          str(live))
    timed = {r["subject"] for r in doc.get("results", [])
             if r["metric"] == "ns_per_op" and not r["error"] and r["samples"]}
    built = {n for n in ("glibc", "mimalloc", "jemalloc", "tcmalloc", "pymalloc", "bare")
             if os.access(os.path.join(os.path.dirname(BENCH), "bench", "alloc",
                                       "tierpy-alloc-" + n), os.X_OK)}
    check("replay: every allocator built here replays the trace in its own process",
          built and built <= timed, f"built {built}, timed {timed}")
    with open(trace, "r+b") as f:   # make the first free name a block never allocated
        data = bytearray(f.read())
        for off in range(32, len(data), 24):
            if data[off] == 2:
                data[off + 8:off + 16] = (2**63).to_bytes(8, "little")
                break
        f.seek(0)
        f.write(data)
    p = run("replay", trace, "--quick")
    check("replay: a malformed trace is refused with the record",
          p.returncode == 1 and "free of a block id not live" in p.stderr, p.stderr)


def test_compare(tmp):
    p = run("compare", f"{tmp}/replay.json", f"{tmp}/replay.json")
    check("compare: a file against itself changes nothing",
          p.returncode == 0 and "+0.0%" in p.stdout
          and not any(line.endswith(("better", "worse", "(n<3)")) for line in p.stdout.splitlines()),
          p.stdout + p.stderr)
    p = run("compare", f"{tmp}/vm.json", f"{tmp}/replay.json")
    check("compare: results in one file only are listed",
          "only in A" in p.stdout and "only in B" in p.stdout, p.stdout[-400:])
    with open(f"{tmp}/broken.json", "w") as f:
        f.write('{"results": [1, 2,]}')
    p = run("compare", f"{tmp}/broken.json", f"{tmp}/vm.json")
    check("compare: a malformed file is refused with its place",
          p.returncode == 2 and "line 1, column" in p.stderr, p.stderr)


def test_replay_recorded(tmp):
    trace = f"{tmp}/prog.trace"
    prog = os.path.join(PROGRAMS, "binary_trees.py")
    t = subprocess.run([TIERPY, "-X", f"tracealloc={trace}", prog, "--quick"],
                       capture_output=True, text=True, timeout=120)
    want = subprocess.run([PYTHON, prog, "--quick"], capture_output=True, text=True, timeout=120)
    check("tracealloc: the program runs as without it", t.returncode == 0 and t.stdout == want.stdout,
          t.stdout + t.stderr)
    p = run("replay", trace, "--quick", "--only", "libc/layer2,libc/layer1,tierpy",
            "--json", f"{tmp}/replay2.json")
    doc = load_json(f"{tmp}/replay2.json")
    check("tracealloc: the trace is well formed (replay accepts it)",
          p.returncode == 0 and not well_formed(doc, "replay"), p.stdout + p.stderr)
    m = re.search(r"(\d+) alloc, (\d+) free, (\d+) realloc; by tier: layer1 (\d+), "
                  r"layer2 (\d+), layer3 (\d+)", p.stdout)
    check("tracealloc: allocations, frees and reallocs from every tier are recorded",
          m and all(int(x) > 0 for x in m.groups()), p.stdout[:400])
    live = [r for r in doc.get("results", []) if r["metric"] == "live_blocks_after"]
    check("tracealloc: replaying it leaves every allocator's live count at zero",
          len(live) == 3 and all(max(r["samples"]) == min(r["samples"]) == 0 for r in live),
          str(live))
    bad = subprocess.run([TIERPY, "-X", "tracealloc=/nonexistent/dir/t", "-c", "pass"],
                         capture_output=True, text=True, timeout=60)
    check("tracealloc: a file that cannot be made is an error with its name",
          bad.returncode == 2 and "/nonexistent/dir/t" in bad.stderr, bad.stderr)


def test_tier_switches(tmp):
    p = run("vm", "--quick", "--only", "nbody,gc_collect", "--layer2", "on,off", "--freelists",
            "on,off", "--json", f"{tmp}/vmt.json", "--svg", f"{tmp}/vmt.svg")
    doc = load_json(f"{tmp}/vmt.json")
    check("vm with tier switches: exits 0, its JSON and SVG well formed",
          p.returncode == 0 and not well_formed(doc, "vm") and not svg_ok(f"{tmp}/vmt.svg"),
          p.stdout[-1500:] + p.stderr[-500:])
    ratios = {r["subject"]: r for r in doc.get("results", []) if r["metric"] == "ratio"}
    check("vm: tierpy runs under each tier configuration",
          set(ratios) == {"tierpy[layer2+fl]", "tierpy[layer2]", "tierpy[layer1+fl]",
                          "tierpy[layer1]"} and not any(r["error"] for r in ratios.values()),
          str({k: r["error"] for k, r in ratios.items()}))
    stats = subprocess.run([TIERPY, "-X", "pool=off", "-X", "freelists=off", "-X", "memstats",
                            "-c", "x = [1.5] * 3"], capture_output=True, text=True, timeout=60)
    check("-X pool=off -X freelists=off reach layer3",
          "layer2 off, free lists off" in stats.stderr, stats.stderr[:300])
    for x in ("pool=maybe", "gcthreshold=1,2", "gc=yes"):
        b = subprocess.run([TIERPY, "-X", x, "-c", "pass"], capture_output=True, text=True,
                           timeout=60)
        check(f"-X {x} is refused", b.returncode == 2 and x.split("=")[0] in b.stderr, b.stderr)
    g = subprocess.run([TIERPY, "-X", "gc=off", "-X", "gcthreshold=100,5,7", "-c",
                        "import gc; print(gc.isenabled(), gc.get_threshold())"],
                       capture_output=True, text=True, timeout=60)
    check("-X gc=off -X gcthreshold= set the collector", g.stdout == "False (100, 5, 7)\n",
          g.stdout + g.stderr)


def test_gc(tmp):
    p = run("gc", "--quick", "--gc", "on,off", "--gcthreshold", "700,10,10/100,5,5",
            "--program", os.path.join(PROGRAMS, "gc_collect.py"),
            "--json", f"{tmp}/gc.json", "--svg", f"{tmp}/gc.svg")
    doc = files_check(tmp, "gc", p)
    pauses = {r["subject"]: r for r in doc.get("results", []) if r["metric"] == "pause_us"}
    check("gc: tierpy and python3 under every setting",
          len(pauses) == 8 and {s.split()[0] for s in pauses} == {"tierpy", "python3"},
          str(sorted(pauses)))
    check("gc: every run's collections were timed (3 explicit ones in gc_collect --quick)",
          pauses and all(not r["error"] and len(r["samples"]) >= 3 and min(r["samples"]) > 0
                         for r in pauses.values()),
          str({k: (r["error"], len(r["samples"])) for k, r in pauses.items()}))
    p99 = [r for r in doc.get("results", []) if r["metric"] == "pause_p99_us"]
    check("gc: percentiles are reported", len(p99) == 8 and all(
        r["median"] >= pauses[r["subject"]]["median"] for r in p99), str(p99)[:400])
    check("gc: the table shows the pause distribution", "p99" in p.stdout and "max" in p.stdout,
          p.stdout[-400:])
    b = run("gc", "--gc", "sometimes")
    check("gc: a bad --gc is a usage error", b.returncode == 2 and "sometimes" in b.stderr,
          b.stderr)


def test_compare_files(tmp):
    p = run("compare", f"{tmp}/replay.json", f"{tmp}/replay.json", "--json", f"{tmp}/compare.json",
            "--svg", f"{tmp}/compare.svg")
    doc = files_check(tmp, "compare", p)
    ratios = [r for r in doc.get("results", []) if r["metric"] == "ratio"]
    check("compare: --json holds B/A of every matched result, 1 against itself",
          ratios and all(r["error"] or abs(r["median"] - 1) < 1e-9 for r in ratios),
          str(ratios[:3]))


def main():
    with tempfile.TemporaryDirectory(prefix="tierpy-bench-test-") as tmp:
        for t in (test_alloc, test_vm, test_vm_failures, test_replay, test_compare,
                  test_compare_files, test_replay_recorded, test_tier_switches, test_gc):
            t(tmp)
    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            for line in str(detail).splitlines()[-20:]:
                print(f"#   {line}")
    return 0


sys.exit(main())

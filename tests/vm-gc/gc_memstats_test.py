#!/usr/bin/env python3
"""A million objects in reference cycles, built and dropped by a running
program: automatic collection keeps the live object count near that of an
empty program (tierpy -X memstats=json), -X gcstats[=json] reports the
collections, and gc.disable() lets the cycles pile up while the program
runs. Prints TAP."""
import json
import subprocess
import sys
import tempfile

tierpy = sys.argv[1]
CYCLES = """
import gc
{setup}
for i in range(500000):
    a = [i]
    b = [a]
    a.append(b)
del a, b
print("done")
"""


def run(src, *xopts):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
    args = [tierpy, "-B"]
    for x in xopts:
        args += ["-X", x]
    return subprocess.run(args + [f.name], capture_output=True, text=True, timeout=120)


def last_json(p):
    return json.loads(p.stderr.strip().splitlines()[-1])


checks = []
base = run("import gc\nprint('done')\n", "memstats=json")
auto = run(CYCLES.format(setup=""), "memstats=json")
off = run(CYCLES.format(setup="gc.disable()"), "memstats=json")
b, a, o = (last_json(p)["obj"] for p in (base, auto, off))
checks.append((base.stdout == auto.stdout == off.stdout == "done\n", "programs ran"))
live_base, live_auto = b["at_exit"]["live"], a["at_exit"]["live"]
checks.append((a["at_exit"]["allocated"] - b["at_exit"]["allocated"] >= 1000000,
               "a million objects were allocated"))
checks.append((live_auto - live_base < 5000,
               f"collected while running: live at exit {live_auto}, empty program {live_base}"))
# The cycles pile up while the program runs (at exit they are collected
# while the runtime still works, as CPython's shutdown does, so the count
# is read by the program itself).
piled = run(CYCLES.format(setup="gc.disable()").replace('print("done")',
                                                        "print(gc.get_count()[0] >= 1000000)"))
checks.append((piled.stdout == "True\n",
               f"gc.disable(): the cycles stay while the program runs ({piled.stdout.strip()})"))
for name, s in (("auto", a), ("disabled", o)):
    checks.append((s["live_after_delete"] == 0, f"{name}: no object outlives the VM"))
    checks.append((last_json(auto if name == "auto" else off)["os"]["arenas_live"] == 0,
                   f"{name}: layer0 arenas live 0"))

js = run(CYCLES.format(setup=""), "gcstats=json")
g = last_json(js)["generations"]
checks.append((len(g) == 3 and g[0]["collections"] > 0, "gcstats=json: generation 0 collected"))
checks.append((sum(x["collected"] for x in g) >= 990000, "gcstats=json: the cycles were collected"))
checks.append((all(x["pause_max_ns"] <= x["pause_total_ns"] for x in g),
               "gcstats=json: max pause <= total pause"))
checks.append((all(sum(x["pause_hist_us_log2"]) == x["collections"] for x in g),
               "gcstats=json: the histogram counts every collection"))
table = run("print('done')\n", "gcstats")
checks.append((table.returncode == 0 and "gc statistics" in table.stderr
               and "pause histogram" in table.stderr, "gcstats: the table at exit"))
bad = run("print('done')\n", "gcstats=xml")
checks.append((bad.returncode == 2 and "gcstats" in bad.stderr, "gcstats=xml refused"))

print(f"1..{len(checks)}")
for i, (ok, what) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {what}")
sys.exit(0 if all(ok for ok, _ in checks) else 1)

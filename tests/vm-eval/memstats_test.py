#!/usr/bin/env python3
"""tierpy -X memstats=json: after a program runs and the VM is torn down,
every tier's live count is back to zero. Prints TAP."""
import json
import subprocess
import sys
import tempfile

tierpy = sys.argv[1]
prog = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
data = {str(i): [i] * 3 for i in range(200)}
try:
    {}["missing"]
except KeyError as e:
    err = e
print(fib(15), len(data), sum(x for x in range(100)))
"""
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
    f.write(prog)
checks = []
for extra in ([], ["-X", "malloc=debug"]):
    p = subprocess.run([tierpy, "-B", "-X", "memstats=json", *extra, f.name],
                       capture_output=True, text=True, timeout=60)
    stats = json.loads(p.stderr.strip().splitlines()[-1])
    tag = " ".join(extra) or "default"
    checks.append((p.returncode == 0 and p.stdout == "610 200 4950\n", f"{tag}: program ran"))
    checks.append((stats["os"]["arenas_live"] == 0, f"{tag}: layer0 arenas live 0"))
    for name, m in stats["mem"].items():
        checks.append((m["blocks_live"] == 0, f"{tag}: layer1 {name} blocks live 0"))
    checks.append((stats["obj"]["live_after_delete"] == 0, f"{tag}: layer3 objects leaked 0"))
print(f"1..{len(checks)}")
for i, (ok, what) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {what}")
sys.exit(0 if all(ok for ok, _ in checks) else 1)

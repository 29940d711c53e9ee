#!/usr/bin/env python3
"""Count every test of one or more meson test logs (testlog.json): a TAP
test counts each of its `ok` / `not ok` lines, any other test counts once.
Prints the totals as `tests: N passed, N failed[, N skipped]`."""
import json
import os
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


known = [0]   # TAP TODO failures: programs listed as known failures


def count(entry):
    passed = failed = skipped = 0
    out = entry.get("stdout") or ""
    lines = [TAP_LINE.match(l) for l in out.splitlines()]
    lines = [m for m in lines if m]
    first = out.lstrip().splitlines()[0] if out.strip() else ""
    if first.startswith("TAP version") or re.match(r"^1\.\.\d+", first):
        for m in lines:
            directive = m.group(2).upper()
            if "# SKIP" in directive:
                skipped += 1
            elif "# TODO" in directive:
                if m.group(1) == "ok":
                    failed += 1       # an unexpected pass: prune the list
                else:
                    known[0] += 1
            elif m.group(1) == "ok":
                passed += 1
            else:
                failed += 1
        if entry["result"] not in ("OK", "SKIP") and failed == 0:
            failed = 1        # crashed or timed out after its last TAP line
        return passed, failed, skipped
    if entry["result"] == "OK":
        return 1, 0, 0
    if entry["result"] == "SKIP":
        return 0, 0, 1
    return 0, 1, 0


def criterion_synthesis(entry):
    """Criterion's own closing line of a suite, if it printed one."""
    for line in (entry.get("stderr") or "").splitlines()[::-1]:
        if "Synthesis:" in line:
            return line[line.index("Synthesis:"):]
    return None


def main():
    totals = [0, 0, 0]
    for path in sys.argv[1:]:
        build_dir = os.path.basename(os.path.dirname(os.path.dirname(os.path.abspath(path))))
        try:
            with open(path) as fh:
                for line in fh:
                    if line.strip():
                        entry = json.loads(line)
                        synthesis = criterion_synthesis(entry)
                        if synthesis:
                            print(f"{build_dir + ': ' + entry['name']:<46} Criterion {synthesis}")
                        for i, n in enumerate(count(entry)):
                            totals[i] += n
        except FileNotFoundError:
            totals[1] += 1
            print(f"summary: no test log at {path}", file=sys.stderr)
    p, f, s = totals
    if known[0]:
        print(f"known failures (TAP TODO, listed in tests/py/known_failures.txt, not counted below): {known[0]}")
    print(f"tests: {p} passed, {f} failed" + (f", {s} skipped" if s else ""))
    return 1 if f else 0


if __name__ == "__main__":
    sys.exit(main())

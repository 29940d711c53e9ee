#!/usr/bin/env python3
"""The layer rule as a test: a tier's sources may include only headers of
their own tier or of tiers below it. Prints TAP, one line per tier."""
import os
import re
import sys

LAYERS = ["layer0-os", "layer1-malloc", "layer2-pool", "layer3-objects", "vm"]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def headers_by_tier(root):
    owner = {}
    for rank, layer in enumerate(LAYERS):
        for dirpath, _, files in os.walk(os.path.join(root, layer)):
            for f in files:
                if f.endswith(".h"):
                    owner.setdefault(f, rank)
    return owner


def violations(root, rank, owner):
    found = []
    for dirpath, _, files in os.walk(os.path.join(root, LAYERS[rank])):
        for f in sorted(files):
            if not f.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, f)
            with open(path, errors="replace") as fh:
                for n, line in enumerate(fh, 1):
                    m = INCLUDE.match(line)
                    if m and owner.get(os.path.basename(m.group(1)), -1) > rank:
                        above = LAYERS[owner[os.path.basename(m.group(1))]]
                        found.append(f"{os.path.relpath(path, root)}:{n}: "
                                     f"includes {m.group(1)} from {above}")
    return found


def main():
    root = sys.argv[1]
    owner = headers_by_tier(root)
    print(f"1..{len(LAYERS)}")
    failed = 0
    for rank, layer in enumerate(LAYERS):
        bad = violations(root, rank, owner)
        if bad:
            failed += 1
            print(f"not ok {rank + 1} - {layer} includes only its own and lower tiers")
            for b in bad:
                print(f"# {b}")
        else:
            print(f"ok {rank + 1} - {layer} includes only its own and lower tiers")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

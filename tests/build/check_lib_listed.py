#!/usr/bin/env python3
"""Every Python module under lib/ is listed in lib/meson.build, so that
`meson install` ships it (a module left out works from the build tree
only). Prints TAP. Usage: check_lib_listed.py SOURCE_ROOT"""
import os
import re
import sys


def main():
    root = sys.argv[1]
    lib = os.path.join(root, 'lib')
    with open(os.path.join(lib, 'meson.build'), encoding='utf-8') as f:
        listed = set(re.findall(r"'([^']+\.py)'", f.read()))
    found = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != '__pycache__')
        for fn in sorted(filenames):
            if fn.endswith('.py'):
                found.append(os.path.relpath(os.path.join(dirpath, fn), lib))
    print('1..2')
    missing = [p for p in found if p not in listed]
    print(('ok' if not missing else 'not ok') + ' 1 - every lib/ module is listed in lib/meson.build')
    for p in missing:
        print('# not listed: ' + p)
    stale = sorted(p for p in listed if p not in found)
    print(('ok' if not stale else 'not ok') + ' 2 - every file lib/meson.build lists exists')
    for p in stale:
        print('# listed but missing: ' + p)
    return 1 if missing or stale else 0


sys.exit(main())

#!/usr/bin/env python3
"""The __pycache__ code cache through the tierpy command. Prints TAP.

  pycache_test.py TIERPY

`tierpy FILE.py` loads FILE's code through the cache (fresh file: read and
verified; otherwise compiled and written) before saying it cannot run yet;
TIERPY_CACHE_TRACE=1 makes it say which it did.
"""
import os
import shutil
import subprocess
import sys
import tempfile

SOURCE = '''"""A module."""
import os
def f(a, b=2):
    try:
        return [x * a for x in range(b)]
    finally:
        print("done")
class C:
    def m(self):
        return super().m()
'''

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(tierpy, *args, env_extra=None):
    env = dict(os.environ, TIERPY_CACHE_TRACE="1")
    env.pop("TIERPY_DONTWRITEBYTECODE", None)
    env.update(env_extra or {})
    r = subprocess.run([tierpy, *args], capture_output=True, timeout=60, env=env)
    return r.returncode, r.stderr.decode("utf-8", "replace")


def main():
    tierpy = os.path.abspath(sys.argv[1])
    d = tempfile.mkdtemp(prefix="tierpy-pycache-")
    try:
        tests(tierpy, d)
    finally:
        shutil.rmtree(d)
    print(f"1..{len(results)}")
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            failed += 1
            print("# " + str(detail).replace("\n", "\n# "))
    return 1 if failed else 0


def tests(tierpy, d):
    src = os.path.join(d, "mod.py")
    cache = os.path.join(d, "__pycache__", "mod.tierpy-1.tpyc")
    with open(src, "w") as f:
        f.write(SOURCE)
    st, err = run(tierpy, src)
    check("first run compiles and writes the cache file",
          st == 2 and "compiled" in err and os.path.exists(cache), err)
    st, err = run(tierpy, src)
    check("second run loads the fresh cache file", st == 2 and "loaded" in err, err)
    with open(cache, "rb") as f:
        good = f.read()
    check("cache file starts with the magic and version", good[:8] == b"TPYC\x01\0\0\0", good[:8])

    with open(src, "a") as f:
        f.write("y = 1\n")
    st, err = run(tierpy, src)
    check("a source of another size is recompiled", "compiled" in err and "warning" not in err, err)
    stat = os.stat(src)
    os.utime(src, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    st, err = run(tierpy, src)
    check("a source with another mtime is recompiled", "compiled" in err, err)
    st, err = run(tierpy, src)
    check("... and then loaded", "loaded" in err, err)

    os.remove(cache)
    st, err = run(tierpy, "-B", src)
    check("-B writes nothing", "compiled" in err and not os.path.exists(cache), err)
    st, err = run(tierpy, src, env_extra={"TIERPY_DONTWRITEBYTECODE": "1"})
    check("TIERPY_DONTWRITEBYTECODE writes nothing", not os.path.exists(cache), err)

    run(tierpy, src)
    with open(cache, "rb") as f:
        good = f.read()
    bad = []
    offsets = list(range(0, len(good), max(1, len(good) // 150)))
    for cut in offsets:
        with open(cache, "wb") as f:
            f.write(good[:cut])
        st, err = run(tierpy, "-B", src)
        if st != 2 or "compiled" not in err or (cut and "warning: ignoring damaged cache file" not in err):
            bad.append((cut, st, err))
    check(f"a truncated cache file ({len(offsets)} lengths) is rejected with a warning and recompiled",
          not bad, bad[:3])
    bad = []
    for at in offsets:
        for flip in (0x01, 0xff):
            data = bytearray(good)
            data[at] ^= flip
            with open(cache, "wb") as f:
                f.write(data)
            st, err = run(tierpy, "-B", src)
            if st != 2 or ("compiled" not in err and "loaded" not in err) or "Sanitizer" in err:
                bad.append((at, flip, st, err))
    check(f"flipped bytes ({len(offsets)} offsets x 2 values) never crash: rejected or loaded",
          not bad, bad[:3])
    with open(cache, "wb") as f:
        f.write(good)

    pkg = os.path.join(d, "pkg")
    os.makedirs(os.path.join(pkg, "sub"))
    for name, text in (("a.py", "x = 1\n"), ("sub/b.py", "def f(:\n"), ("sub/c.py", "y = [1]\n")):
        with open(os.path.join(pkg, name), "w") as f:
            f.write(text)
    st, err = run(tierpy, "--compile", pkg)
    made = sorted(os.listdir(os.path.join(pkg, "sub", "__pycache__")))
    check("--compile compiles a tree, reports the SyntaxError, exits 1",
          st == 1 and "SyntaxError: invalid syntax" in err and "sub/b.py" in err and
          made == ["c.tierpy-1.tpyc"] and os.path.exists(os.path.join(pkg, "__pycache__", "a.tierpy-1.tpyc")),
          (st, err, made))
    st, err = run(tierpy, "--dis", os.path.join(pkg, "sub", "b.py"))
    check("--dis of a bad file prints the SyntaxError as CPython does, exit 1",
          st == 1 and err.splitlines()[-1] == "SyntaxError: invalid syntax" and
          err.startswith('  File "'), err)
    st, err = run(tierpy, os.path.join(d, "missing.py"))
    check("a missing file is exit status 2", st == 2 and "can't open file" in err, err)


if __name__ == "__main__":
    sys.exit(main())

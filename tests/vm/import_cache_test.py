#!/usr/bin/env python3
"""Imported modules through the code cache (issue 8). Prints TAP.

  import_cache_test.py TIERPY

A program importing a module and a package's submodule runs twice in a
temporary directory: the first run compiles both and writes their
__pycache__ files (never the main script's), the second loads them
(TIERPY_CACHE_TRACE=1 says which); -B and TIERPY_DONTWRITEBYTECODE write
nothing; an edited module is compiled again.
"""
import os
import subprocess
import sys
import tempfile

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(tierpy, cwd, *args, env_extra=None):
    env = dict(os.environ)
    env.pop("TIERPY_DONTWRITEBYTECODE", None)
    env["TIERPY_CACHE_TRACE"] = "1"
    env.update(env_extra or {})
    r = subprocess.run([tierpy, *args, "main.py"], cwd=cwd, env=env, capture_output=True,
                       text=True, timeout=60)
    return r


def trace(r, what):
    return sorted(os.path.basename(line.split(" ", 2)[2]) for line in r.stderr.splitlines()
                  if line.startswith("tierpy: " + what + " "))


def write_tree(d):
    os.makedirs(os.path.join(d, "pkg"))
    with open(os.path.join(d, "main.py"), "w") as f:
        f.write("import mod\nimport pkg.sub\nprint(mod.X, pkg.sub.Y)\n")
    with open(os.path.join(d, "mod.py"), "w") as f:
        f.write("X = 1\n")
    with open(os.path.join(d, "pkg", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(d, "pkg", "sub.py"), "w") as f:
        f.write("Y = 2\n")


def caches(d):
    out = []
    for root, _dirs, files in os.walk(d):
        out += [os.path.relpath(os.path.join(root, f), d) for f in files if f.endswith(".tpyc")]
    return sorted(out)


def main():
    tierpy = os.path.abspath(sys.argv[1])
    expected = ["__pycache__/mod.tierpy-3.tpyc", "pkg/__pycache__/__init__.tierpy-3.tpyc",
                "pkg/__pycache__/sub.tierpy-3.tpyc"]
    with tempfile.TemporaryDirectory() as d:
        write_tree(d)
        r1 = run(tierpy, d)
        check("first run prints", r1.stdout == "1 2\n" and r1.returncode == 0, r1.stderr)
        check("first run compiles the imports",
              trace(r1, "compiled") == ["__init__.py", "main.py", "mod.py", "sub.py"], r1.stderr)
        check("cache files for imports only", caches(d) == expected, str(caches(d)))
        r2 = run(tierpy, d)
        check("second run loads the imports",
              trace(r2, "loaded") == ["__init__.py", "mod.py", "sub.py"] and r2.stdout == "1 2\n",
              r2.stderr)
        with open(os.path.join(d, "mod.py"), "w") as f:
            f.write("X = 'edited'\n")
        r3 = run(tierpy, d)
        check("an edited module is compiled again",
              "mod.py" in trace(r3, "compiled") and r3.stdout == "edited 2\n", r3.stdout + r3.stderr)
    for label, args, env in (("-B", ["-B"], None),
                             ("TIERPY_DONTWRITEBYTECODE", [], {"TIERPY_DONTWRITEBYTECODE": "1"})):
        with tempfile.TemporaryDirectory() as d:
            write_tree(d)
            r = run(tierpy, d, *args, env_extra=env)
            check(label + " writes no cache files", r.stdout == "1 2\n" and caches(d) == [],
                  str(caches(d)) + r.stderr)
    print("1..%d" % len(results))
    for k, (name, ok, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", k, name))
        if not ok:
            for line in detail.splitlines()[:20]:
                print("# " + line)
    return 0 if all(ok for _n, ok, _d in results) else 1


if __name__ == "__main__":
    sys.exit(main())

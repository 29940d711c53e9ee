# Pins glob: *, ?, [seq], hidden files, trailing slashes, recursive '**', include_hidden, root_dir, literal paths, escape and has_magic, on a scratch tree (results sorted).
import glob, os
root = "/tmp/tierpy-test-%d" % os.getpid()
for d in ("a/b/c", "a/.hid/x", ".dot", "d"):
    os.makedirs(os.path.join(root, d))
for f in ("top.txt", "top.py", ".hidden.py", "a/one.py", "a/b/two.py", "a/b/c/three.txt", "a/.hid/x/h.py", "d/four.py", "d/[x].py"):
    open(os.path.join(root, f), "w").close()
os_cwd = os.getcwd()
try:
    def rel(paths):
        return sorted(os.path.relpath(p, root) if os.path.isabs(p) else p for p in paths)
    for pat, kw in (("*.py", {}), ("*", {}), ("*/*.py", {}), ("**/*.py", {"recursive": True}), ("**", {"recursive": True}), ("a/**/", {"recursive": True}),
                    ("**/*.py", {}), ("*.py", {"include_hidden": True}), (".*", {}), ("a/*/", {}), ("a/b", {}), ("nope/*.py", {}), ("d/[[]x].py", {}), ("?op.*", {}),
                    ("a/**", {"recursive": True}), ("**/", {"recursive": True}), ("a/b/c/three.txt", {}), ("a/b/missing", {})):
        print(pat, kw, rel(glob.glob(os.path.join(root, pat), **kw)), rel(glob.glob(pat, root_dir=root, **kw)))
    print(glob.escape("a[b]*c?.py"), glob.has_magic("x*"), glob.has_magic("plain"), sorted(glob.iglob(os.path.join(root, "d", "*.py")))==sorted(glob.glob(os.path.join(root, "d", "*.py"))))
finally:
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        os.rmdir(dirpath)

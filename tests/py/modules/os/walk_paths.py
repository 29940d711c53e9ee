# Pins os.walk (top-down pruning, bottom-up, onerror), os.fspath and os.PathLike, and os.path.relpath/commonprefix/commonpath/expanduser/expandvars/splitdrive/lexists.
import os

root = "/tmp/tierpy-test-%d" % os.getpid()
for d in ("a/b/c", "a/skip/deep", "d"):
    os.makedirs(os.path.join(root, d))
for f in ("top.txt", "a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "a/skip/deep/x.txt", "d/four.txt"):
    with open(os.path.join(root, f), "w") as fh:
        fh.write(f)
try:
    seen = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if "skip" in dirnames:
            dirnames.remove("skip")
        seen.append((os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames)))
    print(seen)
    bottom = [os.path.relpath(p, root) for p, _, _ in os.walk(root, topdown=False)]
    print(sorted(bottom), bottom.index(".") == len(bottom) - 1, bottom.index("a/b/c") < bottom.index("a/b") < bottom.index("a"))
    errors = []
    print(list(os.walk(os.path.join(root, "missing"), onerror=errors.append)), [type(e).__name__ for e in errors], list(os.walk(os.path.join(root, "missing"))))
finally:
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        os.rmdir(dirpath)
print(os.path.exists(root))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class Bad:
    def __fspath__(self):
        return 3


print(os.fspath("s"), os.fspath(b"b"), os.fspath(P("/x/y")), isinstance(P("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(P, os.PathLike))
for bad in (5, Bad(), None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"), os.path.relpath("x/y", "x"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(os.path.commonprefix([])), os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b/c", "a/b/d", "a/./b"]), os.path.commonpath(["/a"]))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
home = os.environ.get("HOME")
print(os.path.expanduser("~/x") == (home.rstrip("/") + "/x" if home else "~/x"), os.path.expanduser("nothing"), os.path.expanduser("~other/x"))
os.environ["TIERPY_TEST_VAR"] = "val"
print(os.path.expandvars("$TIERPY_TEST_VAR/${TIERPY_TEST_VAR}x $UNSET_TIERPY ${UNSET_TIERPY} $ end$"), os.path.splitdrive("/a/b"), os.path.lexists("/"), os.path.lexists("/no/such/path/x"))

# Pins pathlib: parsing and normalising, / joins, parts/parents/name/suffix/stem, with_* and relative_to with their errors, match, ordering and hashing, and Path I/O (mkdir, write/read, iterdir, glob, rglob, rename, unlink, rmdir) in a scratch directory.
import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for s in ("a/b", "/a//b/./c/", "//srv/x", "///x", "", ".", "../a/..", "a/b.tar.gz", "/"):
    p = PurePath(s)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.root, p.is_absolute(), p.parent)
p = PurePosixPath("/usr") / "lib" / PurePath("python3") / "x.py"
print(p, "rel" / PurePath("x"), PurePath("a", "/b", "c"), PurePath(Path("q"), "r"), list(p.parents), p.parents[1], p.parents[-1], len(p.parents), p.parents[0:2])
print(p.with_name("y.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("z"), p.relative_to("/usr"), p.relative_to("/usr", "lib"), p.is_relative_to("/etc"), p.anchor, p.drive, p.as_posix())
for call in (lambda: PurePath("/").with_name("x"), lambda: p.with_suffix("txt"), lambda: p.with_name("a/b"), lambda: p.relative_to("/etc"), lambda: PurePath("a").relative_to("/a"), lambda: PurePath("x") / 3):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b/c.py").match("/*.py"), PurePath("a/b.py").match("a/*.txt"))
print(sorted([PurePath("b"), PurePath("a/c"), PurePath("/z"), PurePath("a")]), PurePath("a") == PurePath("a/"), PurePath("a") == Path("a"), len({PurePath("x/y"), PurePath("x//y"), Path("x/y")}), PurePath("a") < PurePath("b"))
print(type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath), os.fspath(Path("a/b")), bytes(PurePath("/é")), PurePath("/a b/c").as_uri())
base = Path("/tmp") / ("tierpy-test-%d" % os.getpid())
try:
    (base / "sub" / "deep").mkdir(parents=True)
    (base / "sub").mkdir(exist_ok=True)
    try:
        base.mkdir()
    except FileExistsError as e:
        print("FileExistsError")
    try:
        (base / "no" / "such").mkdir()
    except FileNotFoundError:
        print("FileNotFoundError")
    print((base / "a.txt").write_text("hello\nworld\n"), (base / "b.bin").write_bytes(b"\x00\x01"), (base / "sub" / "c.py").write_text("x = 1\n"))
    (base / "sub" / "deep" / "d.py").touch()
    print((base / "a.txt").read_text().splitlines(), (base / "b.bin").read_bytes(), (base / "a.txt").exists(), (base / "sub").is_dir(), (base / "a.txt").is_file(), (base / "zz").exists())
    print(sorted(p.name for p in base.iterdir()), sorted(str(p.relative_to(base)) for p in base.glob("*.txt")), sorted(str(p.relative_to(base)) for p in base.rglob("*.py")), sorted(str(p.relative_to(base)) for p in base.glob("**/*.py")), sorted(str(p.relative_to(base)) for p in base.glob("sub/*")))
    with (base / "a.txt").open() as f:
        print(f.readline(), end="")
    moved = (base / "a.txt").rename(base / "renamed.txt")
    print(moved.name, moved.exists(), (base / "a.txt").exists(), (base / "sub" / ".." / "b.bin").resolve() == (base / "b.bin").resolve(), Path("rel").absolute() == Path.cwd() / "rel")
    (base / "nothere").unlink(missing_ok=True)
    try:
        (base / "nothere").unlink()
    except FileNotFoundError:
        print("FileNotFoundError on unlink")
finally:
    for dirpath, dirnames, filenames in os.walk(str(base), topdown=False):
        for f in filenames:
            Path(dirpath, f).unlink()
        Path(dirpath).rmdir()
print(base.exists())

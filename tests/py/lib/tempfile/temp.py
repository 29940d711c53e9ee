# Pins tempfile: NamedTemporaryFile (write/seek/read, name under the temp dir with prefix/suffix, removal on close unless delete=False), TemporaryFile, TemporaryDirectory (context manager and cleanup), mkdtemp, gettempdir/gettempprefix.
import os
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
with tempfile.NamedTemporaryFile(prefix="pre_", suffix=".txt") as f:
    f.write(b"hello temp")
    f.seek(0)
    print(f.read(), os.path.basename(f.name).startswith("pre_"), f.name.endswith(".txt"), os.path.exists(f.name), os.path.dirname(f.name) == tempfile.gettempdir())
    name = f.name
print(os.path.exists(name))
t = tempfile.NamedTemporaryFile("w+", delete=False, encoding="utf-8")
t.write("kept ✓")
t.close()
with open(t.name, encoding="utf-8") as fh:
    print(fh.read())
os.remove(t.name)
with tempfile.TemporaryFile() as tf:
    tf.write(b"anonymous")
    tf.seek(0)
    print(tf.read())
with tempfile.TemporaryDirectory(prefix="tdir_") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tdir_"))
    with open(os.path.join(d, "inner.txt"), "w") as fh:
        fh.write("x")
    os.mkdir(os.path.join(d, "sub"))
    kept = d
print(os.path.exists(kept))
td = tempfile.TemporaryDirectory()
p = td.name
print(os.path.isdir(p), repr(td).startswith("<TemporaryDirectory "))
td.cleanup()
td.cleanup()
print(os.path.exists(p))
d2 = tempfile.mkdtemp(suffix="_s")
print(os.path.isdir(d2), d2.endswith("_s"), os.path.isabs(d2))
os.rmdir(d2)
names = {tempfile.NamedTemporaryFile().name for _ in range(5)}
print(len(names))

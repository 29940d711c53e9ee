# Pins os.path.splitext, including dot files and several dots.
import os.path
for p in ["a.txt", "a.tar.gz", ".bashrc", "..x", "dir.d/file", "dir.d/.hidden", "x.", "/a/b.c/d", "...", "a.b/..c.d"]:
    print(repr(p), os.path.splitext(p))

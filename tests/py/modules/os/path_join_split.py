# Pins os.path.join, split, basename, dirname on POSIX paths.
import os.path
for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "b/", "c")]:
    print(parts, repr(os.path.join(*parts)))
for p in ["a/b/c", "/a/b/", "/", "//x", "abc", "", "a//b", "///a/b"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))

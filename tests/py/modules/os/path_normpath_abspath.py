# Pins os.path.normpath, isabs and abspath's relation to getcwd.
import os
for p in ["a//b", "a/./b/", "a/../b", "../a", "/../a", "//a//b", "///a", "", ".", "a/b/../../..", "/a/b/../../.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/./b/..") )

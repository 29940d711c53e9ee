# Pins shutil on a scratch tree: copyfile/copy/copy2 (into directories, SameFileError), copyfileobj, copytree with ignore_patterns and dirs_exist_ok, move of files and directories, rmtree with onerror and ignore_errors, get_terminal_size's fallback.
import io
import os
import shutil

root = "/tmp/tierpy-test-%d" % os.getpid()


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        for f in filenames:
            p = os.path.join(dirpath, f)
            with open(p) as fh:
                out.append((os.path.relpath(p, top), fh.read()))
    return sorted(out)


os.makedirs(os.path.join(root, "src", "sub"))
for rel, text in (("src/a.txt", "alpha"), ("src/b.log", "log"), ("src/sub/c.txt", "gamma")):
    with open(os.path.join(root, rel), "w") as f:
        f.write(text)
try:
    print(os.path.relpath(shutil.copyfile(os.path.join(root, "src/a.txt"), os.path.join(root, "a2.txt")), root))
    os.mkdir(os.path.join(root, "dst"))
    print(os.path.relpath(shutil.copy(os.path.join(root, "src/a.txt"), os.path.join(root, "dst")), root), os.path.relpath(shutil.copy2(os.path.join(root, "src/b.log"), os.path.join(root, "dst", "renamed.log")), root))
    try:
        shutil.copyfile(os.path.join(root, "a2.txt"), os.path.join(root, "a2.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", issubclass(shutil.SameFileError, OSError))
    buf = io.StringIO()
    with open(os.path.join(root, "src/sub/c.txt")) as f:
        shutil.copyfileobj(f, buf, 2)
    print(buf.getvalue())
    print(os.path.relpath(shutil.copytree(os.path.join(root, "src"), os.path.join(root, "copy"), ignore=shutil.ignore_patterns("*.log")), root), tree(os.path.join(root, "copy")))
    try:
        shutil.copytree(os.path.join(root, "src"), os.path.join(root, "copy"))
    except FileExistsError:
        print("FileExistsError")
    shutil.copytree(os.path.join(root, "src"), os.path.join(root, "copy"), dirs_exist_ok=True)
    print(tree(os.path.join(root, "copy")))
    print(os.path.relpath(shutil.move(os.path.join(root, "a2.txt"), os.path.join(root, "dst")), root), os.path.relpath(shutil.move(os.path.join(root, "copy"), os.path.join(root, "moved")), root), sorted(os.listdir(root)))
    try:
        shutil.move(os.path.join(root, "src", "a.txt"), os.path.join(root, "dst"))
    except shutil.Error as e:
        print("shutil.Error", str(e).replace(root, "<root>"))
    errors = []
    shutil.rmtree(os.path.join(root, "nothere"), onerror=lambda fn, p, ei: errors.append(ei[0].__name__))
    shutil.rmtree(os.path.join(root, "nothere"), ignore_errors=True)
    print(errors)
    try:
        shutil.rmtree(os.path.join(root, "nothere"))
    except FileNotFoundError:
        print("FileNotFoundError")
    shutil.rmtree(os.path.join(root, "moved"))
    print(sorted(os.listdir(root)))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
print(shutil.get_terminal_size(), shutil.get_terminal_size((100, 50)).columns)
os.environ["COLUMNS"] = "120"
print(shutil.get_terminal_size().columns, tuple(shutil.get_terminal_size((1, 2))))

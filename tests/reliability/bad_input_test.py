#!/usr/bin/env python3
"""Bad input at the command line's boundaries: each case must give
CPython 3.11's message and exit status, never a crash or a traceback of
tierpy's own. Prints TAP.

  bad_input_test.py TIERPY [--cpython PYTHON3.11]

Each case's expected stderr and status are CPython's, checked in below with
its program name written as `tierpy` (CPython says `/path/python3: ...` and
`Try \`python -h'`). With --cpython, each case also runs under CPython and
must still give the checked-in answer, so the expectations cannot drift.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

USAGE = ("usage: tierpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
         "Try `tierpy -h' for more information.\n")


def files(d):
    """The source files of the cases, in directory d."""
    def write(name, data):
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        return p
    write("bad_utf8.py", b'x = 1\nprint("a\xffb")\n')
    write("bad_utf8_comment.py", b"# caf\xe9\nprint(1)\n")
    write("nul.py", b"x = 1\x00\nprint(2)\n")
    write("control.py", b"print(1)\x01\n")
    write("control_escape.py", b"x = 1 \x0c\nprint(2)\x1b\n")
    write("ok.py", b"print('ran')\n")
    os.mkdir(os.path.join(d, "plain_dir"))
    os.mkdir(os.path.join(d, "main_dir"))
    write("main_dir/__main__.py", b"print('main of a directory')\n")


def cases(d):
    """(name, argv after the interpreter, env additions, stdin, expected stderr, status)."""
    p = lambda n: os.path.join(d, n)  # noqa: E731
    non_utf8 = ("SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, "
                "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n")
    return [
        ("invalid UTF-8 in a string", [p("bad_utf8.py")], {},
         non_utf8.format(0xff, p("bad_utf8.py"), 2), 1),
        ("invalid UTF-8 in a comment", [p("bad_utf8_comment.py")], {},
         non_utf8.format(0xe9, p("bad_utf8_comment.py"), 1), 1),
        ("a NUL byte in the source", [p("nul.py")], {},
         f'  File "{p("nul.py")}", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n', 1),
        ("a control character in the source", [p("control.py")], {},
         f'  File "{p("control.py")}", line 1\n    print(1)\x01\n            ^\n'
         "SyntaxError: invalid non-printable character U+0001\n", 1),
        ("ESC after a form feed line", [p("control_escape.py")], {},
         f'  File "{p("control_escape.py")}", line 2\n    print(2)\x1b\n            ^\n'
         "SyntaxError: invalid non-printable character U+001B\n", 1),
        ("a directory without __main__.py", [p("plain_dir")], {},
         f"tierpy: can't find '__main__' module in '{p('plain_dir')}'\n", 1),
        ("a directory with __main__.py runs it", [p("main_dir")], {}, "", 0),
        ("a missing file", [p("missing.py")], {},
         f"tierpy: can't open file '{p('missing.py')}': [Errno 2] No such file or directory\n", 2),
        ("-c without its argument", ["-c"], {}, "Argument expected for the -c option\n" + USAGE, 2),
        ("-m without its argument", ["-m"], {}, "Argument expected for the -m option\n" + USAGE, 2),
        ("-X without its argument", ["-X"], {}, "Argument expected for the -X option\n" + USAGE, 2),
        ("an unknown option", ["-j", p("ok.py")], {}, "Unknown option: -j\n" + USAGE, 2),
        ("an unknown -X option is ignored", ["-X", "nosuchoption", p("ok.py")], {}, "", 0),
        ("-c with a syntax error", ["-c", "print(1"], {},
         '  File "<string>", line 1\n    print(1\n         ^\nSyntaxError: \'(\' was never closed\n', 1),
        ("-c that is not UTF-8", ["-c", b'x=1\nprint("a\xffb")'], {},
         "Unable to decode the command from the command line:\n"
         "UnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 12: "
         "surrogates not allowed\n", 1),
        ("-c with a control character", ["-c", "print(1)\x01"], {},
         '  File "<string>", line 1\n    print(1)\x01\n            ^\n'
         "SyntaxError: invalid non-printable character U+0001\n", 1),
    ]


def normalise(err):
    """CPython's program name as tierpy's."""
    err = re.sub(r"(?m)^\S*python3(\.\d+)?: ", "tierpy: ", err)
    err = re.sub(r"(?m)^usage: \S*python3(\.\d+)? ", "usage: tierpy ", err)
    return err.replace("Try `python -h'", "Try `tierpy -h'")


def run(interp, argv, env_add, runner=()):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TIERPY"))}
    env.update(env_add)
    args = [os.fsencode(a) if isinstance(a, str) else a for a in argv]
    r = subprocess.run(list(runner) + [interp] + args, capture_output=True, timeout=60, env=env)
    return r.returncode, normalise(r.stderr.decode("utf-8", "backslashreplace"))


def unreadable_case(d):
    """A file its reader may not open: as root, read by user nobody."""
    path = os.path.join(d, "unreadable.py")
    with open(path, "w") as f:
        f.write("print(1)\n")
    os.chmod(path, 0)
    runner = ()
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if not runuser:
            return None, "running as root without runuser: every file is readable"
        os.chmod(d, 0o755)
        runner = (runuser, "-u", "nobody", "--")
    expected = f"tierpy: can't open file '{path}': [Errno 13] Permission denied\n"
    return (path, runner, expected), None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tierpy")
    ap.add_argument("--cpython")
    a = ap.parse_args()
    tierpy = os.path.abspath(a.tierpy)
    d = tempfile.mkdtemp(prefix="tierpy-bad-input-")
    os.chmod(d, 0o755)
    files(d)
    todo = cases(d)
    unreadable, why_not = unreadable_case(d)
    checks = []
    for name, argv, env, exp_err, exp_status in todo:
        checks.append((name, lambda i, argv=argv, env=env: run(i, argv, env), exp_err, exp_status, True))
    if unreadable:
        path, runner, exp = unreadable
        checks.append(("an unreadable file", lambda i: run(i, [path], {}, runner), exp, 2, True))
    checks.append(("a bad TIERPY_MALLOC is fatal",
                   lambda i: run(i, ["-c", "print(1)"], {"TIERPY_MALLOC": "bogus"}),
                   "tierpy: fatal error: TIERPY_MALLOC: unknown allocator 'bogus' "
                   "(valid: libc, mimalloc, debug, debug:libc, debug:mimalloc)\n", 1, False))
    for bad in ("0", "abc", "5:sometimes", "", "-3", "99999999999999999999999"):
        checks.append((f"-X failalloc={bad} is a usage error",
                       lambda i, bad=bad: run(i, ["-X", f"failalloc={bad}", os.path.join(d, "ok.py")], {}),
                       f"tierpy: -X failalloc takes N, N:every (N >= 1) or 'count', not '{bad}'\n",
                       2, False))
    checks.append(("-X failalloc=1: the first request after start-up fails",
                   lambda i: run(i, ["-X", "failalloc=1", os.path.join(d, "ok.py")], {}),
                   "MemoryError\n", 1, False))
    total = len(checks) + (0 if unreadable else 1)
    print(f"1..{total}")
    failed = 0
    for n, (name, job, exp_err, exp_status, cpython_too) in enumerate(checks, 1):
        msgs = []
        interps = [("tierpy", tierpy)] + ([("CPython", a.cpython)] if a.cpython and cpython_too else [])
        for label, interp in interps:
            status, err = job(interp)
            if status != exp_status:
                msgs.append(f"{label}: exit status {status}, expected {exp_status}")
            if err != exp_err:
                msgs.append(f"{label}: stderr {err!r}, expected {exp_err!r}")
        failed += bool(msgs)
        print(f"{'not ok' if msgs else 'ok'} {n} - {name}")
        for m in msgs:
            print("# " + m)
    if not unreadable:
        print(f"ok {total} - an unreadable file # SKIP {why_not}")
    shutil.rmtree(d, ignore_errors=True)
    print(f"# {total - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Differential tests: run Python programs under an interpreter and compare
stdout, stderr and the exit status with what CPython 3.11 produced (checked
in next to each program). Prints TAP.

  run.py INTERPRETER [--regen] [--filter SUBSTR] [--jobs N] [--timeout S] [DIRS...]

  INTERPRETER   build/tierpy, python3, ... (relative or absolute path, or a
                name looked up on PATH)
  DIRS          directories or single .py files to run (default: every
                program under tests/py); relative to the current directory
                or to tests/py
  --filter S    only programs whose name (e.g. core/ints/bigpow) contains S
  --jobs N      programs run in parallel (default: the number of CPUs)
  --timeout S   seconds per program (default 10); a timeout is a failure
  --known FILE  programs the interpreter is known to fail, one name a line
                with its reason after a '#'; each is reported as a TAP TODO
                (`not ok ... # TODO reason`), and one that now passes as
                `ok ... # TODO` so that meson flags it as an unexpected pass
                and the list gets pruned
  --regen       rewrite the expected files from INTERPRETER, which must be
                CPython 3.11; each program runs twice and must print the
                same both times

For each program NAME.py the expected files are NAME.out (stdout, always
there), NAME.err (stderr, only when non-empty) and NAME.status (the exit
status, only when non-zero). Optional inputs: NAME.stdin (fed to stdin;
otherwise stdin is empty) and NAME.args (extra command-line arguments, split
like a shell does: `{script}` stands for the program's path and `{source}`
for its text, e.g. `-c {source} a b`; without a placeholder, arguments that
start with an option such as `-c "print(1)"` are the whole command line
(the program file then only documents the test), and other arguments follow
the program's path, i.e. they are script arguments).

Every program runs with tests/py as its working directory and is named by
its absolute path; in both outputs the absolute path of tests/py is
replaced by `<tests>`, so tracebacks compare equal wherever the tree lives.
"""
import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = "<tests>"
MAX_DIFF_LINES = 40


def find_programs(dirs, substr):
    roots = []
    for d in dirs or [HERE]:
        cand = d if os.path.exists(d) else os.path.join(HERE, d)
        if not os.path.exists(cand):
            sys.exit(f"run.py: no such directory or file: {d}")
        roots.append(os.path.abspath(cand))
    found = set()
    for root in roots:
        if os.path.isfile(root):
            if root.endswith(".py"):
                found.add(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            # Directories starting with _ and packages (an __init__.py)
            # hold helper modules of the import tests, not programs.
            dirnames[:] = [x for x in dirnames if not x.startswith((".", "_"))
                           and not os.path.exists(os.path.join(dirpath, x, "__init__.py"))]
            for fn in filenames:
                path = os.path.join(dirpath, fn)
                # Programs live in subdirectories of tests/py (run.py itself
                # sits at the top); files starting with _ are helpers.
                if fn.endswith(".py") and not fn.startswith("_") and os.path.dirname(path) != HERE:
                    found.add(path)
    progs = []
    for path in sorted(found):
        name = os.path.relpath(path, HERE)[:-3].replace(os.sep, "/")
        if substr is None or substr in name:
            progs.append((name, path))
    return progs


def resolve_interpreter(interp):
    if os.sep in interp or (os.altsep and os.altsep in interp):
        path = os.path.abspath(interp)
        if not os.path.exists(path):
            sys.exit(f"run.py: interpreter not found: {interp}")
        return path
    found = shutil.which(interp)
    if found is None:
        sys.exit(f"run.py: interpreter not found on PATH: {interp}")
    return found


def child_env():
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("PYTHON"):
            del env[k]
    env["LC_ALL"] = "C.UTF-8"
    env["LANG"] = "C.UTF-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def read(path, mode="r"):
    try:
        with open(path, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else "") as f:
            return f.read()
    except FileNotFoundError:
        return None


def normalise(data):
    text = data.decode("utf-8", "backslashreplace")
    for p in {HERE, os.path.realpath(HERE)}:
        text = text.replace(p, PLACEHOLDER)
    return text


def command(interp, path):
    base = path[:-3]
    args_text = read(base + ".args")
    if args_text is None:
        return [interp, path]
    args = shlex.split(args_text)
    if "{script}" not in args and "{source}" not in args:
        if args and args[0].startswith("-"):
            return [interp] + args          # the whole command line, e.g. -c CODE ARGS
        return [interp, path] + args        # script arguments
    source = read(path)
    out = []
    for a in args:
        out.append(path if a == "{script}" else source if a == "{source}" else a)
    return [interp] + out


def run_one(interp, path, timeout, env):
    stdin = read(path[:-3] + ".stdin", "rb") or b""
    try:
        r = subprocess.run(command(interp, path), input=stdin, capture_output=True,
                           timeout=timeout, cwd=HERE, env=env)
    except subprocess.TimeoutExpired as e:
        return None, normalise(e.stdout or b""), normalise(e.stderr or b"")
    except OSError as e:
        return "oserror", "", f"run.py: cannot run {interp}: {e}\n"
    return r.returncode, normalise(r.stdout), normalise(r.stderr)


def status_text(status):
    if isinstance(status, int) and status < 0:
        return f"killed by signal {-status}"
    return str(status)


def diff_lines(what, expected, actual):
    exp = expected.splitlines(keepends=True)
    act = actual.splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, f"expected {what}", f"actual {what}", n=2))
    out = []
    for line in lines:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.extend(line.splitlines())
    return out


def check(name, path, interp, timeout, env):
    status, out, err = run_one(interp, path, timeout, env)
    base = path[:-3]
    if status is None:
        msg = [f"timed out after {timeout:g} s"]
        if out:
            msg.append("stdout so far: " + out[-300:].replace("\n", "\\n"))
        if err:
            msg.append("stderr so far: " + err[-300:].replace("\n", "\\n"))
        return False, msg
    if status == "oserror":
        return False, [err.strip()]
    exp_out = read(base + ".out")
    if exp_out is None:
        return False, [f"missing {name}.out (run with --regen under CPython 3.11)"]
    exp_err = read(base + ".err") or ""
    exp_status = int((read(base + ".status") or "0").strip())
    msg = []
    if status != exp_status:
        msg.append(f"exit status: expected {exp_status}, got {status_text(status)}")
    if out != exp_out:
        msg += diff_lines("stdout", exp_out, out)
    if err != exp_err:
        msg += diff_lines("stderr", exp_err, err)
    if len(msg) > MAX_DIFF_LINES:
        msg = msg[:MAX_DIFF_LINES] + [f"... ({len(msg) - MAX_DIFF_LINES} more lines)"]
    return not msg, msg


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def regen_one(name, path, interp, timeout, env):
    first = run_one(interp, path, timeout, env)
    second = run_one(interp, path, timeout, env)
    if first[0] is None or second[0] is None:
        return False, [f"timed out after {timeout:g} s"]
    if first[0] == "oserror":
        return False, [first[2].strip()]
    if first != second:
        return False, ["nondeterministic: two runs differ"] + \
            diff_lines("stdout", first[1], second[1]) + diff_lines("stderr", first[2], second[2])
    status, out, err = first
    if status < 0:
        return False, [f"interpreter {status_text(status)}"]
    base = path[:-3]
    write(base + ".out", out)
    for ext, keep, text in ((".err", err != "", err), (".status", status != 0, f"{status}\n")):
        if keep:
            write(base + ext, text)
        elif os.path.exists(base + ext):
            os.remove(base + ext)
    return True, []


def check_regen_interpreter(interp, env):
    try:
        r = subprocess.run([interp, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
                           capture_output=True, timeout=30, env=env)
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.exit(f"run.py: --regen: cannot run {interp}: {e}")
    if r.stdout.split() != [b"cpython", b"3", b"11"]:
        sys.exit(f"run.py: --regen needs CPython 3.11; {interp} says {r.stdout.decode().strip() or r.stderr.decode().strip()!r}")


def read_known(path):
    """{program name: reason} from a known-failures file."""
    known = {}
    if not path:
        return known
    with open(path) as fh:
        for line in fh:
            name, _, reason = line.partition("#")
            name = name.strip()
            if name:
                known[name] = reason.strip() or "known failure"
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("interpreter")
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--filter", metavar="SUBSTR")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--known", metavar="FILE")
    a = ap.parse_intermixed_args()
    known = read_known(a.known)

    interp = resolve_interpreter(a.interpreter)
    env = child_env()
    progs = find_programs(a.dirs, a.filter)
    if a.regen:
        check_regen_interpreter(interp, env)
        job = regen_one
    else:
        job = check

    print(f"1..{len(progs)}", flush=True)
    passed = failed = todo = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        futures = [pool.submit(job, name, path, interp, a.timeout, env) for name, path in progs]
        for i, ((name, _), fut) in enumerate(zip(progs, futures), 1):
            ok, msg = fut.result()
            if name in known:
                todo += 1
                verdict = "ok" if ok else "not ok"
                note = "now passes: remove it from the known failures" if ok else known[name]
                print(f"{verdict} {i} - {name} # TODO {note}")
            elif ok:
                passed += 1
                print(f"ok {i} - {name}")
            else:
                failed += 1
                print(f"not ok {i} - {name}")
                for line in msg:
                    print("# " + line)
            sys.stdout.flush()
    extra = f" ({todo} listed as known failures in {a.known})" if todo else ""
    print(f"# {passed} passed, {failed} failed{extra}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

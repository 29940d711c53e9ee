#!/usr/bin/env python3
"""The interactive prompt, driven through a pseudo-terminal: prompts,
expression results, blocks, tracebacks that do not end the session, line
editing and history (libedit), Ctrl-C at the prompt, Ctrl-D and
SystemExit; and, with stdin not
a terminal, all of stdin run as the program. Prints TAP.

  repl_pty_test.py TIERPY
"""
import os
import pty
import select
import subprocess
import sys
import time

TIERPY = sys.argv[1]
checks = []


def check(ok, what):
    checks.append((bool(ok), what))


class Session:
    """tierpy on a pseudo-terminal; `send` types a line and returns what the
    terminal showed until the next prompt."""

    def __init__(self):
        env = dict(os.environ, TERM="dumb", LC_ALL="C.UTF-8")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(TIERPY, [TIERPY], env)
        self.seen = b""

    def read_until(self, marks, timeout=20.0, needle=b""):
        """Output until it ends with one of @marks, after @needle (the
        echo of what was typed) has been seen."""
        end = time.time() + timeout
        buf = b""
        while time.time() < end:
            if needle in buf and any(buf.endswith(m) for m in marks):
                break
            r, _, _ = select.select([self.fd], [], [], 0.05)
            if not r:
                continue
            try:
                data = os.read(self.fd, 4096)
            except OSError:   # the child is gone
                break
            if not data:
                break
            buf += data
        self.seen += buf
        return buf.replace(b"\r\n", b"\n").decode("utf-8", "replace")

    def send(self, keys, marks=(b">>> ", b"... ")):
        # The editor switches the terminal to raw mode after it shows the
        # prompt: typing before that is echoed twice (once by the kernel),
        # which a loaded machine makes likely. Give it a moment.
        time.sleep(0.15)
        os.write(self.fd, keys.encode() + b"\r")
        echo = keys.split("\x1b")[0].split("\x7f")[0].split("\x01")[0]
        return self.read_until(marks, needle=echo.encode())

    def drain(self, quiet=1.5):
        """Whatever is still coming, until @quiet seconds pass without output."""
        while select.select([self.fd], [], [], quiet)[0]:
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                return
            if not data:
                return
            self.seen += data

    def finish(self, keys="\x04", timeout=20.0):
        """Type @keys, which should end the session: its exit status, or
        None (and the session killed) when it does not end."""
        # As in send(): keys typed before the editor is in raw mode may be
        # discarded when it switches (libedit flushes pending input), so
        # wait a moment, and type a lone Ctrl-D once more if it was lost.
        time.sleep(0.15)
        os.write(self.fd, keys.encode())
        start = time.time()
        end = start + timeout
        retyped = False
        while time.time() < end:
            self.drain(0.2)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            if keys == "\x04" and not retyped and time.time() - start > 5:
                os.write(self.fd, keys.encode())
                retyped = True
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return None


def output_of(shown, typed):
    """What a command printed: the lines after the echo of what was typed,
    without the next prompt."""
    lines = shown.split("\n")
    while lines and typed.strip() and typed.strip() not in lines[0]:
        lines.pop(0)
    body = lines[1:] if lines else []
    # A second echo of the typed line (see Session.send) is not output.
    while body and typed.strip() and body[0].strip() in (typed.strip(), ">>> " + typed.strip()):
        body.pop(0)
    if body and body[-1] in (">>> ", "... "):
        body.pop()
    return "\n".join(body)


s = Session()
banner = s.read_until((b">>> ",))
check(banner.endswith(">>> "), "the first prompt is '>>> '")
check("tierpy" in banner, "a banner names tierpy")
s.send("0")   # settle the terminal (the first line may be echoed twice)
s.drain()

check(output_of(s.send("1 + 2"), "1 + 2") == "3", "an expression's repr is printed")
check(output_of(s.send("x = 6 * 7"), "x = 6 * 7") == "", "an assignment prints nothing")
check(output_of(s.send("'a' * 2"), "'a' * 2") == "'aa'", "results print as repr")
check(output_of(s.send("None"), "None") == "", "None is not printed")
check(output_of(s.send("_"), "_") == "'aa'", "_ holds the last result")

shown = s.send("def f(a):")
check(shown.endswith("... "), "a block header asks for more with '... '")
check(s.send("    return a + x").endswith("... "), "the block goes on until an empty line")
check(s.send("").endswith(">>> "), "an empty line ends the block")
check(output_of(s.send("f(1)"), "f(1)") == "43", "the function defined in the block runs")

check(s.send("[1,").endswith("... "), "an open bracket continues the line")
check(output_of(s.send("2]"), "2]") == "[1, 2]", "the bracketed expression completes")

tb = output_of(s.send("1/0"), "1/0")
check(tb.startswith("Traceback (most recent call last):") and
      tb.endswith("ZeroDivisionError: division by zero"), "an uncaught exception prints a traceback")
check(output_of(s.send("x"), "x") == "42", "the session goes on after a traceback")

err = output_of(s.send("1 +"), "1 +")
check("SyntaxError: invalid syntax" in err, "a syntax error is reported")
check(output_of(s.send("print('still here')"), "print") == "still here",
      "the session goes on after a syntax error")

check(output_of(s.send("7 * 6"), "7 * 6") == "42", "a line before recalling history")
recalled = s.send("\x1b[A")   # up arrow: the previous line again
check(recalled.rstrip().endswith("42\n>>>") or recalled.rstrip().endswith("42\n>>> ".rstrip()),
      "up arrow recalls the previous line (history)")
edited = s.send("2 +X\x7f3")   # backspace removes the X
check("5" in output_of(edited, "2 +").split("\n"), "backspace edits the line")
edited = s.send("\x01n = 10\x05 + 1")   # Ctrl-A: to the start, Ctrl-E: to the end
check(output_of(s.send("n * 1"), "n * 1") == "11", "Ctrl-A / Ctrl-E move in the line")

os.write(s.fd, b"undefined_name\x03")   # Ctrl-C: the line is dropped
shown = s.read_until((b">>> ",), needle=b"KeyboardInterrupt")
s.drain()
check("KeyboardInterrupt" in shown and shown.endswith(">>> ") and "NameError" not in shown,
      "Ctrl-C at the prompt drops the line and prompts again")
check(s.send("if True:").endswith("... "), "a block before Ctrl-C")
os.write(s.fd, b"\x03")
check(s.read_until((b">>> ",), needle=b"KeyboardInterrupt").endswith(">>> "),
      "Ctrl-C in a block drops the whole chunk")
s.drain()
check(output_of(s.send("n * 1"), "n * 1") == "11", "the session goes on after Ctrl-C")

check(s.finish() == 0, "Ctrl-D ends the session with status 0")

first = s
s = Session()
s.read_until((b">>> ",))
s.send("import sys")
check(s.finish("sys.exit(3)\r") == 3, "sys.exit(3) ends the session with status 3")

piped = subprocess.run([TIERPY], input="x = 2\nprint('piped', x * 21)\nimport sys\nprint(sys.argv)\n",
                       capture_output=True, text=True, timeout=60)
check(piped.returncode == 0 and piped.stdout == "piped 42\n['']\n" and ">>>" not in piped.stdout,
      "stdin not a terminal: all of it runs as the program, no prompts")
failing = subprocess.run([TIERPY], input="print('before')\n1/0\n", capture_output=True, text=True,
                         timeout=60)
check(failing.returncode == 1 and failing.stdout == "before\n" and
      'File "<stdin>", line 2, in <module>' in failing.stderr,
      "a piped program's traceback names <stdin>")

print(f"1..{len(checks)}")
for i, (ok, what) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {what}")
if not all(ok for ok, _ in checks):
    for session in (first, s):
        print("# terminal transcript:")
        for line in session.seen.decode("utf-8", "replace").splitlines():
            print("# " + line)
sys.exit(0 if all(ok for ok, _ in checks) else 1)

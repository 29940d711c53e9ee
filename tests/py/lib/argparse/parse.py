# argparse: positionals with nargs, options, actions, types, choices, defaults, errors, subparsers
import argparse
import sys

p = argparse.ArgumentParser(prog="bench", description="Run a benchmark.")
p.add_argument("name", help="the benchmark")
p.add_argument("n", type=int, nargs="?", default=10, help="size")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--repeat", "-r", type=int, default=3, help="repetitions")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="a tag")
p.add_argument("--quiet", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--files", nargs="+")
print(p.parse_args(["fib"]))
print(p.parse_args(["fib", "25", "-vv", "--repeat=5", "--tag", "a", "--tag", "b", "--quiet"]))
print(p.parse_args(["fib", "--mode", "slow", "--no-cache", "-r7", "--files", "x", "y"]))
print(p.parse_known_args(["fib", "--unknown", "3"]))
ns = p.parse_args(["x", "--rep", "9"])
print(ns.repeat, vars(ns)["name"], "name" in ns)
print(p.format_usage(), end="")

sys.stderr = sys.stdout
for bad in [[], ["fib", "abc"], ["fib", "--mode", "medium"], ["fib", "--repeat"], ["a", "1", "2"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)

q = argparse.ArgumentParser(prog="tool")
sub = q.add_subparsers(dest="cmd")
run = sub.add_parser("run")
run.add_argument("target")
run.add_argument("--jobs", type=int, default=1)
sub.add_parser("clean")
print(q.parse_args(["run", "all", "--jobs", "4"]), q.parse_args(["clean"]))

g = argparse.ArgumentParser(prog="g")
ex = g.add_mutually_exclusive_group()
ex.add_argument("--a", action="store_true")
ex.add_argument("--b", action="store_true")
print(g.parse_args(["--a"]))
try:
    g.parse_args(["--a", "--b"])
except SystemExit as e:
    print("exit", e.code)
r = argparse.ArgumentParser(prog="r")
r.add_argument("--need", required=True)
r.add_argument("rest", nargs="*")
print(r.parse_args(["--need", "x", "1", "2"]))
try:
    r.parse_args([])
except SystemExit as e:
    print("exit", e.code)
print(argparse.Namespace(a=1, b="x"))

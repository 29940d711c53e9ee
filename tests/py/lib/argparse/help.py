# argparse: the help text of an ordinary parser (usage, description, groups, epilog)
import argparse
p = argparse.ArgumentParser(prog="bench", description="Run a benchmark.", epilog="Have fun.")
p.add_argument("name", help="the benchmark to run")
p.add_argument("n", type=int, nargs="?", default=10, help="size of the problem")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--repeat", "-r", type=int, default=3, help="repetitions")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.print_help()

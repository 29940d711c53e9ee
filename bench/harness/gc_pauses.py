"""Run a Python program under CPython with every collection timed.

usage: python3 gc_pauses.py OUT on|off A,B,C|- PROGRAM [ARGS...]

`tierpy-bench gc` runs CPython through this script: it switches automatic
collection on or off, sets the thresholds (unless "-"), and times each
collection with gc.callbacks (from the "start" to the "stop" call). When
the program ends, OUT gets one line per collection, "GENERATION PAUSE_NS
COLLECTED", the same lines `tierpy -X gcpauses=OUT` writes."""
import gc
import sys
import time


def main():
    out, switch, thresholds, program = sys.argv[1:5]
    pauses = []
    started = [0]

    def timer(phase, info):
        if phase == "start":
            started[0] = time.perf_counter_ns()
        else:
            pauses.append((info["generation"], time.perf_counter_ns() - started[0],
                           info["collected"]))

    if switch == "off":
        gc.disable()
    if thresholds != "-":
        gc.set_threshold(*(int(t) for t in thresholds.split(",")))
    sys.argv = sys.argv[4:]
    with open(program, "rb") as f:
        code = compile(f.read(), program, "exec")
    namespace = {"__name__": "__main__", "__file__": program, "__builtins__": __builtins__}
    # This script's own garbage must not reach the program's first collection
    # (runpy.run_path would leave some behind, after any collect done here).
    gc.collect()
    gc.callbacks.append(timer)
    try:
        exec(code, namespace)
    finally:
        gc.callbacks.remove(timer)
        with open(out, "w") as f:
            for generation, ns, collected in pauses:
                f.write(f"{generation} {ns} {collected}\n")


main()

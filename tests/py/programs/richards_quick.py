# Pins Richards' scheduler simulation: imports the project's bench/programs/richards.py, which runs one iteration with --quick.
import sys

root = __file__.rsplit('/', 4)[0]          # <root>/tests/py/programs/this.py
sys.path.insert(0, root + '/bench/programs')
sys.argv.append('--quick')
import richards
print(richards.taskWorkArea.holdCount, richards.taskWorkArea.qpktCount)
print(richards.run_once())

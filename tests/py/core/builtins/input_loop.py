# Pins reading all stdin lines with input() until EOFError, and sys.stdin iteration for the rest.
import sys
first = input()
print("first:", first)
count = 0
total = 0
for line in sys.stdin:
    count += 1
    total += int(line)
print(count, total)

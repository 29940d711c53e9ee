# Pins processing numbers read from stdin (sum and max), as a typical small CLI filter.
import sys
nums = [int(tok) for line in sys.stdin for tok in line.split()]
print(len(nums), sum(nums), max(nums), min(nums))

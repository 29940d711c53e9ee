# Pins bisect for counting values in ranges and for a sorted-key index.
import bisect
data = sorted([5, 1, 9, 3, 7, 3, 3, 8, 2])
def count_range(lo, hi):
    return bisect.bisect_right(data, hi) - bisect.bisect_left(data, lo)
print(data, count_range(3, 3), count_range(2, 7), count_range(10, 20))
people = sorted([('ann', 31), ('bob', 25), ('cy', 40)], key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 30)], bisect.bisect(ages, 40), bisect.bisect_left([], 1))

# Pins bisect_left/bisect_right with lo/hi, key, and errors.
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in (0, 4, 5, 10)], [bisect.bisect_right(a, x) for x in (0, 4, 5, 10)])
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
def grade(score, bps=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

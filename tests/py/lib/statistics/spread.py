# statistics: variance, pvariance, stdev, pstdev exactly rounded, with given means, types
import statistics as st
from fractions import Fraction as F

datasets = [[1, 2, 3], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4, 5, 6], [0.1, 0.2, 0.3, 0.4],
            [F(1, 3), F(1, 4), F(5, 6)], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3], [5, 5, 5], [1, 2.5, F(7, 2)],
            [10**18, 10**18 + 1, 10**18 + 5], [-3.5, 2, 1e-3, 7.25, 100], [1.1] * 7 + [1.2]]
for d in datasets:
    v, pv = st.variance(d), st.pvariance(d)
    print(repr(v), type(v).__name__, repr(pv), type(pv).__name__, repr(st.stdev(d)), repr(st.pstdev(d)))
d = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = st.mean(d)
print(repr(st.variance(d, m)), repr(st.pvariance(d, m)), repr(st.stdev(d, 1.0)), repr(st.pstdev(d, 1.5)))
print(repr(st.variance([1, 2, 3, 4], 2)), repr(st.pvariance([F(1, 2), F(3, 2)], F(1))))
print(repr(st.variance(iter([1.5, 2.5, 4.0]))), repr(st.pstdev(iter([1, 2, 3, 4]))))
import random
r = random.Random(12345)
for k in range(15):
    xs = [r.uniform(-100, 100) for _ in range(1 + k * 3)]
    row = [repr(st.mean(xs)), repr(st.fmean(xs)), repr(st.pvariance(xs)), repr(st.pstdev(xs))]
    if len(xs) > 1:
        row += [repr(st.variance(xs)), repr(st.stdev(xs)), repr(st.median(xs))]
    print(k, ' '.join(row))
for k in range(10):
    xs = [r.randrange(-1000, 1000) for _ in range(2 + k)]
    print(repr(st.mean(xs)), repr(st.variance(xs)), repr(st.pvariance(xs)), repr(st.stdev(xs)), repr(st.pstdev(xs)))
for f, arg in [(st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.pstdev, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, e)

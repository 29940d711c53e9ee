# statistics: mean, fmean, geometric_mean, harmonic_mean with exact rounding and types
import statistics as st
from fractions import Fraction as F

datasets = [[1, 2, 3, 4], [1, 2, 3, 4, 4], [0.1, 0.2, 0.3], [1e16, 1.0, -1e16, 3.0],
            [F(1, 3), F(2, 3), F(5, 7)], [1, 2.5, F(1, 2)], [2.5, 3.25, 5.5, 11.25, 11.75],
            [-1.5, 7, 0.1], [True, False, True], [10**20, 1, 3], [0.1] * 10, [3]]
for d in datasets:
    m = st.mean(d)
    print(d[:4], repr(m), type(m).__name__, repr(st.fmean(d)), repr(st.mean(iter(d))))
for d in [[1, 2, 4, 8], [0.5, 0.25, 8.0], [54, 24, 36], [F(1, 2), 2]]:
    print(repr(st.geometric_mean(d)))
for d in [[40, 60], [2.5, 3, 10], [F(1, 2), F(3, 4)], [1, 0, 5], [7], [F(3)], [1.5, 2.5], [10, 20, 30]]:
    h = st.harmonic_mean(d)
    print(repr(h), type(h).__name__)
print(repr(st.harmonic_mean([40, 60], weights=[5, 30])), repr(st.fmean([3.5, 4.0, 5.25], [0.7, 0.2, 0.1])))
print(repr(st.fmean(iter([1, 2, 3]))), repr(st.fmean([1, 2], weights=iter([1, 3]))))
for f, arg in [(st.mean, []), (st.fmean, []), (st.geometric_mean, []), (st.geometric_mean, [1, -1]),
               (st.geometric_mean, [0, 1]), (st.harmonic_mean, []), (st.harmonic_mean, [1, -2]),
               (st.harmonic_mean, [-2])]:
    try:
        print(f(arg))
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError', e)
for call in [lambda: st.fmean([1, 2], [1]), lambda: st.fmean([1, 2], [1, -1]),
             lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.harmonic_mean([1, 2], weights=[0, 0])]:
    try:
        print(call())
    except st.StatisticsError as e:
        print('StatisticsError', e)
for bad in [['a', 'b'], [1, 'x']]:
    try:
        st.mean(bad)
    except TypeError as e:
        print('TypeError', e)
print(issubclass(st.StatisticsError, ValueError), repr(st.mean([float('inf'), 1])), repr(st.mean([float('nan'), 1])))

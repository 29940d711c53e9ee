# statistics: median variants, median_grouped, mode, multimode, quantiles
import statistics as st
from fractions import Fraction as F

for d in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 7, 2.5], [F(1, 2), F(1, 3)], ['b', 'a', 'c'], [4],
          [1.5, 1.5, 2.5, 10], [3, 1]]:
    try:
        print(repr(st.median(d)), repr(st.median_low(d)), repr(st.median_high(d)))
    except TypeError as e:
        print('TypeError', e)
for d, i in [([52, 52, 53, 54], 1), ([1, 3, 3, 5, 7], 1), ([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1),
             ([1, 3, 3, 5, 7], 2), ([1.5, 2.5, 2.5, 3.5], 0.5), ([4], 1), ([10, 20, 20, 30], 10),
             ([F(1, 2), F(1, 2), 1], F(1, 4))]:
    print(repr(st.median_grouped(d, i)))
try:
    st.median_grouped(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
for f in [st.median, st.median_low, st.median_high, st.median_grouped, st.mode]:
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, e)
for d in [[1, 1, 2, 3, 3, 3, 3, 4], 'aabbbbccddddeeffffgg', ['red', 'blue', 'blue', 'red', 'green'], [1.5, 2, 2.0, 3]]:
    print(repr(st.mode(d)), st.multimode(d))
print(st.multimode([]), st.multimode('abcd'))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
for n in [1, 2, 3, 4, 10]:
    print(n, st.quantiles(data, n=n), st.quantiles(data, n=n, method='inclusive'))
print(st.quantiles([1, 2], n=5), st.quantiles([0.5, 2.25, 7.125], n=4, method='inclusive'))
print(st.quantiles([F(1, 3), 1, 2], n=3))
for kw in [dict(n=0), dict(method='weird')]:
    try:
        st.quantiles([1, 2, 3], **kw)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1])
except st.StatisticsError as e:
    print(e)

# statistics: covariance, correlation, linear_regression and their errors
import random
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(repr(st.covariance(x, y)), repr(st.correlation(x, y)), st.linear_regression(x, y))
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(repr(st.covariance(x, z)), repr(st.correlation(x, z)), repr(st.correlation(x, x)))
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, [3 * v for v in x], proportional=True))
lr = st.linear_regression([1.5, 2.5, 4.0], [0.1, 0.35, 0.9])
print(lr.slope, lr.intercept, lr[0], type(lr).__name__, lr._fields)
r = random.Random(99)
for k in range(12):
    n = 2 + k
    a = [r.uniform(-50, 50) for _ in range(n)]
    b = [r.uniform(-5, 5) + 0.5 * v for v in a]
    print(repr(st.covariance(a, b)), repr(st.correlation(a, b)), tuple(st.linear_regression(a, b)),
          tuple(st.linear_regression(a, b, proportional=True)))
for call in [lambda: st.covariance([1, 2], [1]), lambda: st.covariance([1], [1]),
             lambda: st.correlation([1, 2, 3], [1, 2]), lambda: st.correlation([1], [2]),
             lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1, 2], [1]),
             lambda: st.linear_regression([1], [2]), lambda: st.linear_regression([2, 2, 2], [1, 2, 3])]:
    try:
        print(call())
    except st.StatisticsError as e:
        print('StatisticsError', e)

"""Averages and measures of spread of numeric data.

Written for tierpy from the Python documentation of the statistics module.
Like CPython 3.11's, sums and sums of squares are computed exactly (as
Fractions) and rounded once at the end, so float results are the same
bit for bit; stdev and pstdev are correctly rounded square roots.
Not done: Decimal data, NormalDist.
"""

import math
from collections import namedtuple
from fractions import Fraction

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance', 'covariance', 'correlation', 'linear_regression',
           'LinearRegression']


class StatisticsError(ValueError):
    pass


# --- exact sums ---------------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x exactly, or (x, None) for inf/nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _result_type(t, s):
    """The type a mix of t and s values is reported in (int < Fraction <
    float, subclasses win over their bases)."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s"
                    % (t.__name__, s.__name__))


class _Sums:
    """Exact running sums of values (and optionally of their squares),
    kept per denominator to keep Fraction work small."""

    def __init__(self, squares):
        self.type = int
        self.count = 0
        self.sx = {}
        self.sxx = {} if squares else None

    def add_all(self, values):
        for x in values:
            self.type = _result_type(self.type, type(x))
            n, d = _ratio(x)
            self.count += 1
            self.sx[d] = self.sx.get(d, 0) + n
            if self.sxx is not None:
                self.sxx[d] = self.sxx.get(d, 0) + n * n
        return self

    def total(self):
        """The exact sum (a Fraction), or the inf/nan float it became."""
        if None in self.sx:
            return self.sx[None]
        total = Fraction(0)
        for d, n in self.sx.items():
            total += Fraction(n, d)
        return total

    def squares_total(self):
        if None in self.sxx:
            return self.sxx[None]
        total = Fraction(0)
        for d, n in self.sxx.items():
            total += Fraction(n, d * d)
        return total


def _convert(value, t):
    """An exact result as type t (an int result that is not whole becomes
    a float)."""
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    return t(value)


def _sum_of_squares(data, center):
    """(type, sum of squared deviations, count): about center when given,
    else about the exact mean."""
    if center is not None:
        sums = _Sums(False).add_all((x - center) * (x - center)
                                    for x in data)
        return sums.type, sums.total(), sums.count
    sums = _Sums(True).add_all(data)
    n = sums.count
    if n == 0:
        return sums.type, Fraction(0), 0
    if None in sums.sx:
        return sums.type, sums.sx[None], n
    sx = sums.total()
    sxx = sums.squares_total()
    return sums.type, (n * sxx - sx * sx) / n, n


def _sqrt_of_fraction(q):
    """sqrt(q) correctly rounded to a float, for an exact q >= 0.

    The integer square root is taken with at least 55 significant bits
    and its last bit set when inexact (round to odd), so the one rounding
    of the final int / int division is the correct rounding."""
    if not isinstance(q, Fraction):
        return math.sqrt(q)
    n, m = q.numerator, q.denominator
    if n == 0:
        return 0.0
    shift = (n.bit_length() - m.bit_length() - 112) // 2
    if shift >= 0:
        m <<= 2 * shift
    else:
        n <<= -2 * shift
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    if shift >= 0:
        return float(root << shift)
    return root / (1 << -shift)


# --- averages ---------------------------------------------------------------

def mean(data):
    """The arithmetic mean, computed exactly and rounded once."""
    sums = _Sums(False).add_all(data)
    if sums.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(sums.total() / sums.count, sums.type)


def fmean(data, weights=None):
    """The mean as a float, through math.fsum."""
    items = list(data)
    if weights is None:
        total = math.fsum(items)
        if not items:
            raise StatisticsError('fmean requires at least one data point')
        return total / len(items)
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(items, weights)])
    if len(items) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float (through logarithms)."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean: 0 when a value is 0."""
    message = 'harmonic mean does not support negative values'
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data '
                              'point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_sum = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data '
                                  'size')
        weight_sum = _Sums(False).add_all(
            _non_negative(weights, message)).total()
    try:
        sums = _Sums(False).add_all(
            w / x if w else 0
            for w, x in zip(weights, _non_negative(data, message)))
    except ZeroDivisionError:
        return 0
    total = sums.total()
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_sum / total, sums.type)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """The 50th percentile of data grouped in classes of width interval
    centred on the values, by interpolation."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    first = 0
    while data[first] != x:
        first += 1
    end = first + 1
    while end < n and data[end] == x:
        end += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (end - first)


def _tally(data):
    """{value: count} in first-seen order."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first seen among ties)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    """The most common values, in first-seen order."""
    counts = _tally(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal
    probability, by linear interpolation ('exclusive' or 'inclusive')."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# --- spread -------------------------------------------------------------------

def pvariance(data, mu=None):
    """The population variance (about mu when given)."""
    t, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, t)


def variance(data, xbar=None):
    """The sample variance (about xbar when given)."""
    t, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), t)


def pstdev(data, mu=None):
    """The population standard deviation, correctly rounded."""
    t, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_fraction(ss / n)


def stdev(data, xbar=None):
    """The sample standard deviation, correctly rounded."""
    t, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_fraction(ss / (n - 1))


# --- two variables ------------------------------------------------------------

def _paired_means(x, y, what):
    """Check two equally long inputs of two or more points; their means."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same '
                              'number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n, math.fsum(x) / n, math.fsum(y) / n


def _products(x, xbar, y, ybar):
    return math.fsum([(a - xbar) * (b - ybar) for a, b in zip(x, y)])


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n, xbar, ybar = _paired_means(x, y, 'covariance')
    return _products(x, xbar, y, ybar) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n, xbar, ybar = _paired_means(x, y, 'correlation')
    sxy = _products(x, xbar, y, ybar)
    sxx = _products(x, xbar, x, xbar)
    syy = _products(y, ybar, y, ybar)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))
LinearRegression.__module__ = 'statistics'


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x (intercept 0 when
    proportional)."""
    n, xbar, ybar = _paired_means(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum([a * b for a, b in zip(x, y)])
        sxx = math.fsum([a * a for a in x])
    else:
        sxy = _products(x, xbar, y, ybar)
        sxx = _products(x, xbar, x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)

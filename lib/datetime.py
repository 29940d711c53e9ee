"""Dates, times, durations and fixed-offset time zones.

Written for tierpy from the Python documentation of the datetime module;
reprs and error messages follow CPython 3.11's C implementation.
Not done: strptime, fold detection for local times, pickling support
beyond copy.
"""

import time as _time
import math as _math
import _datetime_iso

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_MAX_DELTA_DAYS = 999999999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_MONTH_NAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul',
                'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


# --- calendar arithmetic (proleptic Gregorian, day 1 = 0001-01-01) ------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = 0
    for m in range(1, month):
        days += _DAYS_IN_MONTH[m]
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(n):
    """(year, month, day) of day number n."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a 4-year or 400-year cycle: December 31.
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of year."""
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# --- argument checks -----------------------------------------------------

def _index(value):
    """value as an int through __index__ (lib/operator.py's index does
    not give CPython's TypeError for a str or float)."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj, public):
    """CPython's C types print as 'datetime.date'; subclasses by name."""
    cls = type(obj)
    if cls is public:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _check_offset(name, offset):
    """Validate what a tzinfo method returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not '
                        "'%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, '
                        "not '%s'" % type(name).__name__)
    return name


def _format_offset(off, sep=':'):
    """'+05:30' style text of a UTC offset, or '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _strftime(obj, fmt, timetuple):
    """time.strftime with %f, %z and %Z answered from obj first."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % ('None' if fmt is None else type(fmt).__name__))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%' and i + 1 < n:
            code = fmt[i + 1]
            i += 2
            if code == 'f':
                out.append('%06d' % getattr(obj, 'microsecond', 0))
            elif code == 'z':
                off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(off, ''))
            elif code == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append((name or '').replace('%', '%%'))
            else:
                out.append('%' + code)
        else:
            out.append(ch)
            i += 1
    return _time.strftime(''.join(out), timetuple)


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _divide_nearest(a, b):
    """a / b rounded to the nearest int, ties to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


# --- timedelta --------------------------------------------------------------

def _accumulate(total, leftover, value, factor, name):
    """Add value*factor microseconds: exactly for the integer part, the
    fractional rest of a float is carried in leftover (as CPython)."""
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (name, type(value).__name__))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total, left = 0, 0.0
        for value, factor, name in ((microseconds, 1, 'microseconds'),
                                    (milliseconds, 1000, 'milliseconds'),
                                    (seconds, 1000000, 'seconds'),
                                    (minutes, 60000000, 'minutes'),
                                    (hours, 3600000000, 'hours'),
                                    (days, 86400000000, 'days'),
                                    (weeks, 604800000000, 'weeks')):
            total, left = _accumulate(total, left, value, factor, name)
        if left:
            whole = round(left)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2.0 * round((left + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
            raise OverflowError('days=%d; must have magnitude <= %d'
                                % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds = secs
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return ((self._days * 86400 + self._seconds) * 1000000
                + self._microseconds)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_microseconds() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        if not parts:
            parts.append('0')
        return '%s(%s)' % (_type_name(self, timedelta), ', '.join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(
                self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(
                self._to_microseconds() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_nearest(self._to_microseconds() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(
                self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError(
                    'integer division or modulo by zero')
            return timedelta._from_microseconds(_divide_nearest(us, other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError(
                    'integer division or modulo by zero')
            return timedelta._from_microseconds(_divide_nearest(us * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_microseconds()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return timedelta._from_microseconds(
                self._to_microseconds() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._key())


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59,
                          seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ---------------------------------------------------------------------

class IsoCalendarDate(tuple):
    """(year, week, weekday) with names, as date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % (self[0], self[1], self[2]))

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _iso_ymd(parsed):
    """(year, month, day) of what _datetime_iso.parse_date returned."""
    if parsed[0] == 'W':
        return date._iso_to_ymd(parsed[1], parsed[2], parsed[3])
    return parsed


def _iso_tzinfo(offset):
    """The tzinfo of a parsed ISO offset: None, utc for a zero number of
    whole seconds (as CPython), else a fixed timezone."""
    if offset is None:
        return None
    seconds, micro = offset
    if seconds == 0:
        return timezone.utc
    return timezone(timedelta(0, seconds, micro))


class date:
    """A calendar date (year, month, day) of the proleptic Gregorian
    calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None:
            raise TypeError("function missing required argument 'month' "
                            "(pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' "
                            "(pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # constructors
    @classmethod
    def fromtimestamp(cls, t):
        """The local date of POSIX timestamp t."""
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of day number n (1 is 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ordinal_to_ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse 'YYYY-MM-DD' and the other ISO 8601 date forms."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            ymd = _iso_ymd(_datetime_iso.parse_date(date_string,
                                                    len(date_string)))
        except ValueError:
            raise ValueError('Invalid isoformat string: %r'
                             % (date_string,)) from None
        return cls(*ymd)

    @staticmethod
    def _iso_to_ymd(year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            long_year = False
            if week == 53:
                first = _ymd_to_ordinal(year, 1, 1) % 7
                long_year = first == 4 or (first == 3 and _is_leap(year))
            if not long_year:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return _ordinal_to_ymd(ordinal)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday."""
        return cls(*cls._iso_to_ymd(year, week, day))

    # fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # formatting
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self, date), self._year,
                                   self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """'Fri May 17 00:00:00 2024' style text."""
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month],
            self._day, self._year)

    def strftime(self, fmt):
        """Format with time.strftime's codes (time fields are zero)."""
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # computations
    def timetuple(self):
        """A time.struct_time of the date (time fields zero, no DST)."""
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day,
                                  0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        """The day number of the date (0001-01-01 is 1)."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """0 for Monday ... 6 for Sunday."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """1 for Monday ... 7 for Sunday."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """The ISO (year, week, weekday) of the date."""
        year = self._year
        ordinal = self.toordinal()
        week1 = _iso_week1_monday(year)
        if ordinal < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(ordinal - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons
    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAX_ORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, self._date_key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- tzinfo -------------------------------------------------------------------

class tzinfo:
    """Abstract base of time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        """The name of the zone at dt."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """The offset of local time from UTC at dt."""
        raise NotImplementedError(
            'a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """The daylight saving adjustment at dt."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """dt (in UTC, with tzinfo self) converted to local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent '
                                 'results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


# --- time ---------------------------------------------------------------------

class time:
    """A time of day with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """Parse 'HH:MM:SS.ffffff+HH:MM' and shorter ISO 8601 forms."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        start = 1 if time_string[:1] == 'T' else 0
        try:
            h, m, sec, us, off = _datetime_iso.parse_time(time_string, start)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r'
                             % (time_string,)) from None
        return cls(h, m, sec, us, _iso_tzinfo(off))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """The tzinfo's dst(None), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """The tzinfo's tzname(None), or None."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            text = '%s(%d, %d, %d, %d)' % (
                _type_name(self, time), self._hour, self._minute,
                self._second, self._microsecond)
        elif self._second:
            text = '%s(%d, %d, %d)' % (_type_name(self, time), self._hour,
                                       self._minute, self._second)
        else:
            text = '%s(%d, %d)' % (_type_name(self, time), self._hour,
                                   self._minute)
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]', precision chosen by timespec."""
        return (_format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    __str__ = isoformat

    def strftime(self, fmt):
        """Format with time.strftime's codes on 1900-01-01."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, fmt, _time.struct_time(tt))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _compare(self, other, allow_mixed):
        """-1/0/1, or 2 when naive and aware were compared for ==."""
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            same = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            same = myoff == otoff
        if same:
            return _cmp((self._hour, self._minute, self._second,
                         self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(
            minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(
            minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                h = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h = hash((timedelta(hours=t._hour, minutes=t._minute) - off,
                          t._second, t._microsecond))
            self._hashcode = h
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ---------------------------------------------------------------

def _round_half_even(x):
    """round() of a float to an int, ties to even (round() already)."""
    return int(round(x))


class datetime(date):
    """A date with a time of day and an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None:
            raise TypeError("function missing required argument 'month' "
                            "(pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' "
                            "(pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # constructors
    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, int):
            secs, us = t, 0
        else:
            t = float(t)
            if _math.isnan(t):
                raise ValueError('Invalid value NaN (not a number)')
            frac, whole = _math.modf(t)
            if abs(whole) > 1e18:
                raise OverflowError('timestamp out of range for platform '
                                    'time_t')
            us = _round_half_even(frac * 1e6)
            secs = int(whole)
            if us >= 1000000:
                secs += 1
                us -= 1000000
            elif us < 0:
                secs -= 1
                us += 1000000
        tm = _time.gmtime(secs) if utc else _time.localtime(secs)
        result = cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, min(tm.tm_sec, 59), us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) date and time of POSIX timestamp t."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        result = cls._from_timestamp(t, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of POSIX timestamp t."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local (or tz's) date and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """The current local date and time."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        """The datetime of a date and a time."""
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour,
                   time_.minute, time_.second, time_.microsecond, tzinfo,
                   fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse ISO 8601 'YYYY-MM-DD[*HH[:MM[:SS[.fff]]][+HH:MM]]'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        h = m = sec = us = 0
        off = None
        try:
            sep = _datetime_iso.separator_index(s)
            if sep < 0:
                raise ValueError
            ymd = _iso_ymd(_datetime_iso.parse_date(s, sep))
            if sep < len(s):
                h, m, sec, us, off = _datetime_iso.parse_time(s, sep + 1)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r'
                             % (date_string,)) from None
        return cls(*ymd, h, m, sec, us, _iso_tzinfo(off))

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string by a strftime-style format (C locale)."""
        import _strptime
        return _strptime.strptime_datetime(cls, date_string, format)

    # views
    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part with tzinfo."""
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """The tzinfo's dst(self), or None."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """The tzinfo's tzname(self), or None."""
        return _call_tzname(self._tzinfo, self)

    def timetuple(self):
        """A time.struct_time (tm_isdst from dst())."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        yday = _days_before_month(self._year, self._month) + self._day
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), yday, isdst))

    def utctimetuple(self):
        """The UTC struct_time of the datetime (tm_isdst 0)."""
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        yday = _days_before_month(t._year, t._month) + t._day
        return _time.struct_time((t._year, t._month, t._day, t._hour,
                                  t._minute, t._second, t.weekday(), yday,
                                  0))

    def _local_timestamp(self):
        tt = (self._year, self._month, self._day, self._hour, self._minute,
              self._second, -1, -1, -1)
        return int(_time.mktime(tt))

    def timestamp(self):
        """The POSIX timestamp of the datetime (naive: local time)."""
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """The same instant in zone tz (default: the local zone)."""
        if tz is None:
            tz = _local_timezone(self)
        else:
            _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            naive = self.replace(tzinfo=None)
            utc = naive - _local_timezone(naive).utcoffset(None)
        else:
            utc = self.replace(tzinfo=None) - off
            if tz is self._tzinfo:
                return self
        return tz.fromutc(utc.replace(tzinfo=tz))

    # formatting
    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            args += [self._second, self._microsecond]
        elif self._second:
            args.append(self._second)
        text = '%s(%s)' % (_type_name(self, datetime),
                           ', '.join(['%d' % a for a in args]))
        if self._tzinfo is not None:
            text = text[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            text = text[:-1] + ', fold=1)'
        return text

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day,
                                      sep)
                + _format_time(self._hour, self._minute, self._second,
                               self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """'Fri May 17 12:30:45 2024' style text."""
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month],
            self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        """Format with time.strftime's codes plus %f, %z and %Z."""
        return _strftime(self, fmt, self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A copy with the given fields changed."""
        values = [year, month, day, hour, minute, second, microsecond]
        current = [self._year, self._month, self._day, self._hour,
                   self._minute, self._second, self._microsecond]
        for i in range(7):
            if values[i] is None:
                values[i] = current[i]
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(*values, tzinfo, fold=fold)

    # comparisons
    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)

    def _compare(self, other, allow_mixed):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            same = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            same = myoff == otoff
        if same:
            return _cmp(self._naive_key(), other._naive_key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _other_ok(self, other, op):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date) and op not in ('==', '!='):
            raise TypeError("can't compare %s to %s" % (
                _type_name(self, datetime), _type_name(other, date)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        if self._other_ok(other, '<'):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._other_ok(other, '<='):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._other_ok(other, '>'):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._other_ok(other, '>='):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                h = hash(t._naive_key())
            else:
                days = _ymd_to_ordinal(t._year, t._month, t._day)
                seconds = t._hour * 3600 + t._minute * 60 + t._second
                h = hash(timedelta(days, seconds, t._microsecond) - off)
            self._hashcode = h
        return self._hashcode

    # arithmetic
    def _as_delta(self):
        return timedelta(self.toordinal(),
                         hours=self._hour, minutes=self._minute,
                         seconds=self._second,
                         microseconds=self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._as_delta() + other
        days = total.days
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ordinal_to_ymd(days)
        mm, ss = divmod(total.seconds, 60)
        hh, mm = divmod(mm, 60)
        return type(self)(y, m, d, hh, mm, ss, total.microseconds,
                          self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        base = self._as_delta() - other._as_delta()
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware "
                            "datetimes")
        return base + otoff - myoff

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day,
                                 self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# --- timezone ---------------------------------------------------------------

class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be '
                            'datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        if name is None and not offset and '_utc' in globals():
            return _utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc:
            return 'datetime.timezone.utc'
        cls = _type_name(self, timezone)
        if self._name is None:
            return '%s(%r)' % (cls, self._offset)
        return '%s(%r, %r)' % (cls, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance '
                            'or None, not %s' % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        self._check_arg('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_utc = timezone(timedelta(0))
timezone.utc = _utc
UTC = _utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=_utc)


def _local_timezone(dt):
    """The local zone at naive or aware dt, as a fixed timezone."""
    if dt.tzinfo is None:
        ts = dt._local_timestamp()
    else:
        ts = int((dt - _EPOCH).total_seconds())
    tm = _time.localtime(ts)
    gm = _time.gmtime(ts)
    local = datetime(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, min(tm.tm_sec, 59))
    universal = datetime(gm.tm_year, gm.tm_mon, gm.tm_mday, gm.tm_hour,
                         gm.tm_min, min(gm.tm_sec, 59))
    name = _time.tzname[1 if tm.tm_isdst > 0 else 0]
    return timezone(local - universal, name)

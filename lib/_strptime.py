"""Parsing of date and time text by strftime-style formats, behind
datetime.datetime.strptime (C/POSIX locale names only).

Written for tierpy from the documented behaviour of CPython 3.11's
strptime: each directive becomes a regular expression group, the whole
format is matched case-insensitively, and the fields are combined with
the defaults 1900-01-01 00:00:00 (weekday, week and day-of-year
directives included).
"""

import re
import time as _time

_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december']
_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday',
         'saturday', 'sunday']

_ISO_WEEKDAY_HINT = "a weekday directive ('%A', '%a', '%w', or '%u')."


def _alternatives(words, name):
    """A named group matching any of words, longest first."""
    words = sorted([w for w in words if w], key=len, reverse=True)
    return '(?P<%s>%s)' % (name, '|'.join([re.escape(w) for w in words]))


def _zone_names():
    """(names of standard time, names of daylight time), lower case."""
    std = {'utc', 'gmt', _time.tzname[0].lower()}
    dst = {_time.tzname[1].lower()} if _time.daylight else set()
    return std, dst


def _directive_patterns():
    std, dst = _zone_names()
    return {
        'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
        'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
        'G': r'(?P<G>\d\d\d\d)',
        'j': (r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d'
              r'|0[1-9]|[1-9])'),
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
        'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
        'w': r'(?P<w>[0-6])',
        'u': r'(?P<u>[1-7])',
        'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
        'y': r'(?P<y>\d\d)',
        'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'A': _alternatives(_DAYS, 'A'),
        'a': _alternatives([d[:3] for d in _DAYS], 'a'),
        'B': _alternatives(_MONTHS, 'B'),
        'b': _alternatives([m[:3] for m in _MONTHS], 'b'),
        'p': _alternatives(['am', 'pm'], 'p'),
        'Z': _alternatives(sorted(std | dst), 'Z'),
        '%': '%',
    }


# The C locale's composite directives.
_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
               'X': '%H:%M:%S'}


def _to_regex(fmt, original, patterns):
    """The regular expression text of a format."""
    fmt = re.sub(r'([\\.^$*+?\(\){}\[\]|])', r'\\\1', fmt)
    fmt = re.sub(r'\s+', r'\\s+', fmt)
    out = []
    while '%' in fmt:
        i = fmt.index('%')
        out.append(fmt[:i])
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format '%s'" % original)
        code = fmt[i + 1]
        if code in _COMPOSITES:
            out.append(_to_regex(_COMPOSITES[code], original, patterns))
        elif code in patterns:
            out.append(patterns[code])
        else:
            bad = '%' if code == '\\' else code
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (bad, original))
        fmt = fmt[i + 2:]
    out.append(fmt)
    return ''.join(out)


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year of a %U/%W week number and a weekday (Monday 0)."""
    import datetime
    first = datetime.date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_days = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_days + 7 * (week - 1) + weekday


def _parse(data, fmt):
    """The fields of data read by fmt: (year, month, day, hour, minute,
    second, weekday, julian, tzname, gmtoff, fraction, gmtoff_fraction)."""
    import datetime
    for index, arg in enumerate([data, fmt]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index, type(arg)))
    patterns = _directive_patterns()
    regex = re.compile(_to_regex(fmt, fmt, patterns), re.IGNORECASE)
    found = regex.match(data)
    if found is None:
        raise ValueError('time data %r does not match format %r'
                         % (data, fmt))
    if len(data) != found.end():
        raise ValueError('unconverted data remains: %s'
                         % data[found.end():])
    year = iso_year = iso_week = week = weekday = julian = None
    monday_first = False
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    fields = found.groupdict()
    for key, value in fields.items():
        if value is None:
            continue
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS.index(value.lower()) + 1
        elif key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (fields.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _DAYS.index(value.lower())
        elif key == 'a':
            weekday = [d[:3] for d in _DAYS].index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week = int(value)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(value)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and "
                             + _ISO_WEEKDAY_HINT)
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None and week is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and "
                             + _ISO_WEEKDAY_HINT)
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            # Day of the ISO year's calendar year; may fall outside it.
            jan4 = datetime.date(iso_year, 1, 4).isoweekday() + 3
            julian = iso_week * 7 + weekday + 1 - jan4
            year = iso_year
            if julian < 1:
                julian += datetime.date(year, 1, 1).toordinal()
                year -= 1
                julian -= datetime.date(year, 1, 1).toordinal()
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is None:
        julian = (datetime.date(year, month, day).toordinal()
                  - datetime.date(year, 1, 1).toordinal() + 1)
    else:
        d = datetime.date.fromordinal(
            julian - 1 + datetime.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian,
            fields.get('Z'), gmtoff, fraction, gmtoff_fraction)


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _parse_offset(text):
    """(seconds, microseconds) of a %z match such as '+05:30' or 'Z'."""
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    rest = z[8:]
    micro = int(rest + '0' * (6 - len(rest)))
    if z[0] == '-':
        return -seconds, -micro
    return seconds, micro


def strptime_datetime(cls, data, fmt):
    """cls built from data read by fmt (datetime.strptime)."""
    import datetime
    for index, arg in enumerate([data, fmt]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index + 1, 'None' if arg is None
                               else type(arg).__name__))
    (year, month, day, hour, minute, second, _wd, _yd, tzname, gmtoff,
     fraction, gmtoff_fraction) = _parse(data, fmt)
    args = (year, month, day, hour, minute, second, fraction)
    if gmtoff is None:
        return cls(*args)
    delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    tz = datetime.timezone(delta, tzname) if tzname else \
        datetime.timezone(delta)
    return cls(*args, tz)

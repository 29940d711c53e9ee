"""The ISO 8601 text parsing behind datetime's fromisoformat methods.

Written for tierpy to accept and reject exactly the strings CPython
3.11's C datetime does, including its leniencies (any one character
between date and time, digits after HHMMSS read as a fraction, text
after a complete date ignored when the length fits). Every function
returns plain numbers and raises ValueError (with no message) for a
malformed string; datetime.py builds the objects and the messages.
"""

_DIGITS = '0123456789'


def _char(s, i):
    """s[i], or '\\0' past the end (the C parser reads a terminator)."""
    if 0 <= i < len(s):
        return s[i]
    return '\0'


def _digits(s, i, n):
    """(int of the n ASCII digits at s[i:], i + n); ValueError if any of
    them is not a digit."""
    if i + n > len(s):
        raise ValueError
    value = 0
    for k in range(i, i + n):
        c = s[k]
        if c not in _DIGITS:
            raise ValueError
        value = value * 10 + (ord(c) - 48)
    return value, i + n


def parse_date(s, length):
    """(year, month, day) or ('W', year, week, weekday) of the date that
    starts s, which is length characters long by the caller's reckoning."""
    year, p = _digits(s, 0, 4)
    dashed = _char(s, p) == '-'
    if dashed:
        p += 1
    if _char(s, p) == 'W':
        week, p = _digits(s, p + 1, 2)
        day = 1
        if p < length:
            if dashed:
                if _char(s, p) != '-':
                    raise ValueError
                p += 1
            day, p = _digits(s, p, 1)
        return ('W', year, week, day)
    month, p = _digits(s, p, 2)
    if dashed:
        if _char(s, p) != '-':
            raise ValueError
        p += 1
    day, p = _digits(s, p, 2)
    return (year, month, day)


def separator_index(s):
    """Where the date of a datetime string ends (the date forms are told
    apart by characters 4 and 5); -1 when no date form fits."""
    n = len(s)
    if n == 7:
        return 7
    if _char(s, 4) == '-':
        if _char(s, 5) != 'W':
            return 10
        if n < 8:
            return -1
        if n > 8 and s[8] == '-':
            if n == 9:
                return -1
            if n > 10 and s[10] in _DIGITS:
                return 8
            return 10
        return 8
    if _char(s, 4) == 'W':
        idx = 7
        while idx < n and s[idx] in _DIGITS:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _clock(s, p, end):
    """Parse HH[:MM[:SS]][.fff] or HH[MM[SS]][fff] in s[p:end].

    Returns (trailing, [hour, minute, second], microsecond) where
    trailing says whether something follows the fields."""
    vals = [0, 0, 0]
    separated = True
    for i in range(3):
        vals[i], p = _digits(s, p, 2)
        c = _char(s, p)
        p += 1
        if i == 0:
            separated = c == ':'
        if p >= end:
            return c != '\0', vals, 0
        if separated and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if not separated:
            p -= 1
        else:
            raise ValueError
    count = min(end - p, 6)
    micro, p = _digits(s, p, count)
    micro *= 10 ** (6 - count)
    while _char(s, p) in _DIGITS and _char(s, p) != '\0':
        p += 1
    return _char(s, p) != '\0', vals, micro


def parse_time(s, start):
    """(hour, minute, second, microsecond, offset) of the time in
    s[start:]; offset is None or (seconds, microseconds) east of UTC."""
    end = len(s)
    tz = start
    while True:
        if _char(s, tz) in 'Z+-':
            break
        tz += 1
        if tz >= end:
            break
    trailing, (h, m, sec), us = _clock(s, start, tz)
    if tz == end:
        if trailing:
            raise ValueError
        return h, m, sec, us, None
    if s[tz] == 'Z':
        if _char(s, tz + 1) != '\0':
            raise ValueError
        return h, m, sec, us, (0, 0)
    sign = -1 if s[tz] == '-' else 1
    try:
        trailing, (oh, om, osec), ous = _clock(s, tz + 1, end)
    except ValueError:
        trailing = True
    if trailing:
        raise ValueError
    return h, m, sec, us, (sign * (oh * 3600 + om * 60 + osec), sign * ous)

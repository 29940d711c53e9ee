# str methods on unusual inputs: empty separators, huge counts, negative widths, tabs
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: 'a'.split('')); t(lambda: 'a'.rsplit('')); t(lambda: 'abc'.replace('', '')); t(lambda: 'ab'.replace('', 'x', 1)); t(lambda: 'ab'.replace('a', 'x', -1)); t(lambda: 'ab'.replace('a', 'x', 0))
t(lambda: 'abc'.center(-5)); t(lambda: 'a'.center(4)); t(lambda: 'a'.center(5, '')); t(lambda: 'abc'.zfill(0)); t(lambda: 'a\tbc\td'.expandtabs(0)); t(lambda: 'a\tb'.expandtabs(-1))
t(lambda: 'ab\r\ncd'.expandtabs(2)); t(lambda: 'a,b,c'.split(',', -1)); t(lambda: 'a,b,c'.rsplit(',', 1)); t(lambda: 'a  b'.split(' ')); t(lambda: ' a b '.rsplit(None, 0))
t(lambda: 'aXbXc'.split('X', maxsplit=1)); t(lambda: 'abc'.split(sep=None)); t(lambda: 'x'.startswith('')); t(lambda: ''.startswith('')); t(lambda: 'abc'.startswith('b', 1)); t(lambda: 'abc'.endswith(('x', 'bc'), -2))
t(lambda: 'abc'.find('', 5)); t(lambda: 'abc'.find('', 3)); t(lambda: 'abc'.rfind('')); t(lambda: 'abc'.count('', 1, 2)); t(lambda: 'aaa'.rindex('a', -1)); t(lambda: 'abc'[::2].upper())
t(lambda: 'Hello'.ljust(10, '*').rjust(12, '-')); t(lambda: '%-5s|%5s' % ('ab', 'cd')); t(lambda: 'ǈ'.istitle()); t(lambda: 'a b'.title()); t(lambda: "o'neil mc-d".title()); t(lambda: '1a'.capitalize())
t(lambda: 'ﬃ'.upper()); t(lambda: 'ß'.swapcase()); t(lambda: 'Σσς'.lower()); t(lambda: 'ΑΣ'.lower()); t(lambda: 'İstanbul'.casefold()); t(lambda: 'x' * 0)
t(lambda: '\u00e9' == 'e\u0301'); t(lambda: len('e\u0301')); t(lambda: 'é'.isalpha()); t(lambda: '²'.isdigit()); t(lambda: '²'.isdecimal());
t(lambda: 'a\x0bb\x0cc'.split()); t(lambda: 'a\x1eb'.splitlines()); t(lambda: 'line1\u2028line2'.splitlines()); t(lambda: ' '.join(['a', 'b']).split(' ', 5))

# str repr/unicode, comparisons, iteration, concatenation and multiplication
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x7f\x80\xff', 'é', '日本', '\u200b', '\U0001f600', '\ud800' if False else 'x', '\\']:
    print(repr(s), ascii(s), len(s), str(s.encode('utf-8', 'surrogatepass'))[:40])
t(lambda: 'abc' < 'abd'); t(lambda: 'Z' < 'a'); t(lambda: 'é' > 'z'); t(lambda: sorted(['b', 'A', 'a', 'B', '_', '1'])); t(lambda: max('hello')); t(lambda: 'a' * 3 + 'b')
t(lambda: list('héllo')); t(lambda: 'abc'[-1] + 'abc'[0]); t(lambda: ''.join(reversed('abc'))); t(lambda: 'x'.join([])); t(lambda: 'ab' in 'cabd'); t(lambda: '' in 'abc')
t(lambda: str(123) + str(4.5) + str(None) + str(True) + str([1]) + str((1,)) + str({'a': 1})); t(lambda: str(b'a', 'ascii')); t(lambda: str(b'\xff', 'utf-8', 'replace'))
t(lambda: str(1, 'utf-8')); t(lambda: str(object='x')); t(lambda: str()); t(lambda: 'a'.__add__(1)); t(lambda: 'abc'.__getitem__(1)); t(lambda: 'abc'.__len__())
t(lambda: ord('€')); t(lambda: chr(128512)); t(lambda: '%s' % '€'); t(lambda: 'ÀÉÎ'.lower()); t(lambda: 'ﬁ'.upper()); t(lambda: 'İ'.lower()); t(lambda: len('İ'.lower()))
t(lambda: 'Hello World Foo'.split(maxsplit=1)); t(lambda: 'a1b22c333'.rstrip('0123456789')); t(lambda: '{:>{}}'.format('x', 4)); t(lambda: 'x'.rjust(3, '0'))
t(lambda: 'one two'.title().swapcase()); t(lambda: 'hello'[1:4:2]); t(lambda: 'mississippi'.count('ss')); t(lambda: 'mississippi'.replace('ss', 'SS', 1)); t(lambda: 'aaa'.replace('a', 'aa'))
t(lambda: 'abc'.encode().decode('utf-16', 'replace') if False else 'skip'); t(lambda: '\t a \n'.strip()); t(lambda: 'a\u3000b'.split()); t(lambda: '\x1c'.isspace()); t(lambda: 'a\x85b'.splitlines())
t(lambda: str.join(',', 'ab')); t(lambda: str.upper('q')); t(lambda: str.upper(1)); t(lambda: 'abc'.isascii()); t(lambda: 'ab\u00e9'.isascii()); t(lambda: '12'.zfill(-1))
s = 'x'
for i in range(5): s += str(i)
print(s, s * 2, 2 * s, s * 0 == '', s * True)

a = 'single' "double" '''triple
quoted''' """also
triple"""
b = r'\n raw' R"\d" u'unicode' U"x"; b2 = b'bytes' B"\x00\xff" rb'\w' bR'\s' Rb"x" BR'y' br"z"
c = '\n\t\r\\\'\"\a\b\f\v\0\7\77\101\x41\u00e9\U0001F600'
d = b'\n\t\x7f\x80\0' b"it's" b'say "hi"' b'both \' and "'
e = "it's" 'say "hi"' 'both \' and "' "\u200b\xa0\xad\u2028 é ñ 日本"
f = 'line \
continued'
g = u'kind' 'merged'
h = '\d \w unknown escapes kept'
i = "\ud800 lone surrogate" '\x00\x1f\x7f'
j = """a 'quote' and "double" inside"""
k = ''
l = b''

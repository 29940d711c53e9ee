# Pins a 100 MB string: built, searched, sliced, joined and freed.
s = 'a' * (100 * 2**20)
print(len(s), s[-3:], s.count('b'))
t = s + 'b'
print(len(t), t.find('b'), t.endswith('ab'))
u = t.replace('b', 'cd')
print(len(u), u[-3:])
del s, t, u
b = b'x' * (100 * 2**20)
print(len(b), b[:2])

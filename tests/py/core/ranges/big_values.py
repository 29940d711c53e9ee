# Ranges whose values or length pass a machine word iterate with ints (CPython's
# longrangeiter): no wrap-around at 2**63, reversed, indexing and slicing.
M = 2**63
print(list(range(M-2, M+1)))
print(list(range(-M+1, -M-2, -1)))
print(len(range(0, 2**64, 2**62)), list(range(0, 2**64, 2**62)))
for i in range(M-1, M+2): print(i)
print(sum(range(2**62, 2**62+5)), list(range(2**64, 2**64+3)), list(reversed(range(M-2, M+1))))
print(list(reversed(range(2**64, 2**64+3))), list(reversed(range(0, 2**64, 2**62))))
r = range(M-2, M+1)
print(r[2], r[-1], r[1:], r[::-1], list(r[::-1]), (M in r), r.index(M), r.count(M))
it = iter(range(2**65, 2**65 + 10, 3)); print(next(it), it.__length_hint__(), list(it))
print(list(range(5, -M-5, -M)), list(reversed(range(-M, M, M))))
print(list(zip(range(M-1, M+2), "abc")), [x for x in range(M, M+2)])

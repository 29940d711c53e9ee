# Pins indexing and slicing ranges whose bounds, indices or steps exceed a machine word, and their errors.
big = range(10 ** 20)
print(big[-1], big[0], big[10 ** 19], big[::2][3], big[::-1][0], big[10 ** 19:], big[-5:], big[:-10 ** 19:7], big[5:2], big[::-3][2])
r = range(-10 ** 25, 10 ** 25, 10 ** 22)
print(r[0], r[-1], r[1000], r[999:], r[::-1], r[-2000:-1999], len(r[::500]), r[::500][-1])
print(range(5)[10 ** 20:], range(5)[-10 ** 20:], range(3)[::-(10 ** 20)])
for e in ["big[10 ** 20]", "range(5)[10 ** 20]", "range(5)[-10 ** 20]", "big[::0]", "big['a']", "range(10**30)[-10**30 - 1]"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)

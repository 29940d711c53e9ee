# A loop of word-int arithmetic and comparisons in a function's registers.
def work(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 3 - (i >> 1)) % 1000003
        i += 1
    return total
print(work(2_000_000))

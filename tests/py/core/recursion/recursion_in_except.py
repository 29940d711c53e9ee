# Pins RecursionError caught deep inside, then recursion resumes normally after unwinding.
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
d = probe(0)
print(d > 100)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2**64, 6**20))

# Pins a pidigits-style spigot on big ints (Gibbons' unbounded algorithm) plus big-int arithmetic: powers, divmod, gcd, bit ops, str/int conversions.
import math


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


digits = pi_digits(300)
s = ''.join(map(str, digits))
for i in range(0, 300, 60):
    print(s[i:i + 60])


def e_digits(n):
    # e = sum 1/k!, scaled by 10**(n+10)
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]


print(e_digits(80))
f = math.factorial(60)
print(f, f.bit_length(), len(str(f)), f % 1000003, -f // 7 % 11)
a = 3 ** 200
b = 2 ** 300 + 12345
print(a * b % (10 ** 20), divmod(a, b - 1)[1] % 99991, math.gcd(a * 7, 21 * 3 ** 50), a.bit_count() if hasattr(a, 'bit_count') else 0)
print(pow(7, 10 ** 20, 10 ** 9 + 7), pow(3, -1, 11), (1 << 200) >> 195, (-1 << 100) >> 98, ~(2 ** 70))
print(hex(2 ** 100 - 1), oct(3 ** 40), bin(5 ** 20)[:20], int('1' * 50) % 97, int('ff' * 20, 16) & 0xFFFF)
print((2 ** 100) ^ (2 ** 99 + 1), (2 ** 80 - 1) | (1 << 90), -(2 ** 65) & 0xFFFFFFFF, abs(-10 ** 30), 10 ** 30 // -7)
print(math.isqrt(10 ** 40 + 12345), math.comb(100, 50), math.perm(20, 10), round(2 ** 80 / 3), int(1e25))
print(sum(int(c) for c in str(2 ** 1000)), str(10 ** 50 - 1).count('9'), (10 ** 18 + 1) * (10 ** 18 - 1) == 10 ** 36 - 1)
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300], fib[300] % fib[150], fib[300] // fib[299])
print(f"{2 ** 64:,} {2 ** 64:_x} {3 ** 30:>30} {-(7 ** 25):e}")

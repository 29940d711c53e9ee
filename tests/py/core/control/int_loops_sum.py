# Pins integer arithmetic inside tight loops (sum of squares, gcd by hand, digit sums).
total = 0
for i in range(1, 101):
    total += i * i
print(total)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
n = 2 ** 100
s = 0
while n:
    s += n % 10
    n //= 10
print(s)
fizz = []
for i in range(1, 16):
    fizz.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(fizz))

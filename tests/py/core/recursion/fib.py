# Pins plain recursion: naive fib, memoised fib with a dict, and big results.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
memo = {}
def mfib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = mfib(n - 1) + mfib(n - 2)
    return memo[n]
print(mfib(90), mfib(300))

# Pins mutual recursion between functions defined at module level and nested.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(99))
def outer(n):
    def ping(k):
        return ["ping"] + pong(k - 1) if k > 0 else []
    def pong(k):
        return ["pong"] + ping(k - 1) if k > 0 else []
    return ping(n)
print(outer(5))

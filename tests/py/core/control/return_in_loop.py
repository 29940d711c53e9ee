# Pins return from inside nested loops and while True, and implicit None return.
def first_even(nums):
    for n in nums:
        while True:
            if n % 2 == 0:
                return n
            break
def nothing():
    pass
def early(x):
    if x:
        return
    return "late"
print(first_even([1, 3, 8, 10]), first_even([1, 3]))
print(nothing(), early(1), early(0))
def loop_forever():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i
print(loop_forever())

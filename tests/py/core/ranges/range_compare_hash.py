# Pins range equality by sequence (not by start/stop/step), hashing, and use as dict keys.
print(range(0) == range(2, 2), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 99), range(3) == [0, 1, 2])
print(hash(range(0, 5, 2)) == hash(range(0, 6, 2)), {range(3): "r"}[range(0, 3)], range(3) != range(4))
print(list(range(-10, -20, -3)), range(-3, 3)[::-1], range(5)[-2:], range(1, 100, 10)[2:4])

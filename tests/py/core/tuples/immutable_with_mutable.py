# Pins that a tuple containing a list allows mutating the list, and t[i] += x raises but still mutates.
t = ([1], 2)
t[0].append(9)
print(t)
try:
    t[0] += [10]
except TypeError as e:
    print(e)
print(t)

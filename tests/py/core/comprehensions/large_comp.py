# Pins comprehensions over larger ranges (10**5 elements) for correctness of length and aggregate.
big = [i * 2 for i in range(100000)]
print(len(big), big[-1], sum(big))
sq = {i: i * i for i in range(1000)}
print(len(sq), sq[999])
s = {i % 1000 for i in range(100000)}
print(len(s), min(s), max(s))

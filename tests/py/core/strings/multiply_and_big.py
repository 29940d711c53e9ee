# Pins building large strings by repetition and join, and their length/count/slicing.
s = "ab" * 50000
print(len(s), s.count("ab"), s[-3:], s[99997:100003])
t = "".join(str(i % 10) for i in range(100000))
print(len(t), t[:12], t.count("9"), t.find("999"), t.rfind("0123"))
print(len("x" * 0), len(" ".join(["w"] * 1000)))

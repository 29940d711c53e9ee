# Regression: a bytearray's destroy hook freed its buffer but not the object (leaked 1 per bytearray).
b = bytearray(b"abc")
b += b"def"
print(len(b), bytes(b), len(bytearray(4)))

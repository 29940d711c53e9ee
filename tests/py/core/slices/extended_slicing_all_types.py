# Pins the same extended slice applied to list, tuple, str, bytes, bytearray and range.
sl = slice(-1, 1, -2)
for seq in ([0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), "012345", b"012345", bytearray(b"012345"), range(6)):
    print(type(seq).__name__, seq[sl], seq[::-1][:2], seq[1:-1:3])

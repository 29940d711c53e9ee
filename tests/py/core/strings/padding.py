# Pins center/ljust/rjust/zfill with fill chars, odd padding split, widths smaller than the string.
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("x".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("long".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "1234".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)

# Pins string.capwords with default and explicit separators.
import string
print(string.capwords('  hello   wORLD  '), string.capwords('a-b c-d', '-'), repr(string.capwords('')))
print(string.capwords("they're bill's friends"))

# Pins the string module's constants.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation), len(string.printable))
print(string.ascii_lowercase.upper() == string.ascii_uppercase)

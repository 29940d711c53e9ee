# string.Formatter formats like str.format and can be subclassed
import string
print(string.Formatter().format('{0}-{k}', 1, k=2))

# Pins an uncaught SyntaxError from an imported module: the import chain and the error's location.
print("before")
import _mid

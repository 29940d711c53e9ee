# Pins an uncaught exception raised in an imported module's code: frames through the import.
import _boom
_boom.go()

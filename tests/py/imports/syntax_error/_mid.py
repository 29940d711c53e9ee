x = 1
import _bad

# enum.Flag members combined with | and tested with in
import enum
class Fl(enum.Flag):
    R = enum.auto()
    W = enum.auto()
print(Fl.R | Fl.W, Fl.R in (Fl.R | Fl.W), Fl.R.value, Fl.W.value)

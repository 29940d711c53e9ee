from _cx import value

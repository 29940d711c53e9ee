import _cy
value = 1

# Pins markers when the failing call is an argument of another call.
def parse(s):
    return int(s)
print(max(parse("1"), parse("2"), parse("three")))

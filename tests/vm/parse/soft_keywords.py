match = 3
match.x = 1
match(x)
match[0] = 1
match, case = 1, 2
case = match
_ = case
match = {case: _}
print(match, case, _)
def match(case, _): return match
class case: match = _
match -x
match * y
match: int = 1
[match for match in case]

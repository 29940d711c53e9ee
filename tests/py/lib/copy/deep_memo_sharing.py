# Pins deepcopy preserving aliasing inside dict values and across two deepcopies sharing a memo.
import copy
shared = {'k': 1}
obj = {'a': shared, 'b': [shared, shared]}
c = copy.deepcopy(obj)
print(c['a'] is c['b'][0] is c['b'][1], c['a'] is shared, c == obj)
memo = {}
x = copy.deepcopy(shared, memo); y = copy.deepcopy([shared], memo)
print(y[0] is x)

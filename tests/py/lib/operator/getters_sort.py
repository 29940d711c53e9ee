# Pins multi-key sorting with itemgetter and attrgetter.
from operator import itemgetter, attrgetter
data = [{'n': 'b', 'a': 3}, {'n': 'a', 'a': 3}, {'n': 'c', 'a': 1}]
print([d['n'] for d in sorted(data, key=itemgetter('a', 'n'))])
class E:
    def __init__(self, name, dept, pay): self.name, self.dept, self.pay = name, dept, pay
    def __repr__(self): return self.name
es = [E('x', 'ops', 5), E('y', 'dev', 7), E('z', 'dev', 5)]
print(sorted(es, key=attrgetter('dept', 'pay')), max(es, key=attrgetter('pay')))
print(list(map(itemgetter(slice(1, None)), ['abc', 'de'])), itemgetter(-1)([1, 2]))

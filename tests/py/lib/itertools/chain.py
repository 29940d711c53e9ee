# Pins chain and chain.from_iterable, including lazy outer iteration.
from itertools import chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['xy', 'z'])))
def gen():
    print('first'); yield [1]
    print('second'); yield [2]
it = chain.from_iterable(gen())
print(next(it)); print(next(it))

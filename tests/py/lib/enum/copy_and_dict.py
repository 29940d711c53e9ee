# Pins Enum members as dict keys, in sets, and surviving copy and deepcopy.
import copy
from enum import Enum
class Suit(Enum):
    CLUBS = 'c'
    HEARTS = 'h'
counts = {}
for s in [Suit.CLUBS, Suit.HEARTS, Suit.CLUBS]:
    counts[s] = counts.get(s, 0) + 1
print(counts, len({Suit.CLUBS, Suit('c')}))
print(copy.copy(Suit.HEARTS) is Suit.HEARTS, copy.deepcopy([Suit.CLUBS])[0] is Suit.CLUBS)
print(sorted(Suit, key=lambda s: s.value), [s.name for s in Suit])

# Pins namedtuple field properties, __match_args__, read-only fields and a deck of cards.
from collections import namedtuple
Card = namedtuple('Card', 'rank suit')
c = Card('Q', 'hearts')
print(Card.__match_args__, Card.rank.__doc__)
rank, suit = c
print(rank, 'of', suit)
try:
    c.rank = 'K'
except AttributeError:
    print('AttributeError')
deck = [Card(r, s) for s in ('spades', 'hearts') for r in 'AKQ']
print(deck[1], sorted(deck)[0], len(deck), Card._make(['2', 'clubs'])._asdict())

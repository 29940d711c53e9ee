# Pins grouping anagrams and checking them with Counter equality.
from collections import Counter, defaultdict
words = ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac', 'dog']
groups = defaultdict(list)
for w in words:
    groups[''.join(sorted(w))].append(w)
print(sorted(sorted(g) for g in groups.values()))
print(Counter('listen') == Counter('silent'), Counter('cat') == Counter('cut'))
print((Counter('aabbbc') - Counter('abc')).most_common())

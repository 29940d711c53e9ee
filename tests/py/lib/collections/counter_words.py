# Pins a word-frequency count with Counter and sorted ties.
from collections import Counter
text = """the quick brown fox jumps over the lazy dog the fox"""
words = Counter(text.split())
for w, n in words.most_common(3):
    print(w, n)
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(sum(words.values()), len(words))

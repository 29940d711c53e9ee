# examples/hello.py: a first program for tierpy. Run it with
#   ./x run examples/hello.py
# and add -X memstats to see what each memory tier did:
#   build/tierpy -X memstats examples/hello.py
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def word_counts(text):
    counts = {}
    for word in text.split():
        word = word.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


print(f"Hello from tierpy, running Python {sys.version_info[0]}.{sys.version_info[1]} programs")
print("fib(20) =", fib(20))
print("2 ** 100 =", 2 ** 100)
print("0.1 + 0.2 =", 0.1 + 0.2)
text = "the quick brown fox jumps over the lazy dog. The dog sleeps."
for word, n in word_counts(text)[:3]:
    print(f"{word:>6} {n}")
try:
    {}["missing"]
except KeyError as e:
    print("caught KeyError:", e)

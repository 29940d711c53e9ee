# difflib: SequenceMatcher blocks, opcodes and ratios; ndiff guides; unified and context diffs; close matches
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["one\n", "tree\n", "four\n", "fives\n", "six\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "with", "wheat", "wheels"], n=2, cutoff=0.5))
long_a = ["line %d\n" % i for i in range(300)]
long_b = long_a[:100] + ["changed\n"] + long_a[101:250] + long_a[260:]
print(list(difflib.unified_diff(long_a, long_b, n=1)))
print(list(difflib.ndiff(["abcdefgh\n"], ["abXdefgh\n"])))

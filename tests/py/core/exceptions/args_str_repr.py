# Pins exception args/str/repr for zero, one and several args, and non-str args.
for e in (Exception(), Exception("one"), Exception("a", "b"), Exception(42), Exception(None),
          ValueError([1, 2]), KeyError("k"), KeyError(), KeyError("a", "b"), OSError(2, "No such file"),
          IndexError(""), StopIteration(5), SystemExit(3), UnicodeError("u")):
    print(repr(e), "|", str(e), "|", e.args)
print(repr(KeyError("it's")), str(KeyError("it's")), str(KeyError(1)))

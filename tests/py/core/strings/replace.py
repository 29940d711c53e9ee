# Pins replace: count argument, empty old string (inserts between chars), no-match identity of content.
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "a"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "abab".replace("ab", "ba", -1))
print("one two".replace(" ", "  ", 0), "ééé".replace("é", "e"))

# Pins upper/lower/title/capitalize/swapcase/casefold including non-ASCII and apostrophes.
s = "hello wORLD it's 3rd-place"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("straße".upper(), "ΣΑΣ".lower(), "éCOLE".capitalize(), "ǆ".title(), "Straße".casefold())
print("İ".lower() == "i̇", len("İ".lower()), "ﬁ".upper())
print("123abc".capitalize(), "".title(), "a1b2".title(), "ABC".swapcase())

# Pins str repr: quote choice, escapes for control chars, non-printable and printable non-ASCII.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x07\x1b\x7f",
          "\\back", "é ü 日本", "\u200b", "\U0001F600", "\udcff", "\x85\xa0\xad", "\r"]:
    print(repr(s))
print(ascii("héllo 日本 \U0001F600"), str("x"), repr(repr("a")))

# Pins unicodedata over utf8proc: category, bidirectional, combining, mirrored, decimal digits, the four normalization forms and is_normalized, accent stripping, and argument errors.
import unicodedata as ud
chars = "aZ5 \t.é\u0301中😀\u200b\u05d0\u0663\uff11([)\u00bd\u2163"
print([ud.category(c) for c in chars])
print([ud.bidirectional(c) for c in chars])
print([ud.combining(c) for c in chars], [ud.mirrored(c) for c in chars])
print([ud.decimal(c, None) for c in chars], ud.digit("7"), ud.numeric("\u0669"), ud.decimal("\U0001D7D9"))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = ud.normalize(form, "Ame\u0301lie ﬁ ① Å Å ẛ̣ \ufb01")
    print(form, ascii(s), len(s), ud.is_normalized(form, s), ud.is_normalized(form, "e\u0301"))
print(ud.normalize("NFKD", "Crème brûlée").encode("ascii", "ignore"), ud.normalize("NFC", ""), ud.normalize("NFD", "\uac00"))
print("".join(c for c in ud.normalize("NFD", "Ĺúçïå") if ud.category(c) != "Mn"))
for bad in (lambda: ud.category("ab"), lambda: ud.category(5), lambda: ud.normalize("NFX", "a"), lambda: ud.normalize("NFC", 5), lambda: ud.decimal("x"), lambda: ud.numeric("a"), lambda: ud.digit("b")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

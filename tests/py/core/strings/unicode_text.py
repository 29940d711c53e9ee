# Pins len/indexing/ord/chr/upper on non-ASCII text: code points, not bytes.
s = "Grüße, 世界! 🐍"
print(s, len(s), s[2], s[7:9], s[-1], ord(s[-1]), s.upper(), s.encode("utf-8"))
print([ord(c) for c in "aé€😀"], chr(233), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff")
print(s[::-1], "日本" * 2, "世" in s, s.find("界"), "ü".encode("utf-16-le"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(e)

# textwrap: wrap, fill with indents, long words, hyphens, shorten, max_lines, dedent, indent
import textwrap

text = ("The memory tiers of tierpy are layered: the page source, the malloc wrapper, "
        "the pool allocator for small objects and the typed object allocators, with a "
        "well-known design borrowed from CPython's obmalloc and a self-describing API.")
for width in (20, 35, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a well-known long-term self-describing state-of-the-art thing", 12))
print(textwrap.wrap("a well-known long-term thing", 12, break_on_hyphens=False))
print(textwrap.shorten("Hello  world!   This is   long", width=12))
print(textwrap.shorten(text, 50, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.fill("tab\there and\nnewline", 12))
print(repr(textwrap.dedent("""
    def f():
        return 1
      # comment
    """)))
print(repr(textwrap.dedent("  a\n\t  b\n")), repr(textwrap.dedent("no indent\n  x")))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("a\nb", "+", lambda line: line.startswith("b")))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("One sentence. Two sentences! Three?"))

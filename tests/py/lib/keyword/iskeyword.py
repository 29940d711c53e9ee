# Pins keyword.iskeyword/issoftkeyword and the keyword lists.
import keyword
print([w for w in ['if', 'match', 'True', 'print', 'async', '_', 'case', 'yield'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', '_', 'case'] if keyword.issoftkeyword(w)])
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)

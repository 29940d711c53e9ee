# str.isnumeric() of CJK ideographs that Unihan gives a numeric value
print([c.isnumeric() for c in '一二三十百千万億兆零'], '三'.isdigit(), '三'.isdecimal())

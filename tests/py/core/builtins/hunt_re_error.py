# re.error messages for malformed patterns match CPython's sre wording
import re
for pat in ['(', 'a)', '[a', '*a', 'a{2,1}']:
    try: re.compile(pat)
    except re.error as e: print(repr(pat), e)

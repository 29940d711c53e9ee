# Pins printing of an exception message containing newlines and non-ASCII text.
raise ValueError("first line\nsecond line — ünïcode ✓")

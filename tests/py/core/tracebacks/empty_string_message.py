# Pins how an exception with an empty-string message is printed.
raise ValueError("")

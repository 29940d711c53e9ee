# Pins a one-line -c program with semicolons (source given inline in NAME.args).

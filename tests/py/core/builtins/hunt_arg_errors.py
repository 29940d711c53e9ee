# assorted builtin method error messages and conversions
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: [].append()); t(lambda: [].append(1, 2)); t(lambda: {}.get(1, 2, 3)); t(lambda: 'a'.upper(1)); t(lambda: (1).bit_length(2)); t(lambda: len())
t(lambda: len(1, 2)); t(lambda: int(1, 2, 3)); t(lambda: str(1, 2, 3, 4)); t(lambda: list(1, 2)); t(lambda: dict(1, 2)); t(lambda: set(1, 2)); t(lambda: tuple(1, 2))
t(lambda: 'abc'.split(',', 'x')); t(lambda: 'a'.join()); t(lambda: 'a'.replace('a')); t(lambda: [].insert(1)); t(lambda: [].sort(key=1, reverse='x'))
t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range('a')); t(lambda: range(1.5)); t(lambda: enumerate()); t(lambda: zip(1, 2)); t(lambda: isinstance(1))
t(lambda: isinstance(1, 1)); t(lambda: issubclass(int, 1)); t(lambda: getattr()); t(lambda: setattr(1)); t(lambda: hasattr(1, 2)); t(lambda: chr('a')); t(lambda: ord(1))
t(lambda: abs()); t(lambda: round()); t(lambda: divmod(1)); t(lambda: pow(1)); t(lambda: sum()); t(lambda: sum(1)); t(lambda: sum(['a'], 'b')); t(lambda: min(1, 2, 3, key=5))
t(lambda: sorted()); t(lambda: reversed()); t(lambda: iter()); t(lambda: next()); t(lambda: hex('a')); t(lambda: bin(1.0)); t(lambda: oct([]))
t(lambda: int('12', base='a')); t(lambda: float('1', 2)); t(lambda: bool(1, 2)); t(lambda: complex(1, 2, 3)); t(lambda: bytes(1, 2)); t(lambda: object(1))
t(lambda: {}.pop(1, 2, 3)); t(lambda: {}.setdefault()); t(lambda: {}.update({}, {})); t(lambda: set().add()); t(lambda: [].index(1, 'a')); t(lambda: 'a'.count('a', 'b'))
t(lambda: [].count()); t(lambda: ().index()); t(lambda: [].extend()); t(lambda: [].remove()); t(lambda: {}.fromkeys()); t(lambda: frozenset(1, 2))

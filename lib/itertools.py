"""itertools: iterator building blocks (tierpy's bundled module).

Written from the Python documentation. Functions that check or consume
their arguments when called (product, permutations, ...) do so eagerly,
as CPython's do, and return a generator over the prepared state."""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


# ---- infinite iterators -----------------------------------------------------------------

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, self._step)


def _is_number(v):
    try:
        v + 0
    except TypeError:
        return False
    return not isinstance(v, (str, bytes))


def cycle(iterable):
    "cycle(p): p0, p1, ... plast, p0, p1, ..."
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    """repeat(object[, times]): object, object, ... endlessly or times times."""
    __slots__ = ('_obj', '_left')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            times = max(times, 0)
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


# ---- iterators terminating on the shortest input ----------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    "accumulate([1,2,3,4,5]) -> 1 3 6 10 15"
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    "chain('ABC', 'DEF') -> A B C D E F"
    return _chain(iterables)

def _chain(iterables):
    for it in iterables:
        yield from it

def _from_iterable(iterables):
    "chain.from_iterable(['ABC', 'DEF']) -> A B C D E F"
    return _chain_lazy(iter(iterables))

def _chain_lazy(iterables):
    for it in iterables:
        yield from it

chain.from_iterable = _from_iterable


def compress(data, selectors):
    "compress('ABCDEF', [1,0,1,0,1,1]) -> A C E F"
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    "dropwhile(lambda x: x<5, [1,4,6,4,1]) -> 6 4 1"
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    "takewhile(lambda x: x<5, [1,4,6,4,1]) -> 1 4"
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    "filterfalse(lambda x: x%2, range(10)) -> 0 2 4 6 8"
    return _filterfalse(predicate, iter(iterable))

def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for runs of items
    with equal keys; a group is valid until the next pair is taken."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is not self._marker and self._currkey == self._tgtkey:
            self._step()
        if self._currkey is self._marker:
            self._step()
        self._tgtkey = self._currkey
        return self._currkey, self._grouper(self._tgtkey, self._id)

    def _step(self):
        try:
            self._currvalue = next(self._it)
        except StopIteration:
            self._currkey = self._marker
            raise
        self._currkey = self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._step()
            except StopIteration:
                return


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    like seq[start:stop:step] over any iterable."""
    if not 1 <= len(args) <= 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1)
                        if args else 'islice expected at least 2 arguments, got 1')
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    stop = _islice_arg(stop, 'Stop argument for islice() must be None or an integer: '
                       '0 <= x <= sys.maxsize.')
    start = _islice_arg(start, 'Indices for islice() must be None or an integer: '
                        '0 <= x <= sys.maxsize.')
    if step is not None:
        step = _islice_arg(step, 'Step for islice() must be a positive integer or None.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start or 0, stop, step or 1)

def _islice_arg(value, message):
    if value is None:
        return None
    try:
        value = value.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if value < 0:
        raise ValueError(message)
    return value

def _islice(it, nexti, stop, step):
    # Consumes exactly what CPython's islice does: up to each wanted
    # index, and never past stop.
    cnt = 0
    while True:
        try:
            while cnt < nexti:
                next(it)
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            item = next(it)
        except StopIteration:
            return
        yield item
        cnt += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop


def starmap(function, iterable):
    "starmap(pow, [(2,5), (3,2), (10,3)]) -> 32 9 1000"
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        # Bound to a name first: tierpy's `yield f(*args)` drops a reference
        # too many when the generator is drained by list() (a VM bug).
        value = function(*args)
        yield value


def tee(iterable, n=2):
    "tee(it, n=2): n independent iterators over one iterable."
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    # An iterator that can copy itself (a tee iterator) is the first result.
    first = it if hasattr(it, '__copy__') else _Tee(it, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(result[-1].__copy__())
    return tuple(result)


class _Tee:
    """One of tee()'s iterators: they share a linked list of cells
    [value, next-cell] that grows as the most advanced one reads."""
    __slots__ = ('_it', '_cell')

    def __init__(self, it, cell):
        self._it = it
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            value = next(self._it)
            cell[0] = value
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _Tee(self._it, self._cell)


def zip_longest(*iterables, fillvalue=None):
    "zip_longest('ABCD', 'xy', fillvalue='-') -> Ax By C- D-"
    return _zip_longest([iter(it) for it in iterables], fillvalue)

def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    "pairwise('ABCDEFG') -> AB BC CD DE EF FG"
    return _pairwise(iter(iterable))

def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


# ---- combinatoric iterators ---------------------------------------------------------------

def product(*iterables, repeat=1):
    "product('ab', range(2)) -> ('a',0) ('a',1) ('b',0) ('b',1)"
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)

def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    "permutations(range(3), 2) -> (0,1) (0,2) (1,0) (1,2) (2,0) (2,1)"
    pool = tuple(iterable)
    return _permutations(pool, _check_r(r, len(pool)))

def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    "combinations('ABCD', 2) -> AB AC AD BC BD CD"
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r, len(pool)))

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    "combinations_with_replacement('ABC', 2) -> AA AB AC BB BC CC"
    pool = tuple(iterable)
    return _combinations_wr(pool, _check_r(r, len(pool)))

def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

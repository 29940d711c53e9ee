"""collections: container types beyond the builtins (tierpy's bundled module).

deque, namedtuple, OrderedDict, defaultdict and Counter, written from the
Python documentation. The deque is a ring buffer held in a list."""

import sys as _sys
from operator import itemgetter as _itemgetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


def _recursive_repr(fillvalue):
    """A decorator for __repr__ that returns @fillvalue when the object is
    already being printed further up the call chain."""
    def decorate(user_repr):
        active = set()

        def wrapper(self):
            key = id(self)
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_repr(self)
            finally:
                active.discard(key)
        wrapper.__name__ = user_repr.__name__
        wrapper.__qualname__ = getattr(user_repr, '__qualname__', user_repr.__name__)
        wrapper.__doc__ = user_repr.__doc__
        return wrapper
    return decorate


# ---- deque ----------------------------------------------------------------------------

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue with O(1) appends
    and pops at both ends; with maxlen, adding to a full deque drops an item
    from the other end."""
    __class_getitem__ = classmethod(type(list[int]))   # PEP 585: Cls[int]
    __slots__ = ('_buf', '_head', '_size', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    # The ring: item i lives at _buf[(_head + i) % len(_buf)].

    def _grow(self):
        buf, cap, head = self._buf, len(self._buf), self._head
        self._buf = buf[head:] + buf[:head] + [None] * cap
        self._head = 0

    def _slot(self, index):
        n = self._size
        if not isinstance(index, int):
            if hasattr(index, '__index__'):
                index = index.__index__()
            else:
                raise TypeError('sequence index must be integer, not %r' % type(index).__name__)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return (self._head + index) % len(self._buf)

    @property
    def maxlen(self):
        "maximum size of a deque or None if unbounded"
        return self._maxlen

    def append(self, x):
        "Add an element to the right side of the deque."
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        if self._size == len(self._buf):
            self._grow()
        self._buf[(self._head + self._size) % len(self._buf)] = x
        self._size += 1

    def appendleft(self, x):
        "Add an element to the left side of the deque."
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop()
        if self._size == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1

    def _pop(self):
        self._size -= 1
        i = (self._head + self._size) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def _popleft(self):
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._size -= 1
        return x

    def pop(self):
        "Remove and return the rightmost element."
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop()

    def popleft(self):
        "Remove and return the leftmost element."
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        "Extend the right side of the deque with elements from the iterable."
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        "Extend the left side of the deque with elements from the iterable."
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        "Remove all elements from the deque."
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._size = 0

    def copy(self):
        "Return a shallow copy of a deque."
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        "Return number of occurrences of value."
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=_sys.maxsize):
        "Return first index of value; raises ValueError if it is not present."
        n = self._size
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            y = self[i]
            if y is x or y == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        "Insert value before index."
        n = self._size
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if i < 0:
            i = max(i + n, 0)
        if i >= n:
            self.append(x)
            return
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def remove(self, x):
        "Remove first occurrence of value."
        for i in range(self._size):
            y = self[i]
            if y is x or y == x:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (x,))

    def reverse(self):
        "Reverse *IN PLACE*."
        items = list(self)
        items.reverse()
        self._state += 1
        for i, x in enumerate(items):
            self._buf[(self._head + i) % len(self._buf)] = x

    def rotate(self, n=1):
        "Rotate the deque n steps to the right (default n=1); negative n rotates left."
        size = self._size
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        if self._size == len(self._buf):
            # A full ring rotates by moving the head alone.
            self._head = (self._head - n) % len(self._buf)
            return
        for _ in range(n if n <= size // 2 else size - n):
            if n <= size // 2:
                self.appendleft(self._pop())
            else:
                self.append(self._popleft())

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        return self._buf[self._slot(index)]

    def __setitem__(self, index, value):
        self._buf[self._slot(index)] = value

    def __delitem__(self, index):
        self._slot(index)
        n = self._size
        if index < 0:
            index += n
        self.rotate(-index)
        self.popleft()
        self.rotate(index)

    def __contains__(self, x):
        state = self._state
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __iter__(self):
        state = self._state
        buf, head = self._buf, self._head
        for i in range(self._size):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) % len(buf)]
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        buf, head = self._buf, self._head
        for i in range(self._size - 1, -1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) % len(buf)]

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, list(self))
        return '%s(%r, maxlen=%d)' % (name, list(self), self._maxlen)

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(n, '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        items = list(self)
        if n <= 0:
            self.clear()
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)


# ---- defaultdict ----------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that calls
    default_factory() to supply a value for a missing key."""
    __class_getitem__ = classmethod(type(list[int]))   # PEP 585: Cls[int]

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    @_recursive_repr('...')
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        factory = 'None' if self.default_factory is None else self._factory_repr()
        return '%s(%s, %s)' % (type(self).__name__, factory, repr(dict(self)))

    def copy(self):
        "D.copy() -> a shallow copy of D."
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ---- OrderedDict ----------------------------------------------------------------------

class OrderedDict(dict):
    """A dict that can reorder its keys (move_to_end, popitem from either
    end) and whose equality with another OrderedDict is order-sensitive."""
    __class_getitem__ = classmethod(type(list[int]))   # PEP 585: Cls[int]

    def __init__(self, other=(), /, **kwargs):
        dict.__init__(self)
        self.update(other, **kwargs)

    def update(self, other=(), /, **kwargs):
        "Update from a mapping or an iterable of pairs, then from keywords."
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        "Move an existing key to either end of the ordered dictionary."
        value = dict.pop(self, key)
        if last:
            dict.update(self, ((key, value),))
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.update(self, ((key, value),))
        dict.update(self, rest)

    def popitem(self, last=True):
        "Remove and return a (key, value) pair, LIFO if last is true, else FIFO."
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self.keys())) if last else next(iter(self.keys()))
        return key, dict.pop(self, key)

    def setdefault(self, key, default=None):
        "Insert key with a value of default if key is not in the dictionary."
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        "od.copy() -> a shallow copy of od"
        return type(self)(self)

    __copy__ = copy

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict):
            return _dict_eq(self, other) and list(self) == list(other)
        return _dict_eq(self, other)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def __reversed__(self):
        return reversed(list(self.keys()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        "Create a new ordered dictionary with keys from iterable and values set to value."
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


_MISSING = object()


def _dict_eq(a, b):
    "dict equality of two dicts, without their classes' __getitem__."
    if len(a) != len(b):
        return False
    for key, value in dict.items(a):
        other = dict.get(b, key, _MISSING)
        if other is _MISSING or not (other is value or other == value):
            return False
    return True


# ---- Counter --------------------------------------------------------------------------

class Counter(dict):
    """A dict subclass counting hashable items: Counter('abca') ->
    Counter({'a': 2, 'b': 1, 'c': 1}). Missing items count zero."""
    __class_getitem__ = classmethod(type(list[int]))   # PEP 585: Cls[int]

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        "Sum of the counts."
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common
        first (all of them when n is None); equal counts keep insertion order."""
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        "Iterator over elements repeating each as many times as its count."
        return _chain_counts(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        "Like dict.update() but add counts instead of replacing them."
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = self[elem] + iterable[elem]
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self[elem] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        "Like update() but subtract counts; counts may go to zero or below."
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self[elem] - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self[elem] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        "Return a shallow copy."
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        "Like dict.__delitem__() but does not raise KeyError for missing values."
        if elem in self:
            dict.pop(self, elem)

    # Defining __delitem__ takes over the item-assignment slot as well, and
    # tierpy's dict has no __setitem__ wrapper to fall back on yet.
    def __setitem__(self, elem, count):
        dict.update(self, ((elem, count),))

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            body = ', '.join('%r: %r' % pair for pair in self.most_common())
            return '%s({%s})' % (type(self).__name__, body)
        except TypeError:
            return '%s(%s)' % (type(self).__name__, repr(dict(self)))

    # Comparisons treat missing elements as zero counts.
    def _all(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic keeps only positive counts.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        "Adds an empty counter, effectively stripping negative and zero counts"
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        "Subtracts from an empty counter; keeps the negated negative counts."
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _chain_counts(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


# ---- namedtuple -----------------------------------------------------------------------

def _check_names(typename, field_names, rename):
    # Imported here, not at the top: a program's own keyword.py (its
    # directory comes first on sys.path) must not break collections.
    from keyword import iskeyword as _iskeyword
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    return typename, tuple(field_names)


def _field_property(index, name):
    def get(self):
        return self[index]
    return property(get, doc='Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass named typename whose items are also
    reachable as attributes named by field_names."""
    typename, fields = _check_names(typename, field_names, rename)
    nfields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults or ())))))
    field_defaults = {name: field_defaults[name] for name in fields if name in field_defaults}

    def __new__(cls, *args, **kwargs):
        values = _bind(typename, fields, field_defaults, args, kwargs)
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(values)))
        return tuple.__new__(cls, values)

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, self[i]) for i, name in enumerate(fields)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return tuple.__new__(type(self), values)

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(
            '%s=%r' % (name, self[i]) for i, name in enumerate(fields)) + ')'

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return {name: self[i] for i, name in enumerate(fields)}

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index, name)
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


def _bind(typename, fields, defaults, args, kwargs):
    """The field values of a namedtuple call, bound like a function's
    parameters (positional, then keywords, then defaults)."""
    n = len(fields)
    if len(args) > n:
        raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                        % (typename, n + 1, len(args) + 1))
    for name in kwargs:
        if name not in fields:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (typename, name))
        if name in fields[:len(args)]:
            raise TypeError("%s.__new__() got multiple values for argument '%s'"
                            % (typename, name))
    values = list(args)
    for name in fields[len(args):]:
        if name in kwargs:
            values.append(kwargs.pop(name))
        elif name in defaults:
            values.append(defaults[name])
        else:
            missing = [f for f in fields[len(values):] if f not in kwargs
                       and f not in defaults]
            if len(missing) == 1:
                raise TypeError("%s.__new__() missing 1 required positional argument: %r"
                                % (typename, missing[0]))
            raise TypeError('%s.__new__() missing %d required positional arguments: %s'
                            % (typename, len(missing), _join_names(missing)))
    return values


def _join_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


# ---- ChainMap ----------------------------------------------------------------------

class ChainMap:
    """A view of several mappings as one: lookups search them in order;
    writes and deletions go to the first."""
    __class_getitem__ = classmethod(type(list[int]))   # PEP 585: Cls[int]

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    @_recursive_repr('...')
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()


# ---- UserDict, UserList, UserString: wrappers to subclass ----------------------------------

class UserDict:
    """A dict kept in .data, for subclasses that override a few methods."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserDict) else other)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        return self[key] if key in self else default

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def popitem(self):
        return self.data.popitem()

    def clear(self):
        self.data.clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        if isinstance(other, UserDict):
            other = other.data
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A list kept in .data, for subclasses."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        self.data += other.data if isinstance(other, UserList) else list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


class UserString:
    """A str kept in .data, for subclasses."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == (string.data if isinstance(string, UserString) else string)

    def __lt__(self, string):
        return self.data < (string.data if isinstance(string, UserString) else string)

    def __contains__(self, char):
        return (char.data if isinstance(char, UserString) else char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + str(other))

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def __getattr__(self, name):
        value = getattr(self.data, name)
        if not callable(value):
            return value

        def method(*args, **kwargs):
            result = value(*args, **kwargs)
            return self.__class__(result) if isinstance(result, str) else result
        return method


"""copy: shallow and deep copies (tierpy's bundled module).

copy(x) and deepcopy(x[, memo]) as the Python documentation describes:
atomic values are returned as they are, the builtin containers are
rebuilt, classes may take over with __copy__ / __deepcopy__(memo), and
other instances are copied through __reduce_ex__ when they have it, else
by copying their __dict__ (and __slots__) into a new instance."""

import types as _types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           bytes, str, type, range, _types.BuiltinFunctionType, _types.FunctionType,
           property}


def copy(x):
    """Shallow copy: a new container holding the same items."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: copies of the items too, recursively; memo maps id() of
    what was already copied to its copy, so shared and cyclic structure is
    kept."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that the recursion already copied (through a cycle) wins.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
            return y
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive for as long as memo is: its id() is a key there."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """A copy of an ordinary instance (deep when memo is not None)."""
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not getattr(object, '__reduce_ex__', None):
        return _from_reduce(x, reductor(x, 4), memo)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not getattr(object, '__reduce__', None):
        return _from_reduce(x, reductor(x), memo)
    args = _newargs(x)
    if memo is not None and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if memo is not None:
        memo[id(x)] = y
        _keep_alive(x, memo)
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) if memo is not None else item for item in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if memo is not None:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    state = getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    for name in _slot_names(cls):
        if hasattr(x, name):
            value = getattr(x, name)
            object.__setattr__(y, name, deepcopy(value, memo) if memo is not None else value)
    return y


_VALUE_TYPES = (tuple, int, float, complex, str, bytes, frozenset)


def _newargs(x):
    """The arguments that recreate x with cls.__new__: __getnewargs__()
    when x has it, else for a subclass of an immutable builtin its value
    as that builtin, else none."""
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs())
    for base in type(x).__mro__:
        if base in _VALUE_TYPES:
            return (base(x),)
    return ()


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__'):
                if name.startswith('__') and not name.endswith('__'):
                    name = '_%s%s' % (klass.__name__.lstrip('_'), name)
                names.append(name)
    return names


def _from_reduce(x, rv, memo):
    """Rebuild from a __reduce__ answer (callable, args[, state[, listitems[,
    dictitems]]])."""
    if isinstance(rv, str):
        return x
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y

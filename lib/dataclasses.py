"""dataclasses: classes whose __init__, __repr__, __eq__ (and, on request,
ordering, hashing and frozenness) come from their annotated fields.

tierpy's bundled version: dataclass, field, fields, asdict, astuple,
replace, is_dataclass, make_dataclass, FrozenInstanceError, MISSING,
InitVar and KW_ONLY. The methods are generated as source text and
compiled with exec, so their signatures and error messages are those of
ordinary Python functions."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen dataclass."""


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ only."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % getattr(self.type, '__name__', self.type)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    """One field: its name, type, default or factory, and options."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._kind = 'field'

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   '_FIELD' if self._kind == 'field' else '_FIELD_INITVAR'))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Options for one field: field(default_factory=list, repr=False)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen


def _is_classvar(tp):
    text = tp if isinstance(tp, str) else repr(tp)
    return text.startswith('typing.ClassVar') or text.startswith('ClassVar')


def _collect_fields(cls, kw_only):
    """The fields of cls: its bases' first, then its own annotations."""
    found = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, _FIELDS, {}).values():
            found[f.name] = f
    own = cls.__dict__.get('__annotations__', {})
    kw_mode = kw_only
    for name, tp in own.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_mode = True
            continue
        if _is_classvar(tp):
            continue
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = tp
        if isinstance(tp, InitVar) or tp is InitVar:
            f._kind = 'initvar'
        if f.kw_only is MISSING:
            f.kw_only = kw_mode
        if isinstance(f.default, (list, dict, set)):
            raise ValueError('mutable default %s for field %s is not allowed: '
                             'use default_factory' % (type(f.default), name))
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        found[name] = f
    return found


def _exec_function(name, args, body, namespace):
    """A function compiled from source text, with `namespace` as globals."""
    text = 'def %s(%s):\n%s\n' % (name, ', '.join(args), '\n'.join('  ' + b for b in body))
    scope = {}
    exec(text, namespace, scope)
    return scope[name]


def _init(cls, flds, frozen, has_post_init):
    ns = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    positional = []
    keyword = []
    body = []
    seen_default = False
    for f in flds:
        if not f.init:
            if f.default_factory is not MISSING:
                ns['_dflt_' + f.name] = f.default_factory
                value = '_dflt_%s()' % f.name
            elif f.default is not MISSING:
                ns['_dflt_' + f.name] = f.default
                value = '_dflt_%s' % f.name
            else:
                continue
        else:
            if f.default_factory is not MISSING:
                ns['_dflt_' + f.name] = f.default_factory
                param = '%s=MISSING' % f.name
                value = '_dflt_%s() if %s is MISSING else %s' % (f.name, f.name, f.name)
            elif f.default is not MISSING:
                ns['_dflt_' + f.name] = f.default
                param = '%s=_dflt_%s' % (f.name, f.name)
                value = f.name
            else:
                param = f.name
                value = f.name
                if seen_default and not f.kw_only:
                    raise TypeError("non-default argument '%s' follows default argument"
                                    % f.name)
            if f.kw_only:
                keyword.append(param)
            else:
                if param != f.name:
                    seen_default = True
                positional.append(param)
        if f._kind == 'initvar':
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(self, %r, %s)"
                        % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in flds if f._kind == 'initvar']
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    if not body:
        body = ['pass']
    args = ['self'] + positional + (['*'] + keyword if keyword else [])
    fn = _exec_function('__init__', args, body, ns)
    fn.__qualname__ = cls.__qualname__ + '.__init__'
    return fn


def _repr(cls, flds):
    shown = [f.name for f in flds if f.repr and f._kind == 'field']

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            inner = ', '.join('%s=%r' % (name, getattr(self, name)) for name in shown)
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__qualname__, inner)
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


_repr_running = set()


def _astuple_of(self, names):
    return tuple(getattr(self, n) for n in names)


def _compare(cls, flds, op, symbol):
    names = [f.name for f in flds if f.compare and f._kind == 'field']

    def method(self, other):
        if other.__class__ is self.__class__:
            a = _astuple_of(self, names)
            b = _astuple_of(other, names)
            if op == 'eq':
                return a == b
            if op == 'lt':
                return a < b
            if op == 'le':
                return a <= b
            if op == 'gt':
                return a > b
            return a >= b
        return NotImplemented
    method.__name__ = '__%s__' % op
    method.__qualname__ = cls.__qualname__ + '.' + method.__name__
    return method


def _hash(cls, flds):
    names = [f.name for f in flds
             if f._kind == 'field' and (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_astuple_of(self, names))
    return __hash__


def _frozen_setattr(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    found = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, found)
    setattr(cls, _PARAMS, _Params(init, repr, eq, order, unsafe_hash, frozen))
    flds = list(found.values())
    own = cls.__dict__
    if init and '__init__' not in own:
        cls.__init__ = _init(cls, flds, frozen, hasattr(cls, '__post_init__'))
    if repr and '__repr__' not in own:
        cls.__repr__ = _repr(cls, flds)
    if eq and '__eq__' not in own:
        cls.__eq__ = _compare(cls, flds, 'eq', '==')
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for op in ('lt', 'le', 'gt', 'ge'):
            name = '__%s__' % op
            if name in own:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
            setattr(cls, name, _compare(cls, flds, op, None))
    if frozen:
        names = tuple(f.name for f in flds)
        cls.__setattr__, cls.__delattr__ = _frozen_setattr(cls, names)
    has_hash = '__hash__' in own and own['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_hash and unsafe_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        if not has_hash:
            cls.__hash__ = _hash(cls, flds)
    elif eq and not has_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in own:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only
                                   and f._kind == 'field')
    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in flds) + ')'
        except AttributeError:
            pass   # a tierpy class whose __doc__ cannot be set yet
    if slots:
        cls = _add_slots(cls, flds, frozen)
    return cls


def _add_slots(cls, flds, frozen):
    """slots=True: the class made again with __slots__ naming its fields
    (a class cannot gain __slots__ after it exists)."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    names = tuple(f.name for f in flds if f._kind == 'field')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        got = base.__dict__.get('__slots__', ())
        inherited.update((got,) if isinstance(got, str) else got)
    ns = dict(cls.__dict__)
    ns['__slots__'] = tuple(n for n in names if n not in inherited)
    for name in names + ('__dict__', '__weakref__'):
        ns.pop(name, None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = getattr(cls, '__qualname__', cls.__name__)
    if frozen:
        new.__setattr__, new.__delattr__ = _frozen_setattr(new, names)
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """@dataclass or @dataclass(order=True, frozen=True, ...)."""
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                        slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in order (InitVars excluded)."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._kind == 'field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields as a tuple, recursing like asdict()."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance with some fields changed."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._kind == 'initvar' and f.default is MISSING:
                raise ValueError("InitVar '%s' must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """A dataclass from a list of names, (name, type) or (name, type, Field)."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)

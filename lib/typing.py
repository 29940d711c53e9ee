"""typing: type hints at run time.

tierpy's bundled version. Annotations are not checked by the interpreter,
so what programs need from typing is that its names exist, can be
subscripted (List[int], Optional[str], Callable[[int], str]), print
sensibly, and that the class forms work: Generic and Protocol bases,
NamedTuple and TypedDict classes, TypeVar, NewType, cast, overload,
get_type_hints. Subscripted forms are not full generic aliases (no
substitution of type variables)."""

import abc
import collections
import collections.abc

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
           'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
           'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
           'Collection', 'AsyncGenerator', 'Reversible', 'SupportsAbs', 'SupportsBytes',
           'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
           'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
           'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final', 'get_type_hints',
           'NewType', 'no_type_check', 'overload', 'runtime_checkable', 'Text',
           'TYPE_CHECKING', 'NoReturn', 'Never', 'Self', 'Annotated', 'TypeAlias',
           'ParamSpec', 'Concatenate', 'ChainMap', 'IO', 'TextIO', 'BinaryIO', 'LiteralString',
           'get_origin', 'get_args', 'assert_never', 'reveal_type', 'Required', 'NotRequired',
           'Unpack', 'TypeVarTuple', 'TypeGuard', 'is_typeddict', 'assert_type']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


class _Alias:
    """A subscripted form such as List[int]: its origin and arguments."""

    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._name == 'Union' and other._name == 'Union':
            # Union[int, str] == Union[str, int]: the order does not count.
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._name == 'Union':
            return hash(frozenset(self.__args__))
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not callable(origin) or origin is None:
            raise TypeError("Type %s cannot be instantiated" % self._name)
        return origin(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _Special:
    """A name of typing that can be subscripted: List, Optional, Callable..."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == 'Optional':
            if len(params) != 1:
                raise TypeError("Optional[t] requires a single type.")
            return Union[params[0], None]
        if name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                if isinstance(p, _Alias) and p._name in ('Union', 'Optional'):
                    items = p.__args__
                else:
                    items = (p,)
                for item in items:
                    if item not in flat:
                        flat.append(item)
            if len(flat) == 1:
                return flat[0]
            return _Alias('Union', None, tuple(flat))
        if self._nparams > 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return _Alias(name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate %r" % self)
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()

    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError("%r cannot be used with isinstance()" % self)
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__origin__ is None:
            raise TypeError("%r cannot be used with issubclass()" % self)
        return issubclass(cls, self.__origin__)


def _alias_repr(self):
    args = self.__args__
    if self._name == 'Union' and len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return 'typing.Optional[%s]' % _type_repr(other)
    if not args:
        return 'typing.%s[()]' % self._name
    return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in args))


Any = _Special('Any')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
Final = _Special('Final')
ClassVar = _Special('ClassVar')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
TypeAlias = _Special('TypeAlias')
Concatenate = _Special('Concatenate')
TypeGuard = _Special('TypeGuard')
Required = _Special('Required')
NotRequired = _Special('NotRequired')
Unpack = _Special('Unpack')
Annotated = _Special('Annotated')
Callable = _Special('Callable', collections.abc.Callable if hasattr(collections.abc, 'Callable') else None)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
List = _Special('List', list, 1)
Dict = _Special('Dict', dict, 2)
Set = _Special('Set', set, 1)
FrozenSet = _Special('FrozenSet', frozenset, 1)
Deque = _Special('Deque', collections.deque, 1)
DefaultDict = _Special('DefaultDict', collections.defaultdict, 2)
OrderedDict = _Special('OrderedDict', collections.OrderedDict, 2)
Counter = _Special('Counter', collections.Counter, 1)
ChainMap = _Special('ChainMap', getattr(collections, 'ChainMap', None), 2)
Text = str


def _abc(name, nparams=-1):
    return _Special(name, getattr(collections.abc, name, None), nparams)


Iterable = _abc('Iterable', 1)
Iterator = _abc('Iterator', 1)
Generator = _abc('Generator', 3)
Sequence = _abc('Sequence', 1)
MutableSequence = _abc('MutableSequence', 1)
Mapping = _abc('Mapping', 2)
MutableMapping = _abc('MutableMapping', 2)
AbstractSet = _Special('AbstractSet', getattr(collections.abc, 'Set', None), 1)
MutableSet = _abc('MutableSet', 1)
Container = _abc('Container', 1)
Collection = _abc('Collection', 1)
Hashable = _abc('Hashable')
Sized = _abc('Sized')
Reversible = _abc('Reversible', 1)
Awaitable = _abc('Awaitable', 1)
Coroutine = _abc('Coroutine', 3)
AsyncIterable = _abc('AsyncIterable', 1)
AsyncIterator = _abc('AsyncIterator', 1)
AsyncGenerator = _abc('AsyncGenerator', 2)
ItemsView = _abc('ItemsView', 2)
KeysView = _abc('KeysView', 1)
ValuesView = _abc('ValuesView', 1)
MappingView = _abc('MappingView', 1)
ByteString = _abc('ByteString')
IO = _Special('IO')
TextIO = _Special('TextIO')
BinaryIO = _Special('BinaryIO')
_Alias.__repr__ = _alias_repr


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    """A parameter specification variable: P = ParamSpec('P')."""

    args = object()
    kwargs = object()


class TypeVarTuple(TypeVar):
    """A variadic type variable."""


AnyStr = TypeVar('AnyStr', bytes, str)


class _ClassAlias(_Alias):
    """A subscripted generic class such as Box[int]: it prints as
    __main__.Box[int], calling it makes a Box, and it is a base that
    stands for Box."""

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join(_type_repr(a) for a in self.__args__))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except Exception:
            pass
        return obj

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic:
            # Generic[T] next to another generic base adds nothing: that
            # base already derives from Generic (keeps the MRO consistent).
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _Alias) and b is not self:
                    return ()
        return (origin,)


def _subscript_class(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _ClassAlias(cls.__name__, cls, params)


class Generic:
    """Base of generic classes: class Box(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _subscript_class(cls, params)


# What a protocol class's members are made of, not what they are.
_PROTO_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__', '__orig_class__',
    '__match_args__', '_is_protocol', '_is_runtime_protocol', '_abc_impl', '_abc_registry',
    '_abc_cache', '_abc_negative_cache', '_abc_negative_cache_version',
    '_MutableMapping__marker'})


def _get_protocol_attrs(cls):
    """The names a protocol class and its protocol bases declare."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _check_runtime(cls):
    if not cls.__dict__.get('_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


# Non-zero while isinstance() falls back to ABCMeta's nominal check, whose
# issubclass() calls must not run the protocol checks (CPython lets abc's
# own calls through the same way).
_reckless = [0]


class _ProtocolMeta(abc.ABCMeta):
    """Structural isinstance()/issubclass() for @runtime_checkable
    protocols: an object matches when it has every declared member."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        _check_runtime(cls)
        if _is_callable_members_only(cls) and issubclass(type(instance), cls):
            return True
        for attr in _get_protocol_attrs(cls):
            if not hasattr(instance, attr):
                break
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                break
        else:
            return True
        _reckless[0] += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless[0] -= 1

    def __subclasscheck__(cls, other):
        if (cls.__dict__.get('_is_protocol', False) and cls is not Protocol
                and not _reckless[0]):
            _check_runtime(cls)
            if not _is_callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if _structural_subclass(cls, other):
                return True
        return super().__subclasscheck__(other)


def _structural_subclass(cls, other):
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return False
                break
        else:
            return False
    return True


def _no_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes (structural types). isinstance() and
    issubclass() check members for @runtime_checkable ones only."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A protocol names Protocol among its bases; its other subclasses
        # are ordinary classes that implement it.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Let isinstance() and issubclass() check protocol class cls."""
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    cls = _ProtocolMeta(name, (Protocol,), {'__slots__': (), '__doc__': 'An ABC with ' + method,
                                            method: lambda self: None})
    cls.__module__ = 'typing'
    return runtime_checkable(cls)


SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsInt = _supports('SupportsInt', '__int__')
SupportsRound = _supports('SupportsRound', '__round__')


def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    import sys
    sys.stderr.write("Runtime type is %r\n" % (type(obj).__name__,))
    return obj


def final(f):
    return f


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. A series of "
                                  "@overload-decorated functions outside a stub module should "
                                  "always be followed by an implementation that is not "
                                  "@overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (with its bases) or module."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None) if isinstance(tp, (_Alias, _Special)) else None


def get_args(tp):
    return getattr(tp, '__args__', ()) if isinstance(tp, _Alias) else ()


class NewType:
    """NewType('UserId', int): a callable that returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x

    def __repr__(self):
        return '%s.%s' % (__name__, self.__qualname__)


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        fields = list(ns.get('__annotations__', {}))
        defaults = [ns[f] for f in fields if f in ns]
        nt = collections.namedtuple(name, fields, defaults=defaults or None,
                                    module=ns.get('__module__'))
        for key, value in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__',
                                                 '__qualname__', '_root', '__doc__'):
                setattr(nt, key, value)
        nt.__annotations__ = dict(ns.get('__annotations__', {}))
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """class Point(NamedTuple): x: int; y: int = 0 makes a namedtuple;
    NamedTuple('Point', [('x', int), ('y', int)]) too."""

    _root = True

    def __new__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        nt = collections.namedtuple(typename, [f for f, _ in fields])
        nt.__annotations__ = dict(fields)
        return nt


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        cls = super().__new__(mcls, name, (dict,), {'__annotations__': annotations,
                                                  '__total__': total,
                                                  '__module__': ns.get('__module__')})
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str — instances are plain dicts."""

    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict


Pattern = _Special('Pattern')
Match = _Special('Match')

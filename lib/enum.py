"""enum: enumerations (tierpy's bundled module).

Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, written from the
Python documentation (3.11 behaviour: Flag is strict about unknown bits,
IntFlag keeps them; str() of IntFlag and StrEnum members is their value).
EnumType turns the non-descriptor, non-underscore names of a class body
into members: instances of the class, one per distinct value (a repeated
value makes an alias of the first member)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique']


class auto:
    """Instances are replaced with an appropriate value: one more than the
    last int value in the class body, 1 at first."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, property))
            or type(obj).__name__ == 'function')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_'


def _next_value(last_values):
    for value in reversed(last_values):
        if isinstance(value, int):
            return value + 1
    return 1 if not last_values else len(last_values) + 1


class _EnumDict(dict):
    """The class-body namespace: remembers member names in order and
    fills in auto() values as they are assigned."""

    def __init__(self, generate=None):
        dict.__init__(self)
        self._member_names = []
        self._last_values = []
        self._generate = generate   # the bases' _generate_next_value_, or None

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, dict.__getitem__(self, key)))
            dict.update(self, ((key, value),))
            return
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, dict.__getitem__(self, key)))
        if key in self:
            raise TypeError('%r already defined as %r' % (key, dict.__getitem__(self, key)))
        if isinstance(value, auto):
            if value.value is None:
                if self._generate is None:
                    value.value = _next_value(self._last_values)
                else:
                    value.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
            value = value.value
        self._member_names.append(key)
        self._last_values.append(value)
        dict.update(self, ((key, value),))


def _find_base(bases):
    """The data type mixed in (int for IntEnum) and the last Enum base."""
    member_type, enum_base = object, None
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                if enum_base is None:
                    enum_base = klass
            elif klass is not object and member_type is object:
                member_type = klass
                break
    return member_type, enum_base


class EnumType(type):
    """The metaclass of enumerations: makes the members and answers
    iteration, len(), lookup by name (E['X']) and by value (E(1))."""

    @classmethod
    def __prepare__(mcls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        generate = None
        for base in bases:
            generate = getattr(base, '_generate_next_value_', None)
            if generate is not None:
                break
        return _EnumDict(generate)

    def __new__(mcls, cls, bases, classdict, **kwds):
        names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        values = {name: dict.__getitem__(classdict, name) for name in names}
        body = {k: v for k, v in dict.items(classdict) if k not in values}
        # A __new__ in the body makes the members (with their _value_);
        # looking members up by value stays the metaclass's job.
        new_member = body.pop('__new__', None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        member_type, enum_base = _find_base(bases)
        enum_class = type.__new__(mcls, cls, bases, body, **kwds)
        if new_member is not None:
            _set_class_attr(enum_class, '_new_member_', new_member)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        if member_type is not object and enum_base is not None:
            _prefer_enum_methods(enum_class, enum_base, member_type, body)
        for name in names:
            enum_class._add_member(name, values[name], member_type)
        finish = getattr(enum_class, '_finish_members_', None)
        if finish is not None:
            finish()
        return enum_class

    def _add_member(cls, name, value, member_type):
        check = getattr(cls, '_check_member_value_', None)
        if check is not None:
            check(value)
        args = value if isinstance(value, tuple) else (value,)
        new_member = getattr(cls, '_new_member_', None)
        if new_member is not None:
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if '__init__' in cls.__dict__:
            member.__init__(*args)
        object.__setattr__(member, '_name_', name)
        if new_member is not None and '_value_' in getattr(member, '__dict__', {}):
            value = member._value_          # chosen by the custom __new__
        else:
            if new_member is not None and member_type is not object:
                value = member_type(*args)
            object.__setattr__(member, '_value_', value)
        try:
            canonical = cls._value2member_map_[value]
        except (KeyError, TypeError):
            canonical = None
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            member = canonical             # an alias
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
        cls._member_map_[name] = member
        _set_class_attr(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, start=start)
        return cls.__new_member__(value)

    def __new_member__(cls, value):
        if isinstance(value, cls) and not isinstance(value, type(cls)):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, start=1):
        """The functional API: Enum('Name', 'A B C') or a list of names or
        (name, value) pairs, or a mapping."""
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = EnumType.__prepare__(class_name, (cls,))
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                items = [(name, start + i) for i, name in enumerate(names)]
            else:
                items = names
        for name, value in items:
            classdict[name] = value
        return EnumType.__new__(EnumType, class_name, (cls,), classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        "Every member name, aliases included, mapped to its member."
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def _guarded_setattr(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def _guarded_delattr(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % (name,))
        type.__delattr__(cls, name)


def _prefer_enum_methods(enum_class, enum_base, member_type, body):
    """With a data type mixed in (int for IntEnum), its __repr__, __str__
    and __format__ come first in the MRO; the enum's own are used instead
    unless the class body defines them."""
    for name in ('__repr__', '__str__', '__format__'):
        if name in body:
            continue
        found = getattr(enum_class, name)
        if found is getattr(member_type, name, None) or found is getattr(object, name, None):
            _set_class_attr(enum_class, name, getattr(enum_base, name))


def _type_setattr_works():
    """Whether type.__setattr__ sets a class attribute (tierpy's type has
    no such wrapper yet, and object's does not handle classes)."""
    class _Probe:
        pass
    try:
        type.__setattr__(_Probe, 'x', 1)
    except (AttributeError, TypeError):
        return False
    return _Probe.__dict__.get('x') == 1


# Members cannot be reassigned or deleted through the class where the VM
# lets the metaclass hand the other names on to type.
if _type_setattr_works():
    EnumType.__setattr__ = EnumType._guarded_setattr
    EnumType.__delattr__ = EnumType._guarded_delattr


def _set_class_attr(cls, name, value):
    if _TYPE_SETATTR:
        type.__setattr__(cls, name, value)
    else:
        setattr(cls, name, value)


_TYPE_SETATTR = _type_setattr_works()
EnumMeta = EnumType
Flag = None   # defined below; EnumType.__repr__ asks for it


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1 ..."""

    @property
    def name(self):
        "The name of the member."
        return self._name_

    @property
    def value(self):
        "The value of the member."
        return self._value_

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        vrepr = repr(self._value_) if self._member_type_ is object \
            else self._member_type_.__repr__(self._value_)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, vrepr)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setattr__(self, name, value):
        # A custom __new__ sets _value_ on a member under construction
        # (it has no _name_ yet); a finished member's are fixed.
        if name == '_value_' and '_name_' not in self.__dict__:
            object.__setattr__(self, name, value)
            return
        if name in ('_name_', '_value_', 'name', 'value'):
            raise AttributeError("cannot set attribute %r" % name)
        object.__setattr__(self, name, value)


class IntEnum(int, Enum):
    """Enum whose members are also ints (and compare with them); str()
    and format() give the int's text."""

    def __str__(self):
        return int.__repr__(self)

    __format__ = int.__format__


def unique(enumeration):
    """Class decorator: ValueError if any member value has an alias."""
    duplicates = [(name, member._name_) for name, member in enumeration._member_map_.items()
                  if name != member._name_]
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class ReprEnum(Enum):
    """An Enum whose str() and format() are the mixed-in type's (IntEnum,
    StrEnum, IntFlag); repr() stays the enum's."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lowercased
    member name."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    @classmethod
    def _check_member_value_(cls, value):
        if not isinstance(value, str):
            raise TypeError('%r is not a string' % (value,))

    __str__ = str.__str__
    __format__ = str.__format__


def _bin(num, width):
    """An int as the flag errors print it: a sign bit, then two's
    complement digits widened to `width` ('0b0 0111', '0b1 0111' for -9)."""
    if num >= 0:
        sign, pad, digits = '0b0', '0', format(num, 'b') if num else ''
    else:
        n = num.bit_length()
        sign, pad, digits = '0b1', '1', format(num & ((1 << n) - 1), 'b').zfill(n)
    if len(digits) < width:
        digits = pad * (width - len(digits)) + digits
    return '%s %s' % (sign, digits)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Flag(Enum):
    """Enum whose members combine with | & ^ ~ into values that are not
    named members themselves (pseudo-members, named like 'R|W'); auto()
    gives the next power of two."""

    _boundary_ = 'strict'   # unknown bits: 'strict' raises, 'keep' keeps them

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError('invalid flag value %r' % (last,))
        return 2 ** last.bit_length()

    @classmethod
    def _finish_members_(cls):
        """Iteration lists the single-bit members only; the mask is every
        bit a member names."""
        mask = 0
        for member in cls._member_map_.values():
            if isinstance(member._value_, int):
                mask |= member._value_
        cls._flag_mask_ = mask
        cls._member_names_ = [name for name in cls._member_names_
                              if _is_single_bit(cls._member_map_[name]._value_)]

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member for a combination of bits, made once and kept."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = (1 << mask.bit_length()) - 1
        if cls._boundary_ == 'strict' and (not ~all_bits <= value <= all_bits
                                           or value & (all_bits ^ mask)):
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError('<flag %r> invalid value %r\n    given %s\n  allowed %s'
                             % (cls.__name__, value, _bin(value, width), _bin(mask, width)))
        if value < 0:   # as a complement within the members' bits
            value = all_bits + 1 + value
            if value < 0:
                raise ValueError('%r is not a valid %s' % (value - all_bits - 1,
                                                           cls.__qualname__))
        unknown = value & ~mask
        known = [cls._member_map_[name]._name_ for name in cls._member_names_
                 if cls._member_map_[name]._value_ & value == cls._member_map_[name]._value_]
        name = '|'.join(known) if known else None
        if known and unknown:
            name += '|%d' % unknown
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        object.__setattr__(pseudo, '_name_', name)
        object.__setattr__(pseudo, '_value_', value)
        return cls._value2member_map_.setdefault(value, pseudo)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def _members_in_(self):
        cls = type(self)
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & self._value_ == member._value_:
                yield member

    def __iter__(self):
        return self._members_in_()

    def __len__(self):
        return sum(1 for _ in self._members_in_())

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        vrepr = repr(self._value_) if self._member_type_ is object \
            else self._member_type_.__repr__(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, vrepr)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, vrepr)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)


class IntFlag(int, Flag):
    """Flag whose members are also ints: they combine with ints too, and
    keep bits no member names; str() and format() give the int's text."""

    _boundary_ = 'keep'
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__

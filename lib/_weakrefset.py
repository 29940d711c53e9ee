"""_weakrefset: WeakSet, a set that holds its items through weak
references (an item leaves the set when it dies). tierpy's own version;
`weakref` re-exports it."""

from _weakref import ref

__all__ = ['WeakSet']


class WeakSet:
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterating = 0
        selfref = ref(self)

        def _remove(item, selfref=selfref):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                # Removing now would change the set under a running loop.
                owner._pending.append(item)
            else:
                owner.data.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _flush(self):
        pending, self._pending = self._pending, []
        for item in pending:
            self.data.discard(item)

    def __iter__(self):
        self._iterating += 1
        try:
            for itemref in list(self.data):
                item = itemref()
                if item is not None:
                    yield item
        finally:
            self._iterating -= 1
            if not self._iterating:
                self._flush()

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        return None

    def add(self, item):
        if self._pending:
            self._flush()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending:
            self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending:
            self._flush()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending:
            self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._flush()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._flush()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

/* vm/modules/weakrefmodule.c: the weakref module's C part (CPython's
 * _weakref): ref, proxy, getweakrefcount, getweakrefs and the type names.
 * The runtime fills both `_weakref` and `weakref` from here; `weakref`
 * also gets WeakValueDictionary, WeakKeyDictionary and finalize, written in
 * Python (weakref_py below), and WeakSet from lib/_weakrefset.py. */
#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"
#include "weakref.h"

#define WR_FUNCTION(name)                                                          \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

WR_FUNCTION(wr_getweakrefcount)
{
    (void)self;
    if (tpy_arg_one(vm, "getweakrefcount", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, tpy_weakref_count(args[0]));
}

WR_FUNCTION(wr_getweakrefs)
{
    (void)self;
    if (tpy_arg_one(vm, "getweakrefs", nargs, kwnames) < 0)
        return NULL;
    return tpy_weakref_list(vm, args[0]);
}

WR_FUNCTION(wr_proxy)
{
    (void)self;
    if (tpy_arg_nokw(vm, "proxy", kwnames) < 0 || tpy_arg_count(vm, "proxy", nargs, 1, 2) < 0)
        return NULL;
    return tpy_weakproxy_new(vm, args[0], nargs == 2 ? args[1] : NULL);
}

#define F TPY_METH_FUNCTION
static const tpy_method_def weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, F, "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, F, "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, F, "Create a proxy object that weakly references 'object'."},
    {NULL, NULL, 0, NULL},
};
#undef F

/* Stores a borrowed value (types and exception classes are static). */
static int add_borrowed(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *value)
{
    return tpy_dict_set_c(vm, dict, name, value);
}

int tpy_weakref_module_fill(tpy_vm *vm, tpy_object *dict)
{
    for (const tpy_method_def *d = weakref_functions; d->name; d++) {
        tpy_object *f = tpy_builtin_method_new(vm, TPY_NONE, d);
        int r = f ? tpy_dict_set_c(vm, dict, d->name, f) : -1;
        tpy_xdecref(vm, f);
        if (r < 0)
            return -1;
    }
    if (add_borrowed(vm, dict, "ref", &tpy_weakref_type.ob) < 0
        || add_borrowed(vm, dict, "ReferenceType", &tpy_weakref_type.ob) < 0
        || add_borrowed(vm, dict, "ProxyType", &tpy_weakproxy_type.ob) < 0
        || add_borrowed(vm, dict, "CallableProxyType", &tpy_weakcallableproxy_type.ob) < 0
        || add_borrowed(vm, dict, "ReferenceError", &tpy_exc_ReferenceError.ob) < 0)
        return -1;
    return 0;
}


/* ---- the pure-Python part ------------------------------------------------------------------ */

/* What CPython's weakref.py writes in Python, over `ref`, run in the
 * weakref module's namespace when the module is made. Differences: the
 * dictionaries' callbacks hold the underlying dict (a cycle the collector
 * frees) rather than a weak reference to the mapping, and finalize has no
 * atexit run. */
static const char weakref_py[] =
    "from _weakrefset import WeakSet\n"
    "\n"
    "def _remover(data, key):\n"
    "    def remove(wr):\n"
    "        if data.get(key) is wr:\n"
    "            del data[key]\n"
    "    return remove\n"
    "\n"
    "\n"
    "class WeakValueDictionary:\n"
    "    def __init__(self, other=(), **kw):\n"
    "        self.data = {}\n"
    "        self.update(other, **kw)\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        o = self.data[key]()\n"
    "        if o is None:\n"
    "            raise KeyError(key)\n"
    "        return o\n"
    "\n"
    "    def __setitem__(self, key, value):\n"
    "        self.data[key] = ref(value, _remover(self.data, key))\n"
    "\n"
    "    def __delitem__(self, key):\n"
    "        del self.data[key]\n"
    "\n"
    "    def __len__(self):\n"
    "        return sum(1 for wr in list(self.data.values()) if wr() is not None)\n"
    "\n"
    "    def __contains__(self, key):\n"
    "        wr = self.data.get(key)\n"
    "        return wr is not None and wr() is not None\n"
    "\n"
    "    def __repr__(self):\n"
    "        return \"<%s at %#x>\" % (type(self).__name__, id(self))\n"
    "\n"
    "    def items(self):\n"
    "        for k, wr in list(self.data.items()):\n"
    "            v = wr()\n"
    "            if v is not None:\n"
    "                yield k, v\n"
    "\n"
    "    def keys(self):\n"
    "        for k, v in self.items():\n"
    "            yield k\n"
    "\n"
    "    __iter__ = keys\n"
    "\n"
    "    def values(self):\n"
    "        for k, v in self.items():\n"
    "            yield v\n"
    "\n"
    "    def valuerefs(self):\n"
    "        return list(self.data.values())\n"
    "\n"
    "    def get(self, key, default=None):\n"
    "        wr = self.data.get(key)\n"
    "        o = wr() if wr is not None else None\n"
    "        return default if o is None else o\n"
    "\n"
    "    def pop(self, key, *args):\n"
    "        o = self.data.pop(key)() if key in self.data or not args else None\n"
    "        if o is None:\n"
    "            if args:\n"
    "                return args[0]\n"
    "            raise KeyError(key)\n"
    "        return o\n"
    "\n"
    "    def setdefault(self, key, default=None):\n"
    "        o = self.get(key)\n"
    "        if o is None:\n"
    "            self[key] = default\n"
    "            return default\n"
    "        return o\n"
    "\n"
    "    def update(self, other=(), **kw):\n"
    "        if hasattr(other, \"keys\"):\n"
    "            other = [(k, other[k]) for k in other.keys()]\n"
    "        for k, v in other:\n"
    "            self[k] = v\n"
    "        for k, v in kw.items():\n"
    "            self[k] = v\n"
    "\n"
    "    def copy(self):\n"
    "        return WeakValueDictionary(self.items())\n"
    "\n"
    "\n"
    "def _key_remover(data):\n"
    "    def remove(wr):\n"
    "        data.pop(wr, None)\n"
    "    return remove\n"
    "\n"
    "\n"
    "class WeakKeyDictionary:\n"
    "    def __init__(self, other=()):\n"
    "        self.data = {}\n"
    "        self._remove = _key_remover(self.data)\n"
    "        if hasattr(other, \"keys\"):\n"
    "            other = [(k, other[k]) for k in other.keys()]\n"
    "        for k, v in other:\n"
    "            self[k] = v\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        return self.data[ref(key)]\n"
    "\n"
    "    def __setitem__(self, key, value):\n"
    "        self.data[ref(key, self._remove)] = value\n"
    "\n"
    "    def __delitem__(self, key):\n"
    "        del self.data[ref(key)]\n"
    "\n"
    "    def __len__(self):\n"
    "        return sum(1 for wr in list(self.data) if wr() is not None)\n"
    "\n"
    "    def __contains__(self, key):\n"
    "        try:\n"
    "            wr = ref(key)\n"
    "        except TypeError:\n"
    "            return False\n"
    "        return wr in self.data\n"
    "\n"
    "    def __repr__(self):\n"
    "        return \"<%s at %#x>\" % (type(self).__name__, id(self))\n"
    "\n"
    "    def items(self):\n"
    "        for wr, v in list(self.data.items()):\n"
    "            k = wr()\n"
    "            if k is not None:\n"
    "                yield k, v\n"
    "\n"
    "    def keys(self):\n"
    "        for k, v in self.items():\n"
    "            yield k\n"
    "\n"
    "    __iter__ = keys\n"
    "\n"
    "    def values(self):\n"
    "        for k, v in self.items():\n"
    "            yield v\n"
    "\n"
    "    def keyrefs(self):\n"
    "        return list(self.data)\n"
    "\n"
    "    def get(self, key, default=None):\n"
    "        return self.data.get(ref(key), default)\n"
    "\n"
    "    def pop(self, key, *args):\n"
    "        return self.data.pop(ref(key), *args)\n"
    "\n"
    "    def setdefault(self, key, default=None):\n"
    "        return self.data.setdefault(ref(key, self._remove), default)\n"
    "\n"
    "\n"
    "class finalize:\n"
    "    \"\"\"finalize(obj, func, *args, **kwargs): func(*args, **kwargs) once,\n"
    "    when obj dies or when the finalizer is called (no atexit run yet).\"\"\"\n"
    "    _registry = {}\n"
    "\n"
    "    def __init__(self, obj, func, *args, **kwargs):\n"
    "        finalize._registry[self] = (ref(obj, self), func, args, kwargs)\n"
    "\n"
    "    def __call__(self, _=None):\n"
    "        info = finalize._registry.pop(self, None)\n"
    "        if info is not None:\n"
    "            return info[1](*info[2], **info[3])\n"
    "\n"
    "    def detach(self):\n"
    "        info = finalize._registry.get(self)\n"
    "        obj = info[0]() if info is not None else None\n"
    "        if obj is not None:\n"
    "            del finalize._registry[self]\n"
    "            return obj, info[1], info[2], info[3]\n"
    "\n"
    "    def peek(self):\n"
    "        info = finalize._registry.get(self)\n"
    "        obj = info[0]() if info is not None else None\n"
    "        if obj is not None:\n"
    "            return obj, info[1], info[2], info[3]\n"
    "\n"
    "    @property\n"
    "    def alive(self):\n"
    "        return self in finalize._registry\n";

static tpy_object *run_python_part(tpy_vm *vm, tpy_object *dict)
{
    tpy_object *src = tpy_str_from_utf8(vm, weakref_py, sizeof weakref_py - 1);
    tpy_object *r = src ? vm->hooks.exec(vm, src, dict, dict) : NULL;
    tpy_xdecref(vm, src);
    return r;
}

/* `_weakref` and `weakref`: the same C functions under both names;
 * weakref adds the Python part. */
static tpy_object *weakref_module(tpy_vm *vm, const char *name)
{
    tpy_object *m = tpy_module_new(vm, name);
    if (m && tpy_weakref_module_fill(vm, tpy_module_dict(m)) < 0)
        TPY_CLEAR(vm, m);
    return m;
}

tpy_object *tpy_weakref_module_new(tpy_vm *vm)
{
    tpy_object *m = weakref_module(vm, "weakref");
    tpy_object *r = m ? run_python_part(vm, tpy_module_dict(m)) : NULL;
    if (!r)
        TPY_CLEAR(vm, m);
    tpy_xdecref(vm, r);
    return m;
}

tpy_object *tpy__weakref_module_new(tpy_vm *vm)
{
    return weakref_module(vm, "_weakref");
}

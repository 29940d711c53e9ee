/* vm/core/typeobject.c: `type` and `object`, the builtin type registry,
 * slot inheritance, MRO lookup and the per-VM dicts of builtin types. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "heaptype.h"
#include "refcount.h"
#include "slotwrap.h"
#include "fileio.h"
#include "stdmod.h"
#include "stringio.h"
#include "types.h"
#include "bytearray.h"
#include "complex.h"
#include "vm.h"

/* ---- subtype checks and lookup ------------------------------------------------ */

bool tpy_type_is_subtype(const tpy_type *a, const tpy_type *b)
{
    if (a->mro) {
        for (intptr_t i = 0; i < tpy_tuple_len(a->mro); i++)
            if (tpy_tuple_get(a->mro, i) == (const tpy_object *)b)
                return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b)
            return true;
    return false;
}

tpy_object *tpy_type_dict(tpy_vm *vm, tpy_type *t)
{
    if (t->dict)
        return t->dict;
    return vm->builtin_dicts ? vm->builtin_dicts[t->builtin_index] : NULL;
}

static tpy_object *lookup_in(tpy_vm *vm, tpy_type *t, tpy_object *name)
{
    tpy_object *d = tpy_type_dict(vm, t);
    return d ? tpy_dict_get_str(vm, d, name) : NULL;
}

tpy_object *tpy_type_lookup_mro(tpy_vm *vm, tpy_type *t, tpy_object *name)
{
    if (t->mro) {
        for (intptr_t i = 0; i < tpy_tuple_len(t->mro); i++) {
            tpy_object *v = lookup_in(vm, (tpy_type *)tpy_tuple_get(t->mro, i), name);
            if (v)
                return v;
        }
        return NULL;
    }
    for (; t; t = t->base) {
        tpy_object *v = lookup_in(vm, t, name);
        if (v)
            return v;
    }
    return NULL;
}

/* ---- object ------------------------------------------------------------------------ */

tpy_object *tpy_object_repr_default(tpy_vm *vm, tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    if (tpy_type_has(t, TPY_TF_HEAPTYPE)) {
        /* <module.qualname object at ...>, as CPython's object_repr */
        tpy_object *key = tpy_str_intern_c(vm, "__module__");
        tpy_object *m = key ? tpy_dict_get_str(vm, t->dict, key) : NULL;
        tpy_xdecref(vm, key);
        if (m && tpy_str_check(m) && !tpy_str_equal_c(m, "builtins"))
            return tpy_str_format(vm, "<%U.%U object at %p>", m, tpy_heaptype_qualname(t),
                                  (void *)o);
        return tpy_str_format(vm, "<%U object at %p>", tpy_heaptype_qualname(t), (void *)o);
    }
    return tpy_str_format(vm, "<%s object at %p>", tpy_type_of(o)->name, (void *)o);
}

static tpy_object *object_str(tpy_vm *vm, tpy_object *o)
{
    /* The repr slot itself, unchecked: str() reports a bad result as __str__'s. */
    return tpy_type_of(o)->repr(vm, o);
}

static tpy_hash_t object_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_hash_pointer(o);
}

static tpy_object *object_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (op == TPY_EQ)
        return a == b ? TPY_TRUE : TPY_NOT_IMPLEMENTED;
    if (op == TPY_NE) {
        /* != is the negation of == when == is defined (CPython's rule). */
        tpy_object *eq = tpy_type_of(a)->richcompare(vm, a, b, TPY_EQ);
        if (!eq || eq == TPY_NOT_IMPLEMENTED)
            return eq;
        int t = tpy_is_true(vm, eq);
        tpy_decref(vm, eq);
        return t < 0 ? NULL : tpy_bool(!t);
    }
    return TPY_NOT_IMPLEMENTED;
}

static int object_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                       tpy_object *kwnames);

/* CPython's excess-argument rule: object() takes arguments only when the
 * class overrides exactly the other one of __new__ / __init__. */
static tpy_object *object_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    (void)args;
    if (nargs || kwnames) {
        if (t->new_ != object_new)
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "object.__new__() takes exactly one argument (the type to "
                                  "instantiate)");
        if (!t->init || t->init == object_init)
            return tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes no arguments", t->name);
    }
    tpy_object *o = tpy_alloc(vm, t);
    if (o && !(t->layout.flags & TPY_OBJ_CONTAINER))
        memset((char *)o + sizeof(tpy_object), 0, t->layout.basic_size - sizeof(tpy_object));
    else if (o && tpy_type_has(t, TPY_TF_HEAPTYPE))
        memset((char *)o + sizeof(tpy_object), 0, t->layout.basic_size - sizeof(tpy_object));
    return o;
}

static int object_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                       tpy_object *kwnames)
{
    (void)args;
    tpy_type *t = tpy_type_of(self);
    if (nargs || kwnames) {
        if (t->init != object_init) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "object.__init__() takes exactly one argument (the instance to "
                           "initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes no arguments", t->name);
            return -1;
        }
    }
    return 0;
}

static tpy_object *object_init_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    return object_init(vm, self, args, nargs, kwnames) < 0 ? NULL : tpy_newref(TPY_NONE);
}

typedef int (*setattr_fn)(tpy_vm *, tpy_object *, tpy_object *name, tpy_object *value);

/* __setattr__(name, value) or, when `del`, __delattr__(name), over one
 * attribute-setting function: object's and type's methods share it. */
static tpy_object *setattr_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames, bool del, setattr_fn set)
{
    const char *name = del ? "__delattr__" : "__setattr__";
    if (tpy_arg_nokw(vm, name, kwnames) < 0
        || tpy_arg_count(vm, name, nargs, del ? 1 : 2, del ? 1 : 2) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "attribute name must be string, not '%s'",
                              tpy_type_of(args[0])->name);
    return set(vm, self, args[0], del ? NULL : args[1]) < 0 ? NULL : tpy_newref(TPY_NONE);
}

static tpy_object *object_setattr_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                         size_t nargs, tpy_object *kwnames)
{
    return setattr_method(vm, self, args, nargs, kwnames, false, tpy_object_setattribute);
}

static tpy_object *object_delattr_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                         size_t nargs, tpy_object *kwnames)
{
    return setattr_method(vm, self, args, nargs, kwnames, true, tpy_object_setattribute);
}

static tpy_object *object_getattribute_method(tpy_vm *vm, tpy_object *self,
                                              tpy_object *const *args, size_t nargs,
                                              tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__getattribute__", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "attribute name must be string, not '%s'",
                              tpy_type_of(args[0])->name);
    return tpy_object_getattribute(vm, self, args[0]);
}

static tpy_object *object_repr_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__repr__", nargs, kwnames) < 0)
        return NULL;
    return tpy_object_repr_default(vm, self);
}

static tpy_object *object_str_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__str__", nargs, kwnames) < 0)
        return NULL;
    return tpy_repr(vm, self);
}

static tpy_object *object_hash_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__hash__", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, tpy_hash_pointer(self));
}

static tpy_object *object_eq_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__eq__", nargs, kwnames) < 0)
        return NULL;
    return self == args[0] ? TPY_TRUE : TPY_NOT_IMPLEMENTED;
}

static tpy_object *object_ne_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__ne__", nargs, kwnames) < 0)
        return NULL;
    return object_richcompare(vm, self, args[0], TPY_NE);
}

static tpy_object *object_init_subclass(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                        size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (nargs || kwnames)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%s.__init_subclass__() takes no keyword arguments",
                              ((tpy_type *)self)->name);
    return tpy_newref(TPY_NONE);
}

static tpy_object *object_get_class(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(&tpy_type_of(self)->ob);
}

/* object.__subclasshook__: no opinion, so issubclass() decides as usual. */
static tpy_object *object_subclasshook(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                       size_t nargs, tpy_object *kwnames)
{
    (void)vm, (void)self, (void)args, (void)nargs, (void)kwnames;
    return TPY_NOT_IMPLEMENTED;
}

/* object.__dir__ shares dir()'s code (vm/modules/builtins_obj.c). */
tpy_object *tpy_object_dir_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames);

/* __format__ lives with the other formatters (vm/types/str_format.c). */
static const tpy_method_def object_methods[] = {
    {"__format__", tpy_object_format_method, 0, NULL},
    {"__dir__", tpy_object_dir_method, 0, NULL},
    {"__init__", object_init_method, 0, NULL},
    {"__setattr__", object_setattr_method, 0, NULL},
    {"__delattr__", object_delattr_method, 0, NULL},
    {"__getattribute__", object_getattribute_method, 0, NULL},
    {"__repr__", object_repr_method, 0, NULL},
    {"__str__", object_str_method, 0, NULL},
    {"__hash__", object_hash_method, 0, NULL},
    {"__eq__", object_eq_method, 0, NULL},
    {"__ne__", object_ne_method, 0, NULL},
    {"__init_subclass__", object_init_subclass, TPY_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, TPY_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def object_getsets[] = {
    {"__class__", object_get_class, tpy_object_set_class},
    {NULL, NULL, NULL},
};

tpy_type tpy_object_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "object", .basic_size = sizeof(tpy_object)},
    .name = "object",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE,
    .repr = tpy_object_repr_default,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = tpy_generic_getattr,
    .setattr = tpy_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* ---- type -------------------------------------------------------------------------- */

static tpy_object *type_module(tpy_vm *vm, tpy_type *t)
{
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE)) {
        /* a static type named "module.Name" lives in that module */
        const char *dot = strrchr(t->name, '.');
        return dot ? tpy_str_from_utf8(vm, t->name, (size_t)(dot - t->name))
                   : tpy_str_from_cstr(vm, "builtins");
    }
    tpy_object *key = tpy_str_intern_c(vm, "__module__");
    tpy_object *m = key ? tpy_dict_get_str(vm, t->dict, key) : NULL;
    tpy_xdecref(vm, key);
    if (!m && !tpy_err_occurred(vm))
        return tpy_err_format(vm, &tpy_exc_AttributeError, "__module__");
    return m ? tpy_newref(m) : NULL;
}

static tpy_object *type_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_type *t = (tpy_type *)o;
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE))
        return tpy_str_format(vm, "<class '%s'>", t->name);
    tpy_object *m = type_module(vm, t);
    if (!m)
        tpy_err_clear(vm);
    tpy_object *r;
    if (m && tpy_str_check(m) && !tpy_str_equal_c(m, "builtins"))
        r = tpy_str_format(vm, "<class '%U.%U'>", m, tpy_heaptype_qualname(t));
    else
        r = tpy_str_format(vm, "<class '%U'>", tpy_heaptype_qualname(t));
    tpy_xdecref(vm, m);
    return r;
}

static tpy_object *type_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    tpy_type *t = (tpy_type *)callable;
    if (t == &tpy_type_type && nargs == 1 && !kwnames)
        return tpy_newref(&tpy_type_of(args[0])->ob);
    if (!t->new_)
        return tpy_err_format(vm, &tpy_exc_TypeError, "cannot create '%s' instances", t->name);
    tpy_object *o = t->new_(vm, t, args, nargs, kwnames);
    if (o && t->init && tpy_isinstance(o, t) && t->init(vm, o, args, nargs, kwnames) < 0) {
        tpy_decref(vm, o);
        return NULL;
    }
    return o;
}

static tpy_object *type_new_slot(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                                 tpy_object *kwnames)
{
    return tpy_type_new_call(vm, t, args, nargs, kwnames);
}

static int type_init(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                     tpy_object *kwnames)
{
    (void)vm, (void)o, (void)args, (void)nargs, (void)kwnames;
    return 0;
}

static tpy_object *type_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_type *t = (tpy_type *)o, *meta = tpy_type_of(o);
    tpy_object *meta_attr = tpy_type_lookup(vm, meta, name);
    tpy_type *mt = meta_attr ? tpy_type_of(meta_attr) : NULL;
    if (mt && mt->descr_get && mt->descr_set)
        return mt->descr_get(vm, meta_attr, o, &meta->ob);
    tpy_object *attr = tpy_type_lookup(vm, t, name);
    if (attr) {
        tpy_type *at = tpy_type_of(attr);
        return at->descr_get ? at->descr_get(vm, attr, NULL, o) : tpy_newref(attr);
    }
    if (meta_attr)
        return mt->descr_get ? mt->descr_get(vm, meta_attr, o, &meta->ob) : tpy_newref(meta_attr);
    return tpy_err_format(vm, &tpy_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          t->name, name);
}

static int type_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    if (tpy_type_has((tpy_type *)o, TPY_TF_HEAPTYPE))
        return tpy_heaptype_setattr(vm, o, name, value);
    tpy_err_format(vm, &tpy_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                   name, ((tpy_type *)o)->name);
    return -1;
}

/* A static type's __name__: its name after the module prefix. */
static const char *static_type_name(const tpy_type *t)
{
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static tpy_object *type_get_name(tpy_vm *vm, tpy_object *self)
{
    tpy_type *t = (tpy_type *)self;
    if (tpy_type_has(t, TPY_TF_HEAPTYPE))
        return tpy_newref(((tpy_heaptype *)t)->name_obj);
    return tpy_str_from_cstr(vm, static_type_name(t));
}

/* C.__name__ = "New": the heap type's name object, and the C string its
 * messages and layer3's statistics read, follow. */
static int type_set_name(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    tpy_type *t = (tpy_type *)self;
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE) || !value) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!tpy_str_check(value)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                       t->name, tpy_type_of(value)->name);
        return -1;
    }
    size_t n;
    const char *utf8 = tpy_str_utf8(vm, value, &n);
    if (!utf8)
        return -1;
    if (strlen(utf8) != n) {
        tpy_err_set(vm, &tpy_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    tpy_heaptype *h = (tpy_heaptype *)t;
    tpy_object *old = h->name_obj;
    h->name_obj = tpy_newref(value);
    t->name = utf8;
    t->layout.name = utf8;
    tpy_decref(vm, old);
    return 0;
}

static tpy_object *type_get_qualname(tpy_vm *vm, tpy_object *self)
{
    tpy_type *t = (tpy_type *)self;
    if (tpy_type_has(t, TPY_TF_HEAPTYPE))
        return tpy_newref(tpy_heaptype_qualname(t));
    return tpy_str_from_cstr(vm, static_type_name(t));
}

static int type_set_qualname(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    tpy_type *t = (tpy_type *)self;
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE) || !value) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!tpy_str_check(value)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "can only assign string to %s.__qualname__, not '%s'", t->name,
                       tpy_type_of(value)->name);
        return -1;
    }
    tpy_heaptype *h = (tpy_heaptype *)t;
    tpy_object *old = h->qualname;
    h->qualname = tpy_newref(value);
    tpy_xdecref(vm, old);
    return 0;
}

static tpy_object *type_get_module(tpy_vm *vm, tpy_object *self)
{
    return type_module(vm, (tpy_type *)self);
}

static int type_set_module(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    tpy_type *t = (tpy_type *)self;
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE) || !value) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    tpy_type_modified(vm, t);
    return tpy_dict_set_c(vm, t->dict, "__module__", value);
}

static tpy_object *type_get_doc(tpy_vm *vm, tpy_object *self)
{
    tpy_type *t = (tpy_type *)self;
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE))
        return tpy_newref(TPY_NONE);
    tpy_object *key = tpy_str_intern_c(vm, "__doc__");
    tpy_object *d = key ? tpy_dict_get_str(vm, t->dict, key) : NULL;
    tpy_xdecref(vm, key);
    if (!d)
        return tpy_newref(TPY_NONE);
    tpy_type *dt = tpy_type_of(d);
    return dt->descr_get ? dt->descr_get(vm, d, NULL, self) : tpy_newref(d);
}

static int type_set_doc(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    tpy_type *t = (tpy_type *)self;
    if (!tpy_type_has(t, TPY_TF_HEAPTYPE) || !value) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    tpy_type_modified(vm, t);
    return tpy_dict_set_c(vm, t->dict, "__doc__", value);
}

static tpy_object *type_get_dict(tpy_vm *vm, tpy_object *self)
{
    tpy_object *d = tpy_type_dict(vm, (tpy_type *)self);
    return d ? tpy_newref(d) : tpy_dict_new(vm);
}

static tpy_object *type_get_bases(tpy_vm *vm, tpy_object *self)
{
    tpy_type *t = (tpy_type *)self;
    if (t->bases)
        return tpy_newref(t->bases);
    if (!t->base)
        return tpy_newref(vm->empty_tuple);
    return tpy_tuple_pack(vm, 1, &t->base->ob);
}

static tpy_object *type_get_base(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    tpy_type *b = ((tpy_type *)self)->base;
    return tpy_newref(b ? &b->ob : TPY_NONE);
}

static tpy_object *type_get_mro(tpy_vm *vm, tpy_object *self)
{
    tpy_type *t = (tpy_type *)self;
    if (t->mro) {   /* a copy: the class's own tuple borrows its first entry */
        intptr_t n = tpy_tuple_len(t->mro);
        tpy_object *mro = tpy_tuple_new(vm, (size_t)n);
        for (intptr_t i = 0; mro && i < n; i++)
            ((tpy_tuple *)mro)->items[i] = tpy_newref(tpy_tuple_get(t->mro, i));
        return mro;
    }
    size_t n = 0;
    for (tpy_type *b = t; b; b = b->base)
        n++;
    tpy_object *mro = tpy_tuple_new(vm, n);
    if (!mro)
        return NULL;
    n = 0;
    for (tpy_type *b = t; b; b = b->base)
        ((tpy_tuple *)mro)->items[n++] = tpy_newref(&b->ob);
    return mro;
}

static tpy_object *type_mro_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                   size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "mro", nargs, kwnames) < 0)
        return NULL;
    tpy_object *t = type_get_mro(vm, self);
    if (!t)
        return NULL;
    tpy_object *l = tpy_sequence_list(vm, t);
    tpy_decref(vm, t);
    return l;
}

static tpy_object *type_call_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    return type_call(vm, self, args, nargs, kwnames);
}

static tpy_object *type_init_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    (void)vm, (void)self, (void)args, (void)nargs, (void)kwnames;
    return tpy_newref(TPY_NONE);
}

static tpy_object *type_subclasscheck(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__subclasscheck__", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_is_type(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "issubclass() arg 1 must be a class");
    return tpy_bool(tpy_type_is_subtype((tpy_type *)args[0], (tpy_type *)self));
}

static tpy_object *type_instancecheck(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__instancecheck__", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool(tpy_isinstance(args[0], (tpy_type *)self));
}

/* type.__setattr__ / type.__delattr__: what a metaclass's own __setattr__
 * reaches through super() (attributes of the class itself). */
static tpy_object *type_setattr_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                       size_t nargs, tpy_object *kwnames)
{
    return setattr_method(vm, self, args, nargs, kwnames, false, type_setattr);
}

static tpy_object *type_delattr_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                       size_t nargs, tpy_object *kwnames)
{
    return setattr_method(vm, self, args, nargs, kwnames, true, type_setattr);
}

static tpy_object *type_subclasses_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                          size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__subclasses__", nargs, kwnames) < 0)
        return NULL;
    return tpy_type_subclasses(vm, (tpy_type *)self);
}

static const tpy_method_def type_methods[] = {
    {"__subclasses__", type_subclasses_method, 0, NULL},
    {"__setattr__", type_setattr_method, 0, NULL},
    {"__delattr__", type_delattr_method, 0, NULL},
    {"mro", type_mro_method, 0, NULL},
    {"__call__", type_call_method, 0, NULL},
    {"__init__", type_init_method, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {"__dict__", type_get_dict, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {NULL, NULL, NULL},
};

/* int | None (PEP 604): vm/types/unionobject.c. */
static const tpy_number_slots type_number = {
    .binary = {[TPY_OP_OR] = tpy_union_or},
};

tpy_type tpy_type_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "type", .basic_size = sizeof(tpy_heaptype),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_heaptype_destroy,
               .traverse = tpy_heaptype_traverse, .clear = tpy_heaptype_clear},
    .name = "type",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE | TPY_TF_TYPE_SUBCLASS,
    /* Classes only: a static type is immortal and shared by every VM, and
     * the weakref type refuses immortal referents. */
    .weaklist_offset = offsetof(tpy_heaptype, weaklist),
    .base = &tpy_object_type,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .number = &type_number,
    .new_ = type_new_slot,
    .init = type_init,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- the registry of builtin types ------------------------------------------------- */

static tpy_type *const core_types[] = {
    &tpy_type_type, &tpy_object_type, &tpy_none_type, &tpy_notimpl_type, &tpy_ellipsis_type,
    &tpy_int_type, &tpy_bool_type, &tpy_float_type, &tpy_str_type, &tpy_str_iter_type,
    &tpy_bytes_type, &tpy_bytes_iter_type, &tpy_tuple_type, &tpy_tuple_iter_type,
    &tpy_list_type, &tpy_list_iter_type, &tpy_list_reviter_type, &tpy_dict_type,
    &tpy_dict_keys_type, &tpy_dict_values_type, &tpy_dict_items_type,
    &tpy_dict_keyiter_type, &tpy_dict_valueiter_type, &tpy_dict_itemiter_type,
    &tpy_set_type, &tpy_frozenset_type, &tpy_set_iter_type, &tpy_range_type,
    &tpy_range_iter_type, &tpy_longrange_iter_type, &tpy_slice_type, &tpy_method_descr_type,
    &tpy_classmethod_descr_type, &tpy_getset_descr_type, &tpy_builtin_method_type,
    &tpy_enumerate_type, &tpy_zip_type, &tpy_map_type, &tpy_filter_type, &tpy_reversed_type,
    &tpy_callable_iter_type, &tpy_complex_type,
    &tpy_bytearray_type, &tpy_bytearray_iter_type,
    /* classes (vm/types/descrobject.c) */
    &tpy_property_type, &tpy_staticmethod_type, &tpy_classmethod_type, &tpy_super_type,
    &tpy_member_descr_type, &tpy_getitem_iter_type, &tpy_generic_alias_type,
    &tpy_union_type,
    /* special methods of builtin types (vm/core/slotwrap.c) */
    &tpy_slot_wrapper_type, &tpy_method_wrapper_type,
    /* memoryview, array.array and the file objects (vm/modules, issue 8) */
    &tpy_memoryview_type, &tpy_array_type, &tpy_textio_type, &tpy_buffered_reader_type,
    &tpy_buffered_writer_type, &tpy_buffered_random_type, &tpy_io_unsupported_type,
    &tpy_stringio_type, &tpy_bytesio_type,
};
#define N_CORE (sizeof core_types / sizeof core_types[0])

static bool ready_done;   /* set once the registry is frozen */

/* Types of the layers above the core (code, function, module, ...),
 * registered before the first VM exists (tpy_types_register). */
#define MAX_EXTRA 128
static tpy_type *extra_types[MAX_EXTRA];
static size_t n_extra;

int tpy_types_register(tpy_type *const *types, size_t n)
{
    if (ready_done || n_extra + n > MAX_EXTRA)
        return -1;
    for (size_t i = 0; i < n; i++)
        extra_types[n_extra++] = types[i];
    return 0;
}

size_t tpy_builtin_count(void)
{
    return N_CORE + tpy_exc_count + n_extra;
}

tpy_type *tpy_builtin_at(size_t i)
{
    if (i < N_CORE)
        return core_types[i];
    i -= N_CORE;
    return i < tpy_exc_count ? tpy_exc_all[i] : extra_types[i - tpy_exc_count];
}

#define INHERIT(t, b, slot) \
    do {                    \
        if (!(t)->slot)     \
            (t)->slot = (b)->slot; \
    } while (0)

/* CPython's inherit_slots for static types: a slot the type leaves NULL
 * is its base's. The base is readied first. */
static void type_ready(tpy_type *t)
{
    if (t->flags & TPY_TF_READY)
        return;
    t->flags |= TPY_TF_READY;
    if (t != &tpy_object_type && !t->base)
        t->base = &tpy_object_type;
    tpy_type *b = t->base;
    if (!b)
        return;
    type_ready(b);
    INHERIT(t, b, repr);
    INHERIT(t, b, str);
    INHERIT(t, b, hash);
    INHERIT(t, b, richcompare);
    INHERIT(t, b, getattr);
    INHERIT(t, b, setattr);
    INHERIT(t, b, call);
    INHERIT(t, b, iter);
    INHERIT(t, b, next);
    INHERIT(t, b, descr_get);
    INHERIT(t, b, descr_set);
    INHERIT(t, b, finalize);
    INHERIT(t, b, number);
    INHERIT(t, b, container);
    if (b != &tpy_object_type) {
        INHERIT(t, b, new_);
        INHERIT(t, b, init);
        INHERIT(t, b, layout.destroy);
        INHERIT(t, b, layout.traverse);
        INHERIT(t, b, layout.clear);
    }
    t->flags |= b->flags & (TPY_TF_INT_SUBCLASS | TPY_TF_STR_SUBCLASS | TPY_TF_TUPLE_SUBCLASS
                            | TPY_TF_LIST_SUBCLASS | TPY_TF_DICT_SUBCLASS
                            | TPY_TF_TYPE_SUBCLASS | TPY_TF_EXC_SUBCLASS);
}

static void ready_all(void)
{
    ready_done = true;
    for (size_t i = 0; i < tpy_builtin_count(); i++) {
        tpy_type *t = tpy_builtin_at(i);
        t->builtin_index = (unsigned)i;
        type_ready(t);
    }
}

static pthread_once_t ready_once = PTHREAD_ONCE_INIT;

void tpy_types_ready(void)
{
    pthread_once(&ready_once, ready_all);
}

/* ---- per-VM dicts of builtin types -------------------------------------------------- */

static int add_descr(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *descr)
{
    if (!descr)
        return -1;
    tpy_object *key = tpy_str_intern_c(vm, name);
    int r = key ? tpy_dict_set(vm, dict, key, descr) : -1;
    tpy_xdecref(vm, key);
    tpy_decref(vm, descr);
    return r;
}

static tpy_object *build_dict(tpy_vm *vm, tpy_type *t)
{
    tpy_object *d = tpy_dict_new(vm);
    if (!d)
        return NULL;
    for (const tpy_method_def *m = t->methods; m && m->name; m++)
        if (add_descr(vm, d, m->name, tpy_method_descr_new(vm, t, m)) < 0)
            goto fail;
    for (const tpy_getset_def *g = t->getsets; g && g->name; g++)
        if (add_descr(vm, d, g->name, tpy_getset_descr_new(vm, t, g)) < 0)
            goto fail;
    return d;
fail:
    tpy_decref(vm, d);
    return NULL;
}

int tpy_types_init_vm(tpy_vm *vm)
{
    size_t n = tpy_builtin_count();
    vm->builtin_dicts = tpy_obj_heap_calloc(vm->heap, n, sizeof(tpy_object *));
    if (!vm->builtin_dicts)
        return -1;
    for (size_t i = 0; i < n; i++) {
        vm->builtin_dicts[i] = build_dict(vm, tpy_builtin_at(i));
        if (!vm->builtin_dicts[i]
            || tpy_heaptype_builtin_wrappers(vm, tpy_builtin_at(i), vm->builtin_dicts[i]) < 0
            || tpy_slotwrap_fill(vm, tpy_builtin_at(i), vm->builtin_dicts[i]) < 0)
            return -1;
    }
    vm->type_cache_on = true;
    return 0;
}

void tpy_types_fini_vm(tpy_vm *vm)
{
    tpy_type_cache_clear(vm);
    if (!vm->builtin_dicts)
        return;
    for (size_t i = 0; i < tpy_builtin_count(); i++)
        TPY_CLEAR(vm, vm->builtin_dicts[i]);
    tpy_obj_heap_free(vm->heap, vm->builtin_dicts);
    vm->builtin_dicts = NULL;
}

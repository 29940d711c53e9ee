/* vm/types/dict_methods.c: dict(), update() and the methods of dict. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "dict_views_ops.h"
#include "vm.h"

int tpy_dict_pop_item(tpy_vm *vm, tpy_object *dict, tpy_object *key, tpy_object **value);
int tpy_dict_pop_last(tpy_vm *vm, tpy_object *dict, tpy_object **key, tpy_object **value);
void tpy_dict_clear(tpy_vm *vm, tpy_object *dict);
tpy_object *tpy_dict_view_new(tpy_vm *vm, tpy_type *type, tpy_object *dict);

/* Merge an iterable of key/value pairs (CPython's dict_merge_from_seq2). */
static int update_from_pairs(tpy_vm *vm, tpy_object *d, tpy_object *seq)
{
    tpy_object *it = tpy_iter(vm, seq);
    if (!it)
        return -1;
    tpy_object *item;
    intptr_t n = 0;
    int r = 0;
    while (r == 0 && (item = tpy_next(vm, it))) {
        tpy_object *pair = tpy_type_of(item)->iter ? tpy_sequence_tuple(vm, item) : NULL;
        if (!pair) {
            if (!tpy_err_occurred(vm) || tpy_err_matches(vm, &tpy_exc_TypeError))
                tpy_err_format(vm, &tpy_exc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a sequence",
                               n);
            r = -1;
        } else if (tpy_tuple_len(pair) != 2) {
            tpy_err_format(vm, &tpy_exc_ValueError,
                           "dictionary update sequence element #%zd has length %zd; 2 is required",
                           n, tpy_tuple_len(pair));
            r = -1;
        } else {
            r = tpy_dict_set(vm, d, tpy_tuple_get(pair, 0), tpy_tuple_get(pair, 1));
        }
        tpy_xdecref(vm, pair);
        tpy_decref(vm, item);
        n++;
    }
    tpy_decref(vm, it);
    return r < 0 || tpy_err_occurred(vm) ? -1 : 0;
}

/* Merge a mapping that is not a dict: d[k] = other[k] for k in
 * other.keys() (CPython's PyDict_Merge on an object with keys()). */
static int update_from_keys(tpy_vm *vm, tpy_object *d, tpy_object *other, tpy_object *keys)
{
    tpy_object *it = tpy_iter(vm, keys);
    if (!it)
        return -1;
    tpy_object *k;
    int r = 0;
    while (r == 0 && (k = tpy_next(vm, it))) {
        tpy_object *v = tpy_getitem(vm, other, k);
        r = v ? tpy_dict_set(vm, d, k, v) : -1;
        tpy_xdecref(vm, v);
        tpy_decref(vm, k);
    }
    tpy_decref(vm, it);
    return r < 0 || tpy_err_occurred(vm) ? -1 : 0;
}

/* Does @p o have a keys attribute (then it is merged as a mapping)? The
 * bound keys method goes to @p keys_out, called. */
static int mapping_keys(tpy_vm *vm, tpy_object *o, tpy_object **keys_out)
{
    *keys_out = NULL;
    tpy_object *m = tpy_getattr_c(vm, o, "keys");
    if (!m) {
        if (!tpy_err_matches(vm, &tpy_exc_AttributeError))
            return -1;
        tpy_err_clear(vm);
        return 0;
    }
    *keys_out = tpy_call(vm, m, NULL, 0, NULL);
    tpy_decref(vm, m);
    return *keys_out ? 1 : -1;
}

int tpy_dict_update(tpy_vm *vm, tpy_object *d, tpy_object *other)
{
    if (tpy_dict_check(other)) {
        intptr_t pos = 0;
        tpy_object *k, *v;
        while (tpy_dict_next(other, &pos, &k, &v))
            if (tpy_dict_set(vm, d, k, v) < 0)
                return -1;
        return 0;
    }
    tpy_object *keys;
    int has = mapping_keys(vm, other, &keys);
    if (has < 0)
        return -1;
    if (has) {
        int r = update_from_keys(vm, d, other, keys);
        tpy_decref(vm, keys);
        return r;
    }
    return update_from_pairs(vm, d, other);
}

static int update_args(tpy_vm *vm, const char *fname, tpy_object *self, tpy_object *const *args,
                       size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_count(vm, fname, nargs, 0, 1) < 0)
        return -1;
    if (nargs && tpy_dict_update(vm, self, args[0]) < 0)
        return -1;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (tpy_dict_set(vm, self, tpy_tuple_get(kwnames, (intptr_t)i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

tpy_object *tpy_dict_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (t != &tpy_dict_type)
        return tpy_err_set(vm, &tpy_exc_TypeError, "subclasses of dict are not supported yet"), NULL;
    return tpy_dict_new(vm);
}

int tpy_dict_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                  tpy_object *kwnames)
{
    return update_args(vm, "dict", self, args, nargs, kwnames);
}

#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

METHOD(dict_get)
{
    if (tpy_arg_nokw(vm, "get", kwnames) < 0 || tpy_arg_count(vm, "get", nargs, 1, 2) < 0)
        return NULL;
    tpy_object *v;
    int r = tpy_dict_get_ref(vm, self, args[0], &v);
    if (r < 0)
        return NULL;
    return tpy_newref(r ? v : nargs > 1 ? args[1] : TPY_NONE);
}

METHOD(dict_setdefault)
{
    if (tpy_arg_nokw(vm, "setdefault", kwnames) < 0
        || tpy_arg_count(vm, "setdefault", nargs, 1, 2) < 0)
        return NULL;
    tpy_object *v, *dflt = nargs > 1 ? args[1] : TPY_NONE;
    int r = tpy_dict_get_ref(vm, self, args[0], &v);
    if (r < 0)
        return NULL;
    if (r)
        return tpy_newref(v);
    return tpy_dict_set(vm, self, args[0], dflt) < 0 ? NULL : tpy_newref(dflt);
}

METHOD(dict_pop)
{
    if (tpy_arg_nokw(vm, "pop", kwnames) < 0 || tpy_arg_count(vm, "pop", nargs, 1, 2) < 0)
        return NULL;
    tpy_object *v;
    int r = tpy_dict_pop_item(vm, self, args[0], &v);
    if (r < 0)
        return NULL;
    if (r)
        return v;
    if (nargs > 1)
        return tpy_newref(args[1]);
    tpy_err_set_object(vm, &tpy_exc_KeyError, args[0]);
    return NULL;
}

METHOD(dict_popitem)
{
    (void)args;
    if (tpy_arg_none(vm, "popitem", nargs, kwnames) < 0)
        return NULL;
    tpy_object *k, *v;
    if (!tpy_dict_pop_last(vm, self, &k, &v))
        return tpy_err_set(vm, &tpy_exc_KeyError, "popitem(): dictionary is empty"), NULL;
    tpy_object *t = tpy_tuple_pack(vm, 2, k, v);
    tpy_decref(vm, k);
    tpy_decref(vm, v);
    return t;
}

#define VIEW(name, type)                                                 \
    METHOD(name)                                                         \
    {                                                                    \
        (void)args;                                                      \
        if (tpy_arg_none(vm, #name + 5, nargs, kwnames) < 0)             \
            return NULL;                                                 \
        return tpy_dict_view_new(vm, &type, self);                       \
    }
VIEW(dict_keys, tpy_dict_keys_type)
VIEW(dict_values, tpy_dict_values_type)
VIEW(dict_items, tpy_dict_items_type)

METHOD(dict_update)
{
    return update_args(vm, "update", self, args, nargs, kwnames) < 0 ? NULL : TPY_NONE;
}

METHOD(dict_clear)
{
    (void)args;
    if (tpy_arg_none(vm, "clear", nargs, kwnames) < 0)
        return NULL;
    tpy_dict_clear(vm, self);
    return TPY_NONE;
}

METHOD(dict_copy)
{
    (void)args;
    if (tpy_arg_none(vm, "copy", nargs, kwnames) < 0)
        return NULL;
    return tpy_dict_copy(vm, self);
}

METHOD(dict_contains_m)
{
    if (tpy_arg_one(vm, "__contains__", nargs, kwnames) < 0)
        return NULL;
    tpy_object *v;
    int r = tpy_dict_get_ref(vm, self, args[0], &v);
    return r < 0 ? NULL : tpy_bool(r);
}

METHOD(dict_getitem_m)
{
    if (tpy_arg_one(vm, "__getitem__", nargs, kwnames) < 0)
        return NULL;
    return tpy_getitem(vm, self, args[0]);
}

/* dict.fromkeys(iterable, value=None): `self` is the class. */
METHOD(dict_fromkeys)
{
    if (tpy_arg_nokw(vm, "fromkeys", kwnames) < 0 || tpy_arg_count(vm, "fromkeys", nargs, 1, 2) < 0)
        return NULL;
    if (self != &tpy_dict_type.ob)
        return tpy_err_set(vm, &tpy_exc_TypeError, "subclasses of dict are not supported yet"), NULL;
    tpy_object *d = tpy_dict_new(vm), *value = nargs > 1 ? args[1] : TPY_NONE;
    tpy_object *it = d ? tpy_iter(vm, args[0]) : NULL, *k;
    if (!it) {
        tpy_xdecref(vm, d);
        return NULL;
    }
    while ((k = tpy_next(vm, it))) {
        int r = tpy_dict_set(vm, d, k, value);
        tpy_decref(vm, k);
        if (r < 0)
            break;
    }
    tpy_decref(vm, it);
    if (tpy_err_occurred(vm)) {
        tpy_decref(vm, d);
        return NULL;
    }
    return d;
}

const tpy_method_def tpy_dict_methods[] = {
    {"get", dict_get, 0, NULL},
    {"setdefault", dict_setdefault, 0, NULL},
    {"pop", dict_pop, 0, NULL},
    {"popitem", dict_popitem, 0, NULL},
    {"keys", dict_keys, 0, NULL},
    {"values", dict_values, 0, NULL},
    {"items", dict_items, 0, NULL},
    {"update", dict_update, 0, NULL},
    {"clear", dict_clear, 0, NULL},
    {"copy", dict_copy, 0, NULL},
    {"fromkeys", dict_fromkeys, TPY_METH_CLASS, NULL},
    {"__contains__", dict_contains_m, 0, NULL},
    {"__getitem__", dict_getitem_m, 0, NULL},
    {"__reversed__", tpy_dict_reversed_method, 0, NULL},
    {"__class_getitem__", tpy_generic_class_getitem, TPY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

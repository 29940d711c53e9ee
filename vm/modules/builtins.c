/* vm/modules/builtins.c: the builtins namespace (see builtins.h): the
 * builtin types and constants under their names, and the functions of
 * builtins_io.c, builtins_num.c, builtins_obj.c and builtins_iter.c.
 *
 * A builtin function is a builtin_function_or_method object binding its
 * tpy_method_def to None (the module object, once modules exist, will
 * take None's place as __self__); TPY_METH_FUNCTION makes its repr
 * "<built-in function len>". */
#include "builtins.h"

#include "abstract.h"
#include "builtins_internal.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "bytearray.h"
#include "complex.h"
#include "vm.h"

/* ---- helpers the builtins_*.c files share ------------------------------------------------ */

tpy_object *tpy_lookup_special(tpy_vm *vm, tpy_object *o, const char *name)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    if (!key)
        return NULL;
    tpy_type *t = tpy_type_of(o);
    tpy_object *attr = tpy_type_lookup(vm, t, key);
    tpy_decref(vm, key);
    if (!attr)
        return NULL;
    tpy_type *at = tpy_type_of(attr);
    return at->descr_get ? at->descr_get(vm, attr, o, &t->ob) : tpy_newref(attr);
}

int tpy_builtin_keywords(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames, const char *const *allowed, tpy_object **out)
{
    size_t nallowed = 0;
    while (allowed[nallowed])
        out[nallowed++] = NULL;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        tpy_object *name = tpy_tuple_get(kwnames, (intptr_t)k);
        size_t i = 0;
        while (i < nallowed && !tpy_str_equal_c(name, allowed[i]))
            i++;
        if (i == nallowed) {
            tpy_err_format(vm, &tpy_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                           name, fname);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

/* ---- registration ---------------------------------------------------------------------------- */

static int add(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *value)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    int r = key ? tpy_dict_set(vm, dict, key, value) : -1;
    tpy_xdecref(vm, key);
    return r;
}

static int add_functions(tpy_vm *vm, tpy_object *dict, const tpy_method_def *defs)
{
    for (const tpy_method_def *d = defs; d->name; d++) {
        tpy_object *f = tpy_builtin_method_new(vm, TPY_NONE, d);
        int r = f ? add(vm, dict, d->name, f) : -1;
        tpy_xdecref(vm, f);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* The types a program names directly. */
static tpy_type *const builtin_types[] = {
    &tpy_object_type, &tpy_type_type, &tpy_int_type, &tpy_bool_type, &tpy_float_type,
    &tpy_str_type, &tpy_bytes_type, &tpy_tuple_type, &tpy_list_type, &tpy_dict_type,
    &tpy_set_type, &tpy_frozenset_type, &tpy_range_type, &tpy_slice_type,
    &tpy_enumerate_type, &tpy_zip_type, &tpy_map_type, &tpy_filter_type, &tpy_reversed_type,
    &tpy_complex_type, &tpy_bytearray_type, &tpy_memoryview_type,
};

static int add_types(tpy_vm *vm, tpy_object *dict)
{
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (add(vm, dict, builtin_types[i]->name, &builtin_types[i]->ob) < 0)
            return -1;
    for (size_t i = 0; i < tpy_exc_count; i++)
        if (add(vm, dict, tpy_exc_all[i]->name, &tpy_exc_all[i]->ob) < 0)
            return -1;
    /* Python 3's aliases of OSError. */
    if (add(vm, dict, "EnvironmentError", &tpy_exc_OSError.ob) < 0 ||
        add(vm, dict, "IOError", &tpy_exc_OSError.ob) < 0)
        return -1;
    return 0;
}

static int add_constants(tpy_vm *vm, tpy_object *dict)
{
    return add(vm, dict, "None", TPY_NONE) < 0 || add(vm, dict, "True", TPY_TRUE) < 0
                   || add(vm, dict, "False", TPY_FALSE) < 0
                   || add(vm, dict, "Ellipsis", TPY_ELLIPSIS) < 0
                   || add(vm, dict, "NotImplemented", TPY_NOT_IMPLEMENTED) < 0
                   || add(vm, dict, "__debug__", TPY_TRUE) < 0
               ? -1
               : 0;
}

int tpy_builtins_init(tpy_vm *vm, tpy_object *builtins_dict)
{
    if (!tpy_dict_check(builtins_dict)) {
        tpy_err_bad_internal_call(vm, "tpy_builtins_init");
        return -1;
    }
    if (add_types(vm, builtins_dict) < 0 || add_constants(vm, builtins_dict) < 0)
        return -1;
    const tpy_method_def *const tables[] = {tpy_builtins_io, tpy_builtins_num, tpy_builtins_obj,
                                            tpy_builtins_iter};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (add_functions(vm, builtins_dict, tables[i]) < 0)
            return -1;
    return 0;
}

/* vm/modules/builtins_iter.c: the builtins that drive iteration: iter
 * (both forms), next, sorted, all, any. The iterator types themselves
 * (enumerate, zip, map, filter, reversed) are in vm/types/iterators.c. */
#include "abstract.h"
#include "builtins_internal.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

TPY_BUILTIN(builtin_iter)
{
    (void)self;
    if (tpy_arg_nokw(vm, "iter", kwnames) < 0 || tpy_arg_count(vm, "iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return tpy_iter(vm, args[0]);
    if (!tpy_type_of(args[0])->call)
        return tpy_err_set(vm, &tpy_exc_TypeError, "iter(v, w): v must be callable"), NULL;
    return tpy_callable_iter_new(vm, args[0], args[1]);
}

/* next(it[, default]): the protocol's NULL-without-error end becomes
 * StopIteration, or the default. */
TPY_BUILTIN(builtin_next)
{
    (void)self;
    if (tpy_arg_nokw(vm, "next", kwnames) < 0 || tpy_arg_count(vm, "next", nargs, 1, 2) < 0)
        return NULL;
    tpy_object *r = tpy_next(vm, args[0]);
    if (r)
        return r;
    if (tpy_err_occurred(vm)) {
        if (nargs < 2 || !tpy_err_matches(vm, &tpy_exc_StopIteration)
            || !tpy_type_of(args[0])->next)
            return NULL;
        tpy_err_clear(vm);
    }
    tpy_object *value = tpy_next_stop_value_hook ? tpy_next_stop_value_hook(vm, args[0]) : NULL;
    if (nargs == 2) {
        tpy_xdecref(vm, value);
        return tpy_newref(args[1]);
    }
    tpy_err_set_object(vm, &tpy_exc_StopIteration, value);
    tpy_xdecref(vm, value);
    return NULL;
}

TPY_BUILTIN(builtin_sorted)
{
    (void)self;
    static const char *const names[] = {"key", "reverse", NULL};
    tpy_object *kw[2];
    if (tpy_arg_count(vm, "sorted", nargs, 1, 1) < 0
        || tpy_builtin_keywords(vm, "sort", args, nargs, kwnames, names, kw) < 0)
        return NULL;
    int reverse = tpy_list_sort_reverse_flag(vm, kw[1]);
    if (reverse < 0)
        return NULL;
    tpy_object *list = tpy_sequence_list(vm, args[0]);
    tpy_object *key = kw[0] == TPY_NONE ? NULL : kw[0];
    if (list && tpy_list_sort(vm, list, key, reverse) < 0)
        TPY_CLEAR(vm, list);
    return list;
}

/* all() and any(): stop at the first item whose truth is `stop_on`. */
static tpy_object *all_any(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, bool stop_on)
{
    if (tpy_arg_one(vm, fname, nargs, kwnames) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, args[0]), *item;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (item = tpy_next(vm, it))) {
        int t = tpy_is_true(vm, item);
        tpy_decref(vm, item);
        found = t < 0 ? -1 : t == stop_on;
    }
    tpy_decref(vm, it);
    if (found < 0 || (!found && tpy_err_occurred(vm)))
        return NULL;
    return tpy_bool(found ? stop_on : !stop_on);
}

TPY_BUILTIN(builtin_all)
{
    (void)self;
    return all_any(vm, "all", args, nargs, kwnames, false);
}

TPY_BUILTIN(builtin_any)
{
    (void)self;
    return all_any(vm, "any", args, nargs, kwnames, true);
}

const tpy_method_def tpy_builtins_iter[] = {
    {"iter", builtin_iter, TPY_METH_FUNCTION, NULL},
    {"next", builtin_next, TPY_METH_FUNCTION, NULL},
    {"sorted", builtin_sorted, TPY_METH_FUNCTION, NULL},
    {"all", builtin_all, TPY_METH_FUNCTION, NULL},
    {"any", builtin_any, TPY_METH_FUNCTION, NULL},
    {NULL, NULL, 0, NULL},
};

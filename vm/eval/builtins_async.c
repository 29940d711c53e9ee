/* vm/eval/builtins_async.c: the builtins aiter() and anext() (3.10), and
 * exit()/quit(), which CPython's site module adds to builtins. anext(it,
 * default) wraps the awaitable in lib/_anext.py's coroutine, which turns
 * StopAsyncIteration into the default. */
#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "heaptype.h"
#include "import.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* type(o).<name>() with no arguments; NULL with *missing true (and no
 * exception) when the type has no such method. */
static tpy_object *call_special(tpy_vm *vm, tpy_object *o, const char *name, bool *missing)
{
    tpy_object *r = tpy_call_special(vm, o, name, NULL, 0, missing);
    if (!r && *missing)
        tpy_err_clear(vm);
    return r;
}

static tpy_object *builtin_aiter(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_nokw(vm, "aiter", kwnames) < 0 || tpy_arg_count(vm, "aiter", nargs, 1, 1) < 0)
        return NULL;
    bool missing;
    tpy_object *it = call_special(vm, args[0], "__aiter__", &missing);
    if (!it) {
        if (missing)
            tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not an async iterable",
                           tpy_type_of(args[0])->name);
        return NULL;
    }
    tpy_object *key = tpy_str_intern_c(vm, "__anext__");
    bool ok = key && tpy_type_lookup(vm, tpy_type_of(it), key) != NULL;
    tpy_xdecref(vm, key);
    if (!ok) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "aiter() returned not an async iterator of type '%s'",
                       tpy_type_of(it)->name);
        tpy_decref(vm, it);
        return NULL;
    }
    return it;
}

static tpy_object *builtin_anext(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_nokw(vm, "anext", kwnames) < 0 || tpy_arg_count(vm, "anext", nargs, 1, 2) < 0)
        return NULL;
    bool missing;
    tpy_object *aw = call_special(vm, args[0], "__anext__", &missing);
    if (!aw) {
        if (missing)
            tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not an async iterator",
                           tpy_type_of(args[0])->name);
        return NULL;
    }
    if (nargs == 1)
        return aw;
    tpy_object *mod = tpy_import_module(vm, "_anext");
    tpy_object *r = NULL;
    if (mod) {
        tpy_object *pair[2] = {aw, args[1]};
        tpy_object *fn = tpy_getattr_c(vm, mod, "anext_default");
        r = fn ? tpy_call(vm, fn, pair, 2, NULL) : NULL;
        tpy_xdecref(vm, fn);
        tpy_decref(vm, mod);
    }
    tpy_decref(vm, aw);
    return r;
}

/* exit([code]) and quit([code]): raise SystemExit(code). */
static tpy_object *builtin_exit(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_nokw(vm, "exit", kwnames) < 0 || tpy_arg_count(vm, "exit", nargs, 0, 1) < 0)
        return NULL;
    tpy_object *e = tpy_exc_new(vm, &tpy_exc_SystemExit, args, nargs);
    if (e) {
        tpy_err_set_instance(vm, e);
        tpy_decref(vm, e);
    }
    return NULL;
}

static const tpy_method_def async_builtins[] = {
    {"aiter", builtin_aiter, TPY_METH_FUNCTION, NULL},
    {"anext", builtin_anext, TPY_METH_FUNCTION, NULL},
    {"exit", builtin_exit, TPY_METH_FUNCTION, NULL},
    {"quit", builtin_exit, TPY_METH_FUNCTION, NULL},
    {NULL, NULL, 0, NULL},
};

/**
 * @brief Add aiter, anext, exit and quit to the builtins dict @p builtins.
 * @return 0, or -1 with an exception set.
 */
int tpy_builtins_async_init(tpy_vm *vm, tpy_object *builtins);
int tpy_builtins_async_init(tpy_vm *vm, tpy_object *builtins)
{
    for (const tpy_method_def *d = async_builtins; d->name; d++) {
        tpy_object *f = tpy_builtin_method_new(vm, tpy_newref(TPY_NONE), d);
        int r = f ? tpy_dict_set_c(vm, builtins, d->name, f) : -1;
        tpy_xdecref(vm, f);
        if (r < 0)
            return -1;
    }
    return 0;
}

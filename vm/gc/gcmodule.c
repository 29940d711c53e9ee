/* vm/gc/gcmodule.c: the gc module's functions as builtin methods over the
 * C interface of gc.h, with CPython 3.11's argument handling. The runtime
 * makes the module object and calls tpy_gc_module_fill on its dict. */
#include "abstract.h"
#include "error.h"
#include "gc_internal.h"
#include "refcount.h"
#include "types.h"

#define GC_FUNCTION(name)                                                          \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* An int argument that must fit a C int (CPython's "i" format). */
static int int_arg(tpy_vm *vm, tpy_object *o, int *out)
{
    intptr_t v = tpy_index_ssize(vm, o, &tpy_exc_OverflowError);
    if (v == -1 && tpy_err_occurred(vm))
        return -1;
    if (v > INT32_MAX || v < INT32_MIN) {
        tpy_err_set(vm, &tpy_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static tpy_object *none(void)
{
    return TPY_NONE;   /* immortal: no reference to take */
}

static tpy_object *int_tuple(tpy_vm *vm, const intptr_t *v, size_t n)
{
    tpy_object *t = tpy_tuple_new(vm, n);
    for (size_t i = 0; t && i < n; i++) {
        tpy_object *x = tpy_int_from_i64(vm, v[i]);
        if (!x) {
            TPY_CLEAR(vm, t);
            break;
        }
        ((tpy_tuple *)t)->items[i] = x;
    }
    return t;
}

GC_FUNCTION(gc_collect)
{
    (void)self;
    static const char *const names[] = {"generation", NULL};
    tpy_object *a[1];
    int generation = TPY_GC_GENERATIONS - 1;
    if (tpy_arg_parse(vm, "collect", args, nargs, kwnames, names, 0, 0, a) < 0 ||
        (a[0] && int_arg(vm, a[0], &generation) < 0))
        return NULL;
    intptr_t n = tpy_gc_collect(vm, generation);
    return n < 0 ? NULL : tpy_int_from_i64(vm, n);
}

GC_FUNCTION(gc_enable)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "enable", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_enable(vm);
    return none();
}

GC_FUNCTION(gc_disable)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "disable", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_disable(vm);
    return none();
}

GC_FUNCTION(gc_isenabled)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "isenabled", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool(tpy_gc_isenabled(vm));
}

GC_FUNCTION(gc_get_count)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "get_count", nargs, kwnames) < 0)
        return NULL;
    intptr_t c[TPY_GC_GENERATIONS];
    tpy_gc_get_count(vm, c);
    return int_tuple(vm, c, TPY_GC_GENERATIONS);
}

GC_FUNCTION(gc_get_threshold)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "get_threshold", nargs, kwnames) < 0)
        return NULL;
    int t[TPY_GC_GENERATIONS];
    tpy_gc_get_threshold(vm, t);
    intptr_t v[TPY_GC_GENERATIONS] = {t[0], t[1], t[2]};
    return int_tuple(vm, v, TPY_GC_GENERATIONS);
}

GC_FUNCTION(gc_set_threshold)
{
    (void)self;
    if (tpy_arg_nokw(vm, "set_threshold", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > TPY_GC_GENERATIONS)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "set_threshold() takes %s %d argument%s (%zu given)",
                              nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 3,
                              nargs < 1 ? "" : "s", nargs);
    int t[TPY_GC_GENERATIONS] = {-1, -1, -1};
    for (size_t i = 0; i < nargs; i++)
        if (int_arg(vm, args[i], &t[i]) < 0)
            return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (t[i] < 0)
            t[i] = 0;   /* CPython stores what it is given; negatives act as 0 */
    tpy_gc_set_threshold(vm, t[0], t[1], t[2]);
    return none();
}

GC_FUNCTION(gc_get_objects)
{
    (void)self;
    static const char *const names[] = {"generation", NULL};
    tpy_object *a[1];
    int generation = -1;
    if (tpy_arg_parse(vm, "get_objects", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    if (a[0] && a[0] != TPY_NONE) {
        if (int_arg(vm, a[0], &generation) < 0)
            return NULL;
        if (generation < 0) {
            tpy_err_set(vm, &tpy_exc_ValueError, "generation parameter cannot be negative");
            return NULL;
        }
    }
    return tpy_gc_get_objects(vm, generation);
}

GC_FUNCTION(gc_get_referrers)
{
    (void)self;
    if (tpy_arg_nokw(vm, "get_referrers", kwnames) < 0)
        return NULL;
    return tpy_gc_get_referrers(vm, args, nargs);
}

GC_FUNCTION(gc_get_referents)
{
    (void)self;
    if (tpy_arg_nokw(vm, "get_referents", kwnames) < 0)
        return NULL;
    return tpy_gc_get_referents(vm, args, nargs);
}

GC_FUNCTION(gc_is_tracked)
{
    (void)self;
    if (tpy_arg_one(vm, "is_tracked", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool(tpy_gc_object_tracked(args[0]));
}

GC_FUNCTION(gc_is_finalized)
{
    (void)self;
    if (tpy_arg_one(vm, "is_finalized", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool(tpy_gc_object_finalized(args[0]));
}

static tpy_object *stats_dict(tpy_vm *vm, const tpy_gc_gen_stats *s)
{
    tpy_object *d = tpy_dict_new(vm);
    const char *keys[] = {"collections", "collected", "uncollectable"};
    uint64_t values[] = {s->collections, s->collected, s->uncollectable};
    for (size_t i = 0; d && i < 3; i++) {
        tpy_object *v = tpy_int_from_i64(vm, (int64_t)values[i]);
        int r = v ? tpy_dict_set_c(vm, d, keys[i], v) : -1;
        tpy_xdecref(vm, v);
        if (r < 0)
            TPY_CLEAR(vm, d);
    }
    return d;
}

GC_FUNCTION(gc_get_stats)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "get_stats", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    tpy_object *list = tpy_list_new(vm, TPY_GC_GENERATIONS);
    for (int i = 0; list && i < TPY_GC_GENERATIONS; i++) {
        tpy_object *d = stats_dict(vm, &st.gen[i]);
        if (!d)
            TPY_CLEAR(vm, list);
        else
            ((tpy_list *)list)->items[i] = d;
    }
    return list;
}

GC_FUNCTION(gc_freeze)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "freeze", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_freeze(vm);
    return none();
}

GC_FUNCTION(gc_unfreeze)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "unfreeze", nargs, kwnames) < 0)
        return NULL;
    tpy_gc_unfreeze(vm);
    return none();
}

GC_FUNCTION(gc_get_freeze_count)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "get_freeze_count", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, (int64_t)tpy_gc_get_freeze_count(vm));
}

GC_FUNCTION(gc_set_debug)
{
    (void)self;
    int flags;
    if (tpy_arg_one(vm, "set_debug", nargs, kwnames) < 0 || int_arg(vm, args[0], &flags) < 0)
        return NULL;
    tpy_gc_set_debug(vm, (unsigned)flags);
    return none();
}

GC_FUNCTION(gc_get_debug)
{
    (void)self, (void)args;
    if (tpy_arg_none(vm, "get_debug", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, tpy_gc_get_debug(vm));
}

#define F TPY_METH_FUNCTION
const tpy_method_def tpy_gc_module_methods[] = {
    {"collect", gc_collect, F, "Run the garbage collector."},
    {"enable", gc_enable, F, "Enable automatic garbage collection."},
    {"disable", gc_disable, F, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, F, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, F, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, F, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, F, "Set the collection thresholds."},
    {"get_objects", gc_get_objects, F, "Return a list of objects tracked by the collector."},
    {"get_referrers", gc_get_referrers, F, "Return the list of objects that refer to any of objs."},
    {"get_referents", gc_get_referents, F, "Return the list of objects directly referred to by objs."},
    {"is_tracked", gc_is_tracked, F, "Returns true if the object is tracked by the collector."},
    {"is_finalized", gc_is_finalized, F, "Returns true if the object has been already finalized."},
    {"get_stats", gc_get_stats, F, "Return a list of dictionaries of per-generation statistics."},
    {"freeze", gc_freeze, F, "Freeze all current tracked objects into the permanent generation."},
    {"unfreeze", gc_unfreeze, F, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, F, "Return the number of objects in the permanent generation."},
    {"set_debug", gc_set_debug, F, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug, F, "Get the garbage collection debugging flags."},
    {NULL, NULL, 0, NULL},
};
#undef F

static int add(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *value)
{
    int r = value ? tpy_dict_set_c(vm, dict, name, value) : -1;
    tpy_xdecref(vm, value);
    return r;
}

int tpy_gc_module_fill(tpy_vm *vm, tpy_object *dict, tpy_object *self)
{
    for (const tpy_method_def *d = tpy_gc_module_methods; d->name; d++)
        if (add(vm, dict, d->name, tpy_builtin_method_new(vm, tpy_newref(self), d)) < 0)
            return -1;
    static const struct { const char *name; int value; } flags[] = {
        {"DEBUG_STATS", TPY_GC_DEBUG_STATS},
        {"DEBUG_COLLECTABLE", TPY_GC_DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", TPY_GC_DEBUG_UNCOLLECTABLE},
        {"DEBUG_SAVEALL", TPY_GC_DEBUG_SAVEALL},
        {"DEBUG_LEAK", TPY_GC_DEBUG_LEAK},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (add(vm, dict, flags[i].name, tpy_int_from_i64(vm, flags[i].value)) < 0)
            return -1;
    if (add(vm, dict, "garbage", tpy_newref(vm->gc->garbage)) < 0 ||
        add(vm, dict, "callbacks", tpy_newref(vm->gc->callbacks)) < 0)
        return -1;
    return 0;
}

/* vm/types/iterators.c: the iterator types the builtins module exposes:
 * enumerate, zip, map, filter, reversed, and callable_iterator (what
 * iter(callable, sentinel) returns).
 *
 * Each holds its source iterators (and function) until it is exhausted,
 * then drops them, so an exhausted iterator keeps nothing alive, as
 * CPython's do for the sequence iterators. Every field of the structs
 * below is an owned reference or NULL; one traverse/clear pair per type
 * walks them. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* The owned references of an iterator object: `n` pointers right after
 * the header (all the structs below start that way). */
typedef struct refs_obj {
    tpy_object ob;
    tpy_object *refs[];
} refs_obj;

static int refs_traverse_n(tpy_object *o, size_t n, tpy_obj_visit_fn visit, void *arg)
{
    for (size_t i = 0; i < n; i++) {
        tpy_object *r = ((refs_obj *)o)->refs[i];
        int rc = r ? visit(r, arg) : 0;
        if (rc)
            return rc;
    }
    return 0;
}

static void refs_clear_n(tpy_obj_heap *heap, tpy_object *o, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        tpy_object *r = ((refs_obj *)o)->refs[i];
        ((refs_obj *)o)->refs[i] = NULL;
        tpy_xdecref_heap(heap, r);
    }
}

/* traverse / clear / destroy for a type whose first N fields are refs. */
#define REFS_HOOKS(prefix, N)                                                      \
    static int prefix##_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg) \
    {                                                                              \
        return refs_traverse_n(o, N, visit, arg);                                  \
    }                                                                              \
    static void prefix##_clear(tpy_obj_heap *heap, tpy_object *o)                  \
    {                                                                              \
        refs_clear_n(heap, o, N);                                                  \
    }                                                                              \
    static void prefix##_destroy(tpy_obj_heap *heap, tpy_object *o)                \
    {                                                                              \
        refs_clear_n(heap, o, N);                                                  \
        tpy_obj_free(heap, o);                                                     \
    }

#define ITER_TYPE(var, pyname, ctype, prefix, newfn, nextfn)                       \
    tpy_type var = {                                                               \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                      \
        .layout = {.name = pyname, .basic_size = sizeof(ctype),                    \
                   .flags = TPY_OBJ_CONTAINER, .destroy = prefix##_destroy,        \
                   .traverse = prefix##_traverse, .clear = prefix##_clear},        \
        .name = pyname,                                                            \
        .flags = TPY_TF_BASETYPE,                                                  \
        .iter = tpy_iter_self,                                                     \
        .next = nextfn,                                                            \
        .new_ = newfn,                                                             \
    }

static void drop_all(tpy_vm *vm, tpy_object *o, size_t n)
{
    refs_clear_n(tpy_vm_heap(vm), o, n);
}

/* ---- enumerate ------------------------------------------------------------------------------------ */

typedef struct enum_obj {
    tpy_object ob;
    tpy_object *it;
    tpy_object *big;       /* the count once it left the machine word, else NULL */
    int64_t count;
} enum_obj;
REFS_HOOKS(enum, 2)

static tpy_object *enum_count(tpy_vm *vm, enum_obj *e)
{
    if (!e->big) {
        if (e->count < INT64_MAX)
            return tpy_int_from_i64(vm, e->count++);
        if (!(e->big = tpy_int_from_i64(vm, e->count)))
            return NULL;
    }
    tpy_object *one = tpy_int_from_i64(vm, 1);
    tpy_object *next = tpy_int_binary(vm, TPY_OP_ADD, e->big, one);
    if (!next)
        return NULL;
    tpy_object *r = e->big;
    e->big = next;
    return r;
}

static tpy_object *enum_next(tpy_vm *vm, tpy_object *o)
{
    enum_obj *e = (enum_obj *)o;
    if (!e->it)
        return NULL;
    tpy_object *item = tpy_next(vm, e->it);
    if (!item) {
        if (!tpy_err_occurred(vm))
            drop_all(vm, o, 2);
        return NULL;
    }
    tpy_object *n = enum_count(vm, e);
    tpy_object *r = n ? tpy_tuple_pack(vm, 2, n, item) : NULL;
    tpy_xdecref(vm, n);
    tpy_decref(vm, item);
    return r;
}

static tpy_object *enum_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    tpy_object *a[2];
    if (nargs == 0 && !kwnames)   /* enumerate's own wording, without "(pos 1)" */
        return tpy_err_set(vm, &tpy_exc_TypeError,
                           "enumerate() missing required argument 'iterable'"), NULL;
    if (tpy_arg_parse(vm, "enumerate", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    tpy_object *start = NULL;
    if (a[1] && !(start = tpy_index(vm, a[1])))
        return NULL;
    tpy_object *it = tpy_iter(vm, a[0]);
    enum_obj *e = it ? (enum_obj *)tpy_alloc(vm, t) : NULL;
    if (!e) {
        tpy_xdecref(vm, it);
        tpy_xdecref(vm, start);
        return NULL;
    }
    e->it = it;
    e->big = NULL;
    e->count = 0;
    if (start && tpy_int_to_i64(vm, start, &e->count) < 0) {
        tpy_err_clear(vm);
        e->big = tpy_newref(start);
    }
    tpy_xdecref(vm, start);
    return (tpy_object *)e;
}

ITER_TYPE(tpy_enumerate_type, "enumerate", enum_obj, enum, enum_new, enum_next);

/* ---- zip --------------------------------------------------------------------------------------------------- */

typedef struct zip_obj {
    tpy_object ob;
    tpy_object *its;       /* tuple of iterators */
    bool strict;
} zip_obj;
REFS_HOOKS(zip, 1)

/* strict=True and argument i (0-based) ran out first: check the others
 * are exhausted too, as CPython words it. */
static tpy_object *zip_strict_end(tpy_vm *vm, zip_obj *z, intptr_t i)
{
    const char *plural = i == 1 ? " " : "s 1-";
    if (i)
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "zip() argument %zd is shorter than argument%s%zd", i + 1, plural, i);
    for (i = 1; i < tpy_tuple_len(z->its); i++) {
        tpy_object *item = tpy_next(vm, tpy_tuple_get(z->its, i));
        if (item) {
            tpy_decref(vm, item);
            plural = i == 1 ? " " : "s 1-";
            return tpy_err_format(vm, &tpy_exc_ValueError,
                                  "zip() argument %zd is longer than argument%s%zd", i + 1, plural, i);
        }
        if (tpy_err_occurred(vm))
            return NULL;
    }
    return NULL;
}

static tpy_object *zip_next(tpy_vm *vm, tpy_object *o)
{
    zip_obj *z = (zip_obj *)o;
    if (!z->its)
        return NULL;
    intptr_t n = tpy_tuple_len(z->its);
    if (n == 0)
        return NULL;
    tpy_object *r = tpy_tuple_new(vm, (size_t)n);
    if (!r)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        tpy_object *item = tpy_next(vm, tpy_tuple_get(z->its, i));
        if (!item) {
            tpy_decref(vm, r);   /* the unfilled slots are NULL, which tuples allow */
            if (!tpy_err_occurred(vm) && z->strict)
                zip_strict_end(vm, z, i);
            if (!tpy_err_occurred(vm))
                drop_all(vm, o, 1);
            return NULL;
        }
        ((tpy_tuple *)r)->items[i] = item;
    }
    return r;
}

/* A tuple of iter(x) for each argument. */
static tpy_object *iter_all(tpy_vm *vm, tpy_object *const *args, size_t n)
{
    tpy_object *its = tpy_tuple_new(vm, n);
    for (size_t i = 0; its && i < n; i++) {
        tpy_object *it = tpy_iter(vm, args[i]);
        if (!it)
            TPY_CLEAR(vm, its);
        else
            ((tpy_tuple *)its)->items[i] = it;
    }
    return its;
}

static tpy_object *zip_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    bool strict = false;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        tpy_object *name = tpy_tuple_get(kwnames, (intptr_t)k);
        if (!tpy_str_equal_c(name, "strict"))
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "'%U' is an invalid keyword argument for zip()", name);
        int b = tpy_is_true(vm, args[nargs + k]);
        if (b < 0)
            return NULL;
        strict = b;
    }
    tpy_object *its = iter_all(vm, args, nargs);
    zip_obj *z = its ? (zip_obj *)tpy_alloc(vm, t) : NULL;
    if (!z) {
        tpy_xdecref(vm, its);
        return NULL;
    }
    z->its = its;
    z->strict = strict;
    return (tpy_object *)z;
}

ITER_TYPE(tpy_zip_type, "zip", zip_obj, zip, zip_new, zip_next);

/* ---- map ------------------------------------------------------------------------------------------------------ */

typedef struct map_obj {
    tpy_object ob;
    tpy_object *func;
    tpy_object *its;       /* tuple of iterators */
} map_obj;
REFS_HOOKS(map, 2)

static tpy_object *map_next(tpy_vm *vm, tpy_object *o)
{
    map_obj *m = (map_obj *)o;
    if (!m->its)
        return NULL;
    intptr_t n = tpy_tuple_len(m->its);
    tpy_object *small[8], **items = n <= 8 ? small : tpy_vm_malloc(vm, (size_t)n * sizeof *items);
    if (!items)
        return NULL;
    intptr_t got = 0;
    for (; got < n; got++)
        if (!(items[got] = tpy_next(vm, tpy_tuple_get(m->its, got))))
            break;
    tpy_object *r = NULL;
    if (got == n)
        r = tpy_call(vm, m->func, items, (size_t)n, NULL);
    else if (!tpy_err_occurred(vm))
        drop_all(vm, o, 2);
    for (intptr_t i = 0; i < got; i++)
        tpy_decref(vm, items[i]);
    if (items != small)
        tpy_vm_free(vm, items);
    return r;
}

static tpy_object *map_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return tpy_err_set(vm, &tpy_exc_TypeError, "map() must have at least two arguments."), NULL;
    tpy_object *its = iter_all(vm, args + 1, nargs - 1);
    map_obj *m = its ? (map_obj *)tpy_alloc(vm, t) : NULL;
    if (!m) {
        tpy_xdecref(vm, its);
        return NULL;
    }
    m->func = tpy_newref(args[0]);
    m->its = its;
    return (tpy_object *)m;
}

ITER_TYPE(tpy_map_type, "map", map_obj, map, map_new, map_next);

/* ---- filter ------------------------------------------------------------------------------------------------------- */

typedef struct filter_obj {
    tpy_object ob;
    tpy_object *func;      /* None: the items' own truth */
    tpy_object *it;
} filter_obj;
REFS_HOOKS(filter, 2)

static tpy_object *filter_next(tpy_vm *vm, tpy_object *o)
{
    filter_obj *f = (filter_obj *)o;
    if (!f->it)
        return NULL;
    for (;;) {
        tpy_object *item = tpy_next(vm, f->it);
        if (!item) {
            if (!tpy_err_occurred(vm))
                drop_all(vm, o, 2);
            return NULL;
        }
        bool plain = f->func == TPY_NONE || f->func == &tpy_bool_type.ob;
        tpy_object *verdict = plain ? tpy_newref(item) : tpy_call(vm, f->func, &item, 1, NULL);
        int ok = verdict ? tpy_is_true(vm, verdict) : -1;
        tpy_xdecref(vm, verdict);
        if (ok > 0)
            return item;
        tpy_decref(vm, item);
        if (ok < 0)
            return NULL;
    }
}

static tpy_object *filter_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "filter", kwnames) < 0 || tpy_arg_count(vm, "filter", nargs, 2, 2) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, args[1]);
    filter_obj *f = it ? (filter_obj *)tpy_alloc(vm, t) : NULL;
    if (!f) {
        tpy_xdecref(vm, it);
        return NULL;
    }
    f->func = tpy_newref(args[0]);
    f->it = it;
    return (tpy_object *)f;
}

ITER_TYPE(tpy_filter_type, "filter", filter_obj, filter, filter_new, filter_next);

/* ---- reversed --------------------------------------------------------------------------------------------------------- */

typedef struct reversed_obj {
    tpy_object ob;
    tpy_object *seq;
    intptr_t index;        /* the next index to read, -1 when done */
} reversed_obj;
REFS_HOOKS(reversed, 1)

static tpy_object *reversed_next(tpy_vm *vm, tpy_object *o)
{
    reversed_obj *r = (reversed_obj *)o;
    if (!r->seq || r->index < 0) {
        drop_all(vm, o, 1);
        return NULL;
    }
    tpy_object *key = tpy_int_from_i64(vm, r->index--);
    tpy_object *item = key ? tpy_getitem(vm, r->seq, key) : NULL;
    tpy_xdecref(vm, key);
    if (!item && (tpy_err_matches(vm, &tpy_exc_IndexError)
                  || tpy_err_matches(vm, &tpy_exc_StopIteration))) {
        tpy_err_clear(vm);   /* the sequence shrank: the iteration ends */
        drop_all(vm, o, 1);
    }
    return item;
}

/* type(seq).__reversed__, looked up as special methods are. */
static tpy_object *lookup_reversed(tpy_vm *vm, tpy_object *seq)
{
    tpy_object *name = tpy_str_intern_c(vm, "__reversed__");
    if (!name)
        return NULL;
    tpy_object *m = tpy_type_lookup(vm, tpy_type_of(seq), name);
    tpy_decref(vm, name);
    return m;
}

static bool is_sequence(tpy_object *o)
{
    const tpy_container_slots *c = tpy_type_of(o)->container;
    return c && c->getitem && c->len && !tpy_dict_check(o) && !tpy_anyset_check(o);
}

static tpy_object *reversed_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                                tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "reversed", kwnames) < 0
        || tpy_arg_count(vm, "reversed", nargs, 1, 1) < 0)
        return NULL;
    tpy_object *seq = args[0];
    tpy_object *meth = lookup_reversed(vm, seq);
    if (meth && meth != TPY_NONE) {
        tpy_type *mt = tpy_type_of(meth);
        tpy_object *bound = mt->descr_get ? mt->descr_get(vm, meth, seq, &tpy_type_of(seq)->ob)
                                          : tpy_newref(meth);
        tpy_object *r = bound ? tpy_call(vm, bound, NULL, 0, NULL) : NULL;
        tpy_xdecref(vm, bound);
        return r;
    }
    if (meth == TPY_NONE || !is_sequence(seq))
        return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not reversible",
                              tpy_type_of(seq)->name);
    intptr_t n = tpy_len(vm, seq);
    if (n < 0)
        return NULL;
    reversed_obj *r = (reversed_obj *)tpy_alloc(vm, t);
    if (!r)
        return NULL;
    r->seq = tpy_newref(seq);
    r->index = n - 1;
    return (tpy_object *)r;
}

ITER_TYPE(tpy_reversed_type, "reversed", reversed_obj, reversed, reversed_new, reversed_next);

/* ---- callable_iterator: iter(callable, sentinel) ---------------------------------------------------------------------- */

typedef struct calliter_obj {
    tpy_object ob;
    tpy_object *func;
    tpy_object *sentinel;
} calliter_obj;
REFS_HOOKS(calliter, 2)

static tpy_object *calliter_next(tpy_vm *vm, tpy_object *o)
{
    calliter_obj *c = (calliter_obj *)o;
    if (!c->func)
        return NULL;
    tpy_object *r = tpy_call(vm, c->func, NULL, 0, NULL);
    if (!r) {
        if (tpy_err_matches(vm, &tpy_exc_StopIteration)) {
            tpy_err_clear(vm);
            drop_all(vm, o, 2);
        }
        return NULL;
    }
    int eq = tpy_richcompare_bool(vm, r, c->sentinel, TPY_EQ);
    if (eq != 0) {
        tpy_decref(vm, r);
        if (eq > 0)
            drop_all(vm, o, 2);
        return NULL;
    }
    return r;
}

tpy_object *tpy_callable_iter_new(tpy_vm *vm, tpy_object *func, tpy_object *sentinel)
{
    calliter_obj *c = (calliter_obj *)tpy_alloc(vm, &tpy_callable_iter_type);
    if (!c)
        return NULL;
    c->func = tpy_newref(func);
    c->sentinel = tpy_newref(sentinel);
    return (tpy_object *)c;
}

tpy_type tpy_callable_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "callable_iterator", .basic_size = sizeof(calliter_obj),
               .flags = TPY_OBJ_CONTAINER, .destroy = calliter_destroy,
               .traverse = calliter_traverse, .clear = calliter_clear},
    .name = "callable_iterator",
    .iter = tpy_iter_self,
    .next = calliter_next,
};

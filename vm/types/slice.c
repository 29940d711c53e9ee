/* vm/types/slice.c: slice objects and the index arithmetic of s[a:b:c]. */
#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define SL(o) ((tpy_slice *)(o))

tpy_object *tpy_slice_new(tpy_vm *vm, tpy_object *start, tpy_object *stop, tpy_object *step)
{
    tpy_slice *s = (tpy_slice *)tpy_alloc(vm, &tpy_slice_type);
    if (!s)
        return NULL;
    s->start = tpy_newref(start ? start : TPY_NONE);
    s->stop = tpy_newref(stop ? stop : TPY_NONE);
    s->step = tpy_newref(step ? step : TPY_NONE);
    return (tpy_object *)s;
}

/* One bound: None gives the default; an index is clamped (CPython's
 * PySlice_Unpack + PySlice_AdjustIndices). */
static int slice_bound(tpy_vm *vm, tpy_object *v, intptr_t *out)
{
    if (tpy_type_of(v) == &tpy_int_type && tpy_int_is_word(v)) {
        *out = (intptr_t)((const tpy_int *)v)->value;   /* the usual case: no call */
        return 0;
    }
    if (!tpy_has_index(v)) {
        tpy_err_set(vm, &tpy_exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = tpy_index_ssize(vm, v, NULL);   /* big values clamp */
    return *out == -1 && tpy_err_occurred(vm) ? -1 : 0;
}

intptr_t tpy_slice_adjust(tpy_vm *vm, tpy_object *slice, intptr_t length, intptr_t *start,
                          intptr_t *stop, intptr_t *step)
{
    tpy_slice *s = SL(slice);
    *step = 1;
    if (s->step != TPY_NONE && slice_bound(vm, s->step, step) < 0)
        return -1;
    if (*step == 0) {
        tpy_err_set(vm, &tpy_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INTPTR_MAX)
        *step = -INTPTR_MAX;   /* so that -step cannot overflow */
    bool back = *step < 0;
    intptr_t lo = back ? -1 : 0, hi = back ? length - 1 : length;
    intptr_t *b[2] = {start, stop};
    tpy_object *v[2] = {s->start, s->stop};
    for (int k = 0; k < 2; k++) {
        if (v[k] == TPY_NONE) {
            *b[k] = (k == 0) == back ? hi : lo;   /* start: back ? last : 0 */
            continue;
        }
        if (slice_bound(vm, v[k], b[k]) < 0)
            return -1;
        if (*b[k] < 0) {
            *b[k] += length;
            if (*b[k] < 0)
                *b[k] = lo;
        } else if (*b[k] > hi) {
            *b[k] = hi;
        }
    }
    /* Steps of 1 and -1 need no division (idiv costs ~40 cycles). */
    if (back)
        return *stop >= *start ? 0
               : *step == -1   ? *start - *stop
                               : (*start - *stop - 1) / (-*step) + 1;
    return *start >= *stop ? 0 : *step == 1 ? *stop - *start : (*stop - *start - 1) / *step + 1;
}

static tpy_object *slice_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "slice(%R, %R, %R)", SL(o)->start, SL(o)->stop, SL(o)->step);
}

static tpy_object *slice_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    (void)t;
    if (tpy_arg_nokw(vm, "slice", kwnames) < 0 || tpy_arg_count(vm, "slice", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return tpy_slice_new(vm, NULL, args[0], NULL);
    return tpy_slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static tpy_object *slice_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_slice_check(b))
        return TPY_NOT_IMPLEMENTED;
    tpy_object *ta = tpy_tuple_pack(vm, 3, SL(a)->start, SL(a)->stop, SL(a)->step);
    tpy_object *tb = ta ? tpy_tuple_pack(vm, 3, SL(b)->start, SL(b)->stop, SL(b)->step) : NULL;
    tpy_object *r = tb ? tpy_richcompare(vm, ta, tb, op) : NULL;
    tpy_xdecref(vm, ta);
    tpy_xdecref(vm, tb);
    return r;
}

static tpy_object *slice_indices(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "indices", nargs, kwnames) < 0)
        return NULL;
    intptr_t len = tpy_index_ssize(vm, args[0], &tpy_exc_OverflowError);
    if (len == -1 && tpy_err_occurred(vm))
        return NULL;
    if (len < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "length should not be negative"), NULL;
    intptr_t start, stop, step;
    if (tpy_slice_adjust(vm, self, len, &start, &stop, &step) < 0)
        return NULL;
    tpy_object *a = tpy_int_from_i64(vm, start), *b = tpy_int_from_i64(vm, stop),
               *c = tpy_int_from_i64(vm, step);
    tpy_object *r = a && b && c ? tpy_tuple_pack(vm, 3, a, b, c) : NULL;
    tpy_xdecref(vm, a);
    tpy_xdecref(vm, b);
    tpy_xdecref(vm, c);
    return r;
}

static const tpy_method_def slice_methods[] = {
    {"indices", slice_indices, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define GETTER(field)                                               \
    static tpy_object *get_##field(tpy_vm *vm, tpy_object *self)    \
    {                                                               \
        (void)vm;                                                   \
        return tpy_newref(SL(self)->field);                         \
    }
GETTER(start)
GETTER(stop)
GETTER(step)

static const tpy_getset_def slice_getsets[] = {
    {"start", get_start, NULL}, {"stop", get_stop, NULL}, {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

static int slice_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_object *r[3] = {SL(o)->start, SL(o)->stop, SL(o)->step};
    for (int i = 0; i < 3; i++)
        if (r[i]) {
            int v = visit(r[i], arg);
            if (v)
                return v;
        }
    return 0;
}

static void slice_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object **f[3] = {&SL(o)->start, &SL(o)->stop, &SL(o)->step};
    for (int i = 0; i < 3; i++) {
        tpy_object *v = *f[i];
        *f[i] = NULL;
        tpy_xdecref_heap(heap, v);
    }
}

static void slice_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    slice_clear(heap, o);
    tpy_obj_free(heap, o);
}

tpy_type tpy_slice_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    /* A free list as CPython's one-slot slice cache: `a[i:j]` makes and
     * drops one per run. */
    .layout = {.name = "slice", .basic_size = sizeof(tpy_slice), .flags = TPY_OBJ_CONTAINER,
               .freelist_cap = 4,
               .destroy = slice_destroy, .traverse = slice_traverse, .clear = slice_clear},
    .name = "slice",
    .repr = slice_repr,
    .hash = tpy_hash_unhashable,
    .richcompare = slice_richcompare,
    .new_ = slice_new_,
    .methods = slice_methods,
    .getsets = slice_getsets,
};

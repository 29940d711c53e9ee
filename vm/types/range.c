/* vm/types/range.c: range objects. start, stop, step and the length are
 * kept as int objects (so range(10**20) exists and prints); indexing,
 * membership and iteration compute in the machine word and raise
 * OverflowError for ranges whose bounds do not fit one. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define R(o) ((tpy_range *)(o))

static tpy_object *int_op(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    return tpy_int_binary(vm, op, a, b);
}

/* len = max(0, (stop - start + step - sign(step)) // step) */
/* The length when start, stop and step are word ints and it fits a word
 * (differences in unsigned arithmetic cannot overflow); false otherwise. */
static bool word_length(tpy_object *start, tpy_object *stop, tpy_object *step, int64_t *len)
{
    if (!tpy_int_is_word(start) || !tpy_int_is_word(stop) || !tpy_int_is_word(step))
        return false;
    int64_t a = ((tpy_int *)start)->value, b = ((tpy_int *)stop)->value;
    int64_t c = ((tpy_int *)step)->value;
    uint64_t n = 0;
    if (c > 0 && b > a)
        n = ((uint64_t)b - (uint64_t)a - 1) / (uint64_t)c + 1;
    else if (c < 0 && a > b)
        n = ((uint64_t)a - (uint64_t)b - 1) / (0 - (uint64_t)c) + 1;
    if (n > (uint64_t)INT64_MAX)
        return false;
    *len = (int64_t)n;
    return true;
}

static tpy_object *range_length(tpy_vm *vm, tpy_object *start, tpy_object *stop, tpy_object *step)
{
    int64_t words_len;
    if (word_length(start, stop, step, &words_len))
        return tpy_int_from_i64(vm, words_len);
    int s = tpy_int_sign(step);
    tpy_object *adj = tpy_int_from_i64(vm, s);
    tpy_object *d = int_op(vm, TPY_OP_SUB, stop, start);
    tpy_object *e = d ? int_op(vm, TPY_OP_ADD, d, step) : NULL;
    tpy_object *f = e ? int_op(vm, TPY_OP_SUB, e, adj) : NULL;
    tpy_object *n = f ? int_op(vm, TPY_OP_FLOORDIV, f, step) : NULL;
    tpy_xdecref(vm, d);
    tpy_xdecref(vm, e);
    tpy_xdecref(vm, f);
    tpy_decref(vm, adj);
    if (n && tpy_int_sign(n) < 0)
        TPY_SETREF(vm, n, tpy_int_from_i64(vm, 0));
    return n;
}

tpy_object *tpy_range_new(tpy_vm *vm, tpy_object *start, tpy_object *stop, tpy_object *step)
{
    if (tpy_int_sign(step) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "range() arg 3 must not be zero"), NULL;
    tpy_object *len = range_length(vm, start, stop, step);
    if (!len)
        return NULL;
    tpy_range *r = (tpy_range *)tpy_alloc(vm, &tpy_range_type);
    if (!r) {
        tpy_decref(vm, len);
        return NULL;
    }
    r->start = tpy_newref(start);
    r->stop = tpy_newref(stop);
    r->step = tpy_newref(step);
    r->length = len;
    return (tpy_object *)r;
}

static tpy_object *range_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    (void)t;
    if (tpy_arg_nokw(vm, "range", kwnames) < 0 || tpy_arg_count(vm, "range", nargs, 1, 3) < 0)
        return NULL;
    tpy_object *v[3] = {NULL, NULL, NULL};
    for (size_t i = 0; i < nargs; i++)
        if (!(v[i] = tpy_index(vm, args[i]))) {
            for (size_t j = 0; j < i; j++)
                tpy_decref(vm, v[j]);
            return NULL;
        }
    tpy_object *zero = tpy_int_from_i64(vm, 0), *one = tpy_int_from_i64(vm, 1), *r;
    if (nargs == 1)
        r = tpy_range_new(vm, zero, v[0], one);
    else
        r = tpy_range_new(vm, v[0], v[1], nargs == 3 ? v[2] : one);
    for (size_t i = 0; i < nargs; i++)
        tpy_decref(vm, v[i]);
    return r;
}

/* The range's numbers as words; -1 with OverflowError when they do not fit. */
static int words(tpy_vm *vm, tpy_object *o, int64_t *start, int64_t *step, int64_t *len)
{
    if (tpy_int_to_i64(vm, R(o)->start, start) < 0 || tpy_int_to_i64(vm, R(o)->step, step) < 0
        || tpy_int_to_i64(vm, R(o)->length, len) < 0) {
        tpy_err_clear(vm);
        tpy_err_set(vm, &tpy_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static tpy_object *range_repr(tpy_vm *vm, tpy_object *o)
{
    if (tpy_int_is_word(R(o)->step) && ((tpy_int *)R(o)->step)->value == 1)
        return tpy_str_format(vm, "range(%R, %R)", R(o)->start, R(o)->stop);
    return tpy_str_format(vm, "range(%R, %R, %R)", R(o)->start, R(o)->stop, R(o)->step);
}

/* start, step and len as words, and every value start + k*step (k < len)
 * a word too: the word iterator can serve. */
static bool word_values(tpy_object *o, int64_t *start, int64_t *step, int64_t *len)
{
    tpy_range *r = R(o);
    if (!tpy_int_is_word(r->start) || !tpy_int_is_word(r->step) || !tpy_int_is_word(r->length))
        return false;
    *start = ((tpy_int *)r->start)->value;
    *step = ((tpy_int *)r->step)->value;
    *len = ((tpy_int *)r->length)->value;
    int64_t span, last;
    return *len == 0
           || (!__builtin_mul_overflow(*len - 1, *step, &span)
               && !__builtin_add_overflow(*start, span, &last));
}

static intptr_t range_len(tpy_vm *vm, tpy_object *o)
{
    int64_t n;
    if (tpy_int_to_i64(vm, R(o)->length, &n) < 0) {
        tpy_err_clear(vm);
        tpy_err_set(vm, &tpy_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)n;
}

static int range_bool(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_int_sign(R(o)->length) != 0;
}

static tpy_object *range_item(tpy_vm *vm, int64_t start, int64_t step, int64_t i)
{
    return tpy_int_from_i64(vm, start + i * step);
}

/* ---- indexing ranges whose numbers exceed a word, with int objects ---- */

/* Temporaries of one big-int computation, released together. */
typedef struct bigtmp {
    tpy_object *v[16];
    int n;
} bigtmp;

static tpy_object *keep(bigtmp *t, tpy_object *o)
{
    if (o && t->n < 16)
        t->v[t->n++] = o;
    return o;
}

static void release(tpy_vm *vm, bigtmp *t)
{
    while (t->n)
        tpy_decref(vm, t->v[--t->n]);
}

/* One bound of a slice of a sequence of length len (CPython's
 * PySlice_GetLongIndices): negative counts from the end, then clamped to
 * [lower, upper]. Borrowed from the temporaries; NULL on error. */
static tpy_object *big_bound(tpy_vm *vm, bigtmp *t, tpy_object *v, tpy_object *len,
                             tpy_object *lower, tpy_object *upper, tpy_object *dflt)
{
    if (v == TPY_NONE)
        return dflt;
    tpy_object *i = keep(t, tpy_index(vm, v));
    if (i && tpy_int_sign(i) < 0) {
        i = keep(t, int_op(vm, TPY_OP_ADD, i, len));
        if (i && tpy_int_compare(i, lower) < 0)
            i = lower;
    } else if (i && tpy_int_compare(i, upper) > 0) {
        i = upper;
    }
    return i;
}

static tpy_object *big_slice(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_slice *sl = (tpy_slice *)key;
    bigtmp t = {.n = 0};
    tpy_object *r = NULL, *len = R(o)->length;
    tpy_object *step = sl->step == TPY_NONE ? keep(&t, tpy_int_from_i64(vm, 1))
                                            : keep(&t, tpy_index(vm, sl->step));
    if (!step)
        goto done;
    if (tpy_int_sign(step) == 0) {
        tpy_err_set(vm, &tpy_exc_ValueError, "slice step cannot be zero");
        goto done;
    }
    bool back = tpy_int_sign(step) < 0;
    tpy_object *lower = keep(&t, tpy_int_from_i64(vm, back ? -1 : 0));
    tpy_object *upper = back ? keep(&t, int_op(vm, TPY_OP_ADD, len, lower)) : len;
    if (!lower || !upper)
        goto done;
    tpy_object *a = big_bound(vm, &t, sl->start, len, lower, upper, back ? upper : lower);
    tpy_object *b = a ? big_bound(vm, &t, sl->stop, len, lower, upper, back ? lower : upper) : NULL;
    if (!b)
        goto done;
    /* range(start + a*step, start + b*step, step*slice_step) */
    tpy_object *x = keep(&t, int_op(vm, TPY_OP_MUL, a, R(o)->step));
    x = x ? keep(&t, int_op(vm, TPY_OP_ADD, R(o)->start, x)) : NULL;
    tpy_object *y = x ? keep(&t, int_op(vm, TPY_OP_MUL, b, R(o)->step)) : NULL;
    y = y ? keep(&t, int_op(vm, TPY_OP_ADD, R(o)->start, y)) : NULL;
    tpy_object *z = y ? keep(&t, int_op(vm, TPY_OP_MUL, R(o)->step, step)) : NULL;
    r = z ? tpy_range_new(vm, x, y, z) : NULL;
done:
    release(vm, &t);
    return r;
}

static tpy_object *big_item(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    bigtmp t = {.n = 0};
    tpy_object *r = NULL, *i = keep(&t, tpy_index(vm, key));
    if (i && tpy_int_sign(i) < 0)
        i = keep(&t, int_op(vm, TPY_OP_ADD, i, R(o)->length));
    if (!i)
        goto done;
    if (tpy_int_sign(i) < 0 || tpy_int_compare(i, R(o)->length) >= 0) {
        tpy_err_set(vm, &tpy_exc_IndexError, "range object index out of range");
        goto done;
    }
    tpy_object *off = keep(&t, int_op(vm, TPY_OP_MUL, i, R(o)->step));
    r = off ? int_op(vm, TPY_OP_ADD, R(o)->start, off) : NULL;
done:
    release(vm, &t);
    return r;
}

static bool is_big_int(tpy_object *o)
{
    return tpy_int_check(o) && !tpy_int_is_word(o);
}

static tpy_object *range_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    int64_t start, step, len;
    bool is_slice = tpy_slice_check(key);
    if (!is_slice && !tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "range indices must be integers or slices, not %s",
                              tpy_type_of(key)->name);
    /* Numbers beyond a word (range(10**20)[-1], r[::10**20]) take the
     * int-object path; everything else stays in machine words. */
    int64_t end;   /* start + len * step: a slice's bounds reach it */
    bool big = !word_values(o, &start, &step, &len)
               || __builtin_mul_overflow(len, step, &end) || __builtin_add_overflow(start, end, &end);
    if (big)
        (void)0;
    else if (is_slice)
        big = is_big_int(((tpy_slice *)key)->step) || is_big_int(((tpy_slice *)key)->start)
              || is_big_int(((tpy_slice *)key)->stop);
    else
        big = is_big_int(key);
    if (big)
        return is_slice ? big_slice(vm, o, key) : big_item(vm, o, key);
    if (tpy_slice_check(key)) {
        intptr_t a, b, c;
        if (tpy_slice_adjust(vm, key, (intptr_t)len, &a, &b, &c) < 0)
            return NULL;
        tpy_object *x = tpy_int_from_i64(vm, start + a * step);
        tpy_object *y = tpy_int_from_i64(vm, start + b * step);
        tpy_object *z = tpy_int_from_i64(vm, step * c);
        tpy_object *r = x && y && z ? tpy_range_new(vm, x, y, z) : NULL;
        tpy_xdecref(vm, x);
        tpy_xdecref(vm, y);
        tpy_xdecref(vm, z);
        return r;
    }
    if (!tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "range indices must be integers or slices, not %s",
                              tpy_type_of(key)->name);
    intptr_t i;
    if (tpy_seq_index(vm, key, (intptr_t)len, "range object", &i) < 0)
        return NULL;
    return range_item(vm, start, step, i);
}

/* An int is in the range by arithmetic; other objects by equality. */
static int range_contains(tpy_vm *vm, tpy_object *o, tpy_object *x)
{
    if (tpy_type_of(x) == &tpy_int_type || tpy_type_of(x) == &tpy_bool_type) {
        tpy_object *d = int_op(vm, TPY_OP_SUB, x, R(o)->start);
        tpy_object *q = d ? int_op(vm, TPY_OP_DIVMOD, d, R(o)->step) : NULL;
        tpy_xdecref(vm, d);
        if (!q)
            return -1;
        tpy_object *idx = tpy_tuple_get(q, 0), *rem = tpy_tuple_get(q, 1);
        int in = tpy_int_sign(rem) == 0 && tpy_int_sign(idx) >= 0
                 && tpy_int_compare(idx, R(o)->length) < 0;
        tpy_decref(vm, q);
        return in;
    }
    int64_t start, step, len;
    if (words(vm, o, &start, &step, &len) < 0)
        return -1;
    for (int64_t i = 0; i < len; i++) {
        tpy_object *v = range_item(vm, start, step, i);
        int eq = v ? tpy_richcompare_bool(vm, v, x, TPY_EQ) : -1;
        tpy_xdecref(vm, v);
        if (eq)
            return eq;
    }
    return 0;
}

/* Equal ranges give equal sequences: same length, and if non-empty the
 * same start, and if longer than one the same step. */
static tpy_object *range_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if (tpy_type_of(b) != &tpy_range_type || (op != TPY_EQ && op != TPY_NE))
        return TPY_NOT_IMPLEMENTED;
    bool eq = tpy_int_compare(R(a)->length, R(b)->length) == 0;
    if (eq && tpy_int_sign(R(a)->length) != 0) {
        eq = tpy_int_compare(R(a)->start, R(b)->start) == 0;
        if (eq && !(tpy_int_is_word(R(a)->length) && ((tpy_int *)R(a)->length)->value == 1))
            eq = tpy_int_compare(R(a)->step, R(b)->step) == 0;
    }
    return tpy_bool((op == TPY_EQ) == eq);
}

/* hash((len, start, step)), with None for what equality ignores. */
static tpy_hash_t range_hash(tpy_vm *vm, tpy_object *o)
{
    tpy_object *start = TPY_NONE, *step = TPY_NONE;
    if (tpy_int_sign(R(o)->length) != 0) {
        start = R(o)->start;
        if (!(tpy_int_is_word(R(o)->length) && ((tpy_int *)R(o)->length)->value == 1))
            step = R(o)->step;
    }
    tpy_object *t = tpy_tuple_pack(vm, 3, R(o)->length, start, step);
    if (!t)
        return -1;
    tpy_hash_t h = tpy_hash(vm, t);
    tpy_decref(vm, t);
    return h;
}

/* ---- iteration -------------------------------------------------------------------------------------- */

typedef struct range_iterobj {
    tpy_object ob;
    int64_t next, step, left;
} range_iterobj;

static tpy_object *range_iter_make(tpy_vm *vm, int64_t start, int64_t step, int64_t len)
{
    range_iterobj *it = (range_iterobj *)tpy_alloc(vm, &tpy_range_iter_type);
    if (!it)
        return NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return (tpy_object *)it;
}

static tpy_object *range_iter(tpy_vm *vm, tpy_object *o)
{
    int64_t start, step, len;
    if (word_values(o, &start, &step, &len))
        return range_iter_make(vm, start, step, len);
    return tpy_longrange_iter_new(vm, R(o)->start, R(o)->step, R(o)->length);
}

bool tpy_range_iter_step(tpy_object *o, int64_t *v)
{
    range_iterobj *it = (range_iterobj *)o;
    if (it->left <= 0)
        return false;
    it->left--;
    *v = it->next;
    it->next += it->left ? it->step : 0;   /* never step past the last value */
    return true;
}

static tpy_object *range_iter_next(tpy_vm *vm, tpy_object *o)
{
    int64_t v;
    return tpy_range_iter_step(o, &v) ? tpy_int_from_i64(vm, v) : NULL;
}

/* ---- methods and attributes ----------------------------------------------------------------------------- */

#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

METHOD(range_reversed)
{
    (void)args;
    int64_t start, step, len;
    if (tpy_arg_none(vm, "__reversed__", nargs, kwnames) < 0)
        return NULL;
    if (word_values(self, &start, &step, &len) && step != INT64_MIN)
        return range_iter_make(vm, len ? start + (len - 1) * step : start, -step, len);
    /* last = start + (len - 1) * step, then backwards by -step */
    tpy_object *one = tpy_int_from_i64(vm, 1);
    tpy_object *k = one ? int_op(vm, TPY_OP_SUB, R(self)->length, one) : NULL;
    tpy_object *span = k ? int_op(vm, TPY_OP_MUL, k, R(self)->step) : NULL;
    tpy_object *last = span ? int_op(vm, TPY_OP_ADD, R(self)->start, span) : NULL;
    tpy_object *back = last ? tpy_neg(vm, R(self)->step) : NULL;
    tpy_object *it = back ? tpy_longrange_iter_new(vm, last, back, R(self)->length) : NULL;
    tpy_xdecref(vm, one);
    tpy_xdecref(vm, k);
    tpy_xdecref(vm, span);
    tpy_xdecref(vm, last);
    tpy_xdecref(vm, back);
    return it;
}

METHOD(range_count)
{
    if (tpy_arg_one(vm, "count", nargs, kwnames) < 0)
        return NULL;
    int r = range_contains(vm, self, args[0]);
    return r < 0 ? NULL : tpy_int_from_i64(vm, r);
}

METHOD(range_index)
{
    if (tpy_arg_one(vm, "index", nargs, kwnames) < 0)
        return NULL;
    int r = range_contains(vm, self, args[0]);
    if (r < 0)
        return NULL;
    if (!r)
        return tpy_err_format(vm, &tpy_exc_ValueError, "%R is not in range", args[0]);
    tpy_object *d = int_op(vm, TPY_OP_SUB, args[0], R(self)->start);
    tpy_object *q = d ? int_op(vm, TPY_OP_FLOORDIV, d, R(self)->step) : NULL;
    tpy_xdecref(vm, d);
    return q;
}

static const tpy_method_def range_methods[] = {
    {"__reversed__", range_reversed, 0, NULL},
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define GETTER(f)                                                  \
    static tpy_object *get_##f(tpy_vm *vm, tpy_object *self)       \
    {                                                              \
        (void)vm;                                                  \
        return tpy_newref(R(self)->f);                             \
    }
GETTER(start)
GETTER(stop)
GETTER(step)

static const tpy_getset_def range_getsets[] = {
    {"start", get_start, NULL}, {"stop", get_stop, NULL}, {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

static void range_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_decref_heap(heap, R(o)->start);
    tpy_decref_heap(heap, R(o)->stop);
    tpy_decref_heap(heap, R(o)->step);
    tpy_decref_heap(heap, R(o)->length);
    tpy_obj_free(heap, o);
}

static const tpy_number_slots range_number = {.to_bool = range_bool};
static const tpy_container_slots range_container = {
    .len = range_len, .getitem = range_getitem, .contains = range_contains,
};

/* Not a container: it references only ints, which cannot form cycles. */
tpy_type tpy_range_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "range", .basic_size = sizeof(tpy_range), .destroy = range_destroy},
    .name = "range",
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new_,
    .number = &range_number,
    .container = &range_container,
    .methods = range_methods,
    .getsets = range_getsets,
};

tpy_type tpy_range_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "range_iterator", .basic_size = sizeof(range_iterobj)},
    .name = "range_iterator",
    .iter = tpy_iter_self,
    .next = range_iter_next,
};

/* vm/types/tuple.c: the tuple type. A variable-size container whose items
 * sit inline after the header; tuples of 1..20 items come from layer3's
 * per-length free lists, and the empty tuple is the VM's immortal one. */
#include <stdarg.h>
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "num.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define T(o) ((tpy_tuple *)(o))

tpy_object *tpy_tuple_new(tpy_vm *vm, size_t n)
{
    if (n == 0)
        return vm->empty_tuple;
    return tpy_alloc_var(vm, &tpy_tuple_type, n);   /* container: items zeroed */
}

tpy_object *tpy_tuple_from_array(tpy_vm *vm, tpy_object *const *items, size_t n)
{
    tpy_object *t = tpy_tuple_new(vm, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        T(t)->items[i] = tpy_newref(items[i]);
    return t;
}

tpy_object *tpy_tuple_pack(tpy_vm *vm, size_t n, ...)
{
    tpy_object *t = tpy_tuple_new(vm, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        T(t)->items[i] = tpy_newref(va_arg(ap, tpy_object *));
    va_end(ap);
    return t;
}

static int tuple_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    for (intptr_t i = 0; i < tpy_tuple_len(o); i++)
        if (T(o)->items[i]) {
            int r = visit(T(o)->items[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static void tuple_clear(tpy_obj_heap *heap, tpy_object *o)
{
    for (intptr_t i = 0; i < tpy_tuple_len(o); i++) {
        tpy_object *v = T(o)->items[i];
        T(o)->items[i] = NULL;
        tpy_xdecref_heap(heap, v);
    }
}

static void tuple_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tuple_clear(heap, o);
    tpy_obj_free(heap, o);
}

/* ---- repr, hash, compare -------------------------------------------------------------- */

static tpy_object *tuple_repr(tpy_vm *vm, tpy_object *o)
{
    intptr_t n = tpy_tuple_len(o);
    if (n == 0)
        return tpy_str_from_cstr(vm, "()");
    int guard = tpy_repr_enter(vm, o);
    if (guard != 0)
        return guard < 0 ? NULL : tpy_str_from_cstr(vm, "(...)");
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = tpy_buf_putc(&b, '(');
    for (intptr_t i = 0; i < n && r == 0; i++) {
        if (i)
            r = tpy_buf_puts(&b, ", ");
        if (r == 0)
            r = tpy_buf_put_repr(&b, T(o)->items[i]);
    }
    if (r == 0)
        r = tpy_buf_puts(&b, n == 1 ? ",)" : ")");
    tpy_repr_leave(vm, o);
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

static tpy_hash_t tuple_hash(tpy_vm *vm, tpy_object *o)
{
    intptr_t n = tpy_tuple_len(o);
    int64_t small[16];
    int64_t *h = n <= 16 ? small : tpy_vm_malloc(vm, (size_t)n * sizeof *h);
    if (!h)
        return -1;
    tpy_hash_t r = 0;
    for (intptr_t i = 0; i < n; i++) {
        h[i] = tpy_hash(vm, T(o)->items[i]);
        if (h[i] == -1) {
            r = -1;
            break;
        }
    }
    if (r == 0)
        r = tpy_num_hash_tuple(h, (size_t)n);
    if (h != small)
        tpy_vm_free(vm, h);
    return r;
}

/* Lexicographic comparison shared by tuple and list: the first unequal
 * items decide, else the lengths. */
tpy_object *tpy_seq_richcompare(tpy_vm *vm, tpy_object *const *a, intptr_t na,
                                tpy_object *const *b, intptr_t nb, enum tpy_cmp op);
tpy_object *tpy_seq_richcompare(tpy_vm *vm, tpy_object *const *a, intptr_t na,
                                tpy_object *const *b, intptr_t nb, enum tpy_cmp op)
{
    if ((op == TPY_EQ || op == TPY_NE) && na != nb)
        return tpy_bool(op == TPY_NE);
    intptr_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = tpy_richcompare_bool(vm, a[i], b[i], TPY_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        intptr_t c = (na > nb) - (na < nb);
        static const bool table[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0},
                                         {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
        return tpy_bool(table[op][c + 1]);
    }
    if (op == TPY_EQ)
        return TPY_FALSE;
    if (op == TPY_NE)
        return TPY_TRUE;
    return tpy_richcompare(vm, a[i], b[i], op);
}

static tpy_object *tuple_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_tuple_check(b))
        return TPY_NOT_IMPLEMENTED;
    return tpy_seq_richcompare(vm, T(a)->items, tpy_tuple_len(a), T(b)->items, tpy_tuple_len(b), op);
}

/* ---- sequence protocol ---------------------------------------------------------------------- */

static intptr_t tuple_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_tuple_len(o);
}

static tpy_object *tuple_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    if (tpy_slice_check(key)) {
        intptr_t start, stop, step;
        intptr_t n = tpy_slice_adjust(vm, key, tpy_tuple_len(o), &start, &stop, &step);
        if (n < 0)
            return NULL;
        if (n == tpy_tuple_len(o) && step == 1 && tpy_type_of(o) == &tpy_tuple_type)
            return tpy_newref(o);
        tpy_object *t = tpy_tuple_new(vm, (size_t)n);
        for (intptr_t i = 0; t && i < n; i++)
            T(t)->items[i] = tpy_newref(T(o)->items[start + i * step]);
        return t;
    }
    if (!tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "tuple indices must be integers or slices, not %s",
                              tpy_type_of(key)->name);
    intptr_t i;
    if (tpy_seq_index(vm, key, tpy_tuple_len(o), "tuple", &i) < 0)
        return NULL;
    return tpy_newref(T(o)->items[i]);
}

static int tuple_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    for (intptr_t i = 0; i < tpy_tuple_len(o); i++) {
        int eq = tpy_richcompare_bool(vm, T(o)->items[i], item, TPY_EQ);
        if (eq)
            return eq;
    }
    return 0;
}

static tpy_object *tuple_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_tuple_check(b))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "can only concatenate tuple (not \"%s\") to tuple",
                              tpy_type_of(b)->name);
    intptr_t na = tpy_tuple_len(a), nb = tpy_tuple_len(b);
    tpy_object *t = tpy_tuple_new(vm, (size_t)(na + nb));
    for (intptr_t i = 0; t && i < na + nb; i++)
        T(t)->items[i] = tpy_newref(i < na ? T(a)->items[i] : T(b)->items[i - na]);
    return t;
}

static tpy_object *tuple_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    intptr_t len = tpy_tuple_len(o);
    if (n <= 0 || len == 0)
        return tpy_newref(vm->empty_tuple);
    if (n == 1 && tpy_type_of(o) == &tpy_tuple_type)
        return tpy_newref(o);
    if (len > INTPTR_MAX / n)
        return tpy_err_no_memory(vm);
    tpy_object *t = tpy_tuple_new(vm, (size_t)(len * n));
    for (intptr_t i = 0; t && i < len * n; i++)
        T(t)->items[i] = tpy_newref(T(o)->items[i % len]);
    return t;
}

static const tpy_container_slots tuple_container = {
    .len = tuple_len, .getitem = tuple_getitem, .contains = tuple_contains,
    .concat = tuple_concat, .repeat = tuple_repeat,
};

static tpy_object *tuple_iter(tpy_vm *vm, tpy_object *o)
{
    return tpy_seqiter_new(vm, &tpy_tuple_iter_type, o, 0);
}

static tpy_object *tuple_iter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < tpy_tuple_len(it->seq))
        return tpy_newref(T(it->seq)->items[it->index++]);
    TPY_CLEAR(vm, it->seq);
    return NULL;
}

static tpy_object *tuple_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    if (t != &tpy_tuple_type)   /* a subclass: the value first, then its block */
        return tpy_subtype_from_exact(vm, t, tuple_new_(vm, &tpy_tuple_type, args, nargs, kwnames));
    if (tpy_arg_nokw(vm, "tuple", kwnames) < 0 || tpy_arg_count(vm, "tuple", nargs, 0, 1) < 0)
        return NULL;
    return nargs ? tpy_sequence_tuple(vm, args[0]) : tpy_newref(vm->empty_tuple);
}

/* ---- methods -------------------------------------------------------------------------------------- */

/* index()/count() of tuple and list share this scan. */
int tpy_seq_find(tpy_vm *vm, tpy_object *const *items, intptr_t n, tpy_object *x, intptr_t start,
                 intptr_t stop, bool count_all, intptr_t *out);
int tpy_seq_find(tpy_vm *vm, tpy_object *const *items, intptr_t n, tpy_object *x, intptr_t start,
                 intptr_t stop, bool count_all, intptr_t *out)
{
    intptr_t count = 0;
    if (start < 0 && (start += n) < 0)
        start = 0;
    if (stop < 0 && (stop += n) < 0)
        stop = 0;
    for (intptr_t i = start; i < stop && i < n; i++) {
        int eq = tpy_richcompare_bool(vm, items[i], x, TPY_EQ);
        if (eq < 0)
            return -1;
        if (eq && !count_all) {
            *out = i;
            return 1;
        }
        count += eq;
    }
    *out = count;
    return count_all ? 1 : 0;
}

int tpy_seq_index_args(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                       tpy_object *kwnames, intptr_t *start, intptr_t *stop);
int tpy_seq_index_args(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                       tpy_object *kwnames, intptr_t *start, intptr_t *stop)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *stop = INTPTR_MAX;
    for (size_t k = 1; k < nargs; k++)
        if (!tpy_has_index(args[k])) {
            tpy_err_set(vm, &tpy_exc_TypeError,
                        "slice indices must be integers or have an __index__ method");
            return -1;
        }
    if (nargs > 1 && (*start = tpy_index_ssize(vm, args[1], NULL)) == -1 && tpy_err_occurred(vm))
        return -1;
    if (nargs > 2 && (*stop = tpy_index_ssize(vm, args[2], NULL)) == -1 && tpy_err_occurred(vm))
        return -1;
    return 0;
}

static tpy_object *tuple_index(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    intptr_t start, stop, i;
    if (tpy_seq_index_args(vm, "index", args, nargs, kwnames, &start, &stop) < 0)
        return NULL;
    int r = tpy_seq_find(vm, T(self)->items, tpy_tuple_len(self), args[0], start, stop, false, &i);
    if (r < 0)
        return NULL;
    if (r == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "tuple.index(x): x not in tuple"), NULL;
    return tpy_int_from_i64(vm, i);
}

static tpy_object *tuple_count(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    intptr_t n;
    if (tpy_arg_one(vm, "count", nargs, kwnames) < 0
        || tpy_seq_find(vm, T(self)->items, tpy_tuple_len(self), args[0], 0, INTPTR_MAX, true, &n) < 0)
        return NULL;
    return tpy_int_from_i64(vm, n);
}

static const tpy_method_def tuple_methods[] = {
    {"index", tuple_index, 0, NULL},
    {"count", tuple_count, 0, NULL},
    {"__class_getitem__", tpy_generic_class_getitem, TPY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

tpy_type tpy_tuple_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "tuple", .basic_size = sizeof(tpy_tuple),
               .item_size = sizeof(tpy_object *), .flags = TPY_OBJ_CONTAINER,
               .freelist_cap = TPY_OBJ_FREELIST_TUPLE, .destroy = tuple_destroy,
               .traverse = tuple_traverse, .clear = tuple_clear},
    .name = "tuple",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE | TPY_TF_TUPLE_SUBCLASS,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new_,
    .container = &tuple_container,
    .methods = tuple_methods,
};

tpy_type tpy_tuple_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "tuple_iterator", .basic_size = sizeof(tpy_seqiter),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_seqiter_destroy,
               .traverse = tpy_seqiter_traverse, .clear = tpy_seqiter_clear},
    .name = "tuple_iterator",
    .iter = tpy_iter_self,
    .next = tuple_iter_next,
};

/* vm/modules/arraymodule.c: array.array, a growable sequence of native
 * C numbers (typecodes b B h H i I l L q Q f d) in one block of the VM's
 * heap: indexing and slicing, append/extend/insert/pop/remove, bytes in
 * and out, +, *, comparisons, repr "array('i', [1, 2])". A memoryview
 * over an array counts as an export, during which the array refuses to
 * resize (BufferError), as CPython's does. */
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "bytearray.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

typedef struct tpy_array {
    tpy_object ob;
    char code;
    int itemsize;
    unsigned char *data;   /* len * itemsize bytes in use, from the VM's heap */
    intptr_t len, cap;     /* in items */
    int exports;           /* memoryviews looking at data */
} tpy_array;

#define A(o) ((tpy_array *)(o))
#define METHOD(name)                                                              \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

tpy_object *tpy_getitem_iter_new(tpy_vm *vm, tpy_object *seq);

static const char typecodes[] = "bBhHiIlLqQfd";

bool tpy_array_check(const tpy_object *o)
{
    return tpy_isinstance(o, &tpy_array_type);
}

void tpy_array_view(tpy_object *o, tpy_bufview *v)
{
    static unsigned char empty[1];
    v->data = A(o)->data ? A(o)->data : empty;
    v->len = A(o)->len * A(o)->itemsize;
    v->readonly = false;
    v->format[0] = A(o)->code;
    v->format[1] = 0;
    v->itemsize = A(o)->itemsize;
}

void tpy_array_export(tpy_object *o, int delta)
{
    A(o)->exports += delta;
}

/* ---- storage ------------------------------------------------------------------------------------ */

static int resize(tpy_vm *vm, tpy_array *a, intptr_t n)
{
    if (n != a->len && a->exports > 0) {
        tpy_err_set(vm, &tpy_exc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (n > a->cap) {
        intptr_t cap = n + (n >> 3) + 6;
        unsigned char *p = tpy_vm_realloc(vm, a->data, (size_t)(cap * a->itemsize));
        if (!p)
            return -1;
        a->data = p;
        a->cap = cap;
    }
    a->len = n;
    return 0;
}

static tpy_object *new_array(tpy_vm *vm, tpy_type *t, char code, intptr_t n)
{
    tpy_object *o = tpy_alloc(vm, t);
    if (!o)
        return NULL;
    tpy_array *a = A(o);
    a->code = code;
    a->itemsize = tpy_native_size(code);
    a->data = NULL;
    a->len = a->cap = 0;
    a->exports = 0;
    if (n && resize(vm, a, n) < 0)
        TPY_CLEAR(vm, o);
    return o;
}

static unsigned char *item_at(tpy_array *a, intptr_t i)
{
    return a->data + i * a->itemsize;
}

/* Replace items [lo, hi) by n items from src (raw bytes, may be NULL
 * to leave room). */
static int replace(tpy_vm *vm, tpy_array *a, intptr_t lo, intptr_t hi, const void *src, intptr_t n)
{
    intptr_t tail = a->len - hi, old = a->len, sz = a->itemsize;
    if (n > hi - lo && resize(vm, a, old + n - (hi - lo)) < 0)
        return -1;
    if (tail > 0)
        memmove(a->data + (lo + n) * sz, a->data + hi * sz, (size_t)(tail * sz));
    if (src && n > 0)
        memmove(a->data + lo * sz, src, (size_t)(n * sz));
    if (n < hi - lo && resize(vm, a, old + n - (hi - lo)) < 0) {
        return -1;
    }
    return 0;
}

static int append_obj(tpy_vm *vm, tpy_array *a, tpy_object *v)
{
    unsigned char tmp[8];
    if (tpy_native_set(vm, a->code, v, tmp) < 0 || resize(vm, a, a->len + 1) < 0)
        return -1;
    memcpy(item_at(a, a->len - 1), tmp, (size_t)a->itemsize);
    return 0;
}

static int extend_iter(tpy_vm *vm, tpy_array *a, tpy_object *iterable)
{
    if (tpy_array_check(iterable)) {
        if (A(iterable)->code != a->code) {
            tpy_err_set(vm, &tpy_exc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        intptr_t n = A(iterable)->len;
        return replace(vm, a, a->len, a->len, A(iterable)->data, n);
    }
    tpy_object *it = tpy_iter(vm, iterable), *item;
    if (!it)
        return -1;
    int r = 0;
    while (r == 0 && (item = tpy_next(vm, it))) {
        r = append_obj(vm, a, item);
        tpy_decref(vm, item);
    }
    tpy_decref(vm, it);
    return r == 0 && tpy_err_occurred(vm) ? -1 : r;
}

static int frombytes(tpy_vm *vm, tpy_array *a, tpy_object *o)
{
    tpy_bufview v;
    int got = tpy_get_buffer(vm, o, &v);
    if (got <= 0) {
        if (got == 0)
            tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                           tpy_type_of(o)->name);
        return -1;
    }
    if (v.len % a->itemsize) {
        tpy_err_set(vm, &tpy_exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    return replace(vm, a, a->len, a->len, v.data, v.len / a->itemsize);
}

/* ---- construction and repr ------------------------------------------------------------------------- */

static tpy_object *array_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    if (kwnames && tpy_tuple_len(kwnames))
        return tpy_err_format(vm, &tpy_exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "array() takes at most 2 arguments (%zu given)", nargs);
    if (!tpy_str_check(args[0]) || tpy_str_len(args[0]) != 1)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "array() argument 1 must be a unicode character, not %s",
                              tpy_type_of(args[0])->name);
    uint32_t c = tpy_str_at(args[0], 0);
    if (c == 'u')
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy: array typecode 'u' is not supported");
    if (c > 127 || !c || !strchr(typecodes, (int)c))
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    tpy_object *o = new_array(vm, t, (char)c, 0);
    if (!o || nargs == 1)
        return o;
    tpy_object *init = args[1];
    int r;
    if (tpy_str_check(init))
        r = (tpy_err_format(vm, &tpy_exc_TypeError,
                            "cannot use a str to initialize an array with typecode '%c'", (int)c),
             -1);
    else if (tpy_bytes_check(init) || tpy_isinstance(init, &tpy_bytearray_type))
        r = frombytes(vm, A(o), init);
    else
        r = extend_iter(vm, A(o), init);
    if (r < 0)
        TPY_CLEAR(vm, o);
    return o;
}

static tpy_object *array_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_array *a = A(o);
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = tpy_buf_printf(&b, "array('%c'", a->code);
    if (a->len > 0 && r == 0)
        r = tpy_buf_puts(&b, ", [");
    for (intptr_t i = 0; i < a->len && r == 0; i++) {
        tpy_object *v = tpy_native_get(vm, a->code, item_at(a, i));
        r = v && (!i || tpy_buf_puts(&b, ", ") == 0) ? tpy_buf_put_repr(&b, v) : -1;
        tpy_xdecref(vm, v);
    }
    if (r == 0)
        r = tpy_buf_puts(&b, a->len > 0 ? "])" : ")");
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

static void array_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_obj_heap_free(heap, A(o)->data);
    tpy_obj_free(heap, o);
}

/* ---- the sequence protocol ---------------------------------------------------------------------------- */

static intptr_t array_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return A(o)->len;
}

static tpy_object *array_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_array *a = A(o);
    if (tpy_slice_check(key)) {
        intptr_t start, stop, step;
        intptr_t n = tpy_slice_adjust(vm, key, a->len, &start, &stop, &step);
        if (n < 0)
            return NULL;
        tpy_object *r = new_array(vm, tpy_type_of(o), a->code, n);
        for (intptr_t i = 0; r && i < n; i++)
            memcpy(item_at(A(r), i), item_at(a, start + i * step), (size_t)a->itemsize);
        return r;
    }
    intptr_t i;
    if (tpy_seq_index(vm, key, a->len, "array", &i) < 0)
        return NULL;
    return tpy_native_get(vm, a->code, item_at(a, i));
}

static int assign_slice(tpy_vm *vm, tpy_array *a, tpy_object *key, tpy_object *value)
{
    intptr_t start, stop, step;
    intptr_t n = tpy_slice_adjust(vm, key, a->len, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (value && (!tpy_array_check(value) || A(value)->code != a->code)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "can only assign array (not \"%s\") to array slice", tpy_type_of(value)->name);
        return -1;
    }
    intptr_t m = value ? A(value)->len : 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        /* copy first: the value may be this array */
        void *src = m ? tpy_vm_malloc(vm, (size_t)(m * a->itemsize)) : NULL;
        if (m && !src)
            return -1;
        if (m)
            memcpy(src, A(value)->data, (size_t)(m * a->itemsize));
        int r = replace(vm, a, start, stop, src, m);
        tpy_vm_free(vm, src);
        return r;
    }
    if (value && m != n) {
        tpy_err_format(vm, &tpy_exc_ValueError,
                       "attempt to assign array of size %zd to extended slice of size %zd", m, n);
        return -1;
    }
    if (value) {
        for (intptr_t i = 0; i < n; i++)
            memmove(item_at(a, start + i * step), item_at(A(value), i), (size_t)a->itemsize);
        return 0;
    }
    /* delete an extended slice: keep the items it does not select */
    intptr_t w = 0;
    for (intptr_t i = 0; i < a->len; i++) {
        bool hit = step > 0 ? i >= start && i < stop && (i - start) % step == 0
                            : i <= start && i > stop && (start - i) % (-step) == 0;
        if (!hit)
            memmove(item_at(a, w++), item_at(a, i), (size_t)a->itemsize);
    }
    return resize(vm, a, w);
}

static int array_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    tpy_array *a = A(o);
    if (tpy_slice_check(key))
        return assign_slice(vm, a, key, value);
    intptr_t i;
    if (tpy_seq_index(vm, key, a->len, "array assignment", &i) < 0)
        return -1;
    if (!value)
        return replace(vm, a, i, i + 1, NULL, 0);
    return tpy_native_set(vm, a->code, value, item_at(a, i));
}

static int item_equals(tpy_vm *vm, tpy_array *a, intptr_t i, tpy_object *v)
{
    tpy_object *x = tpy_native_get(vm, a->code, item_at(a, i));
    if (!x)
        return -1;
    int r = tpy_richcompare_bool(vm, x, v, TPY_EQ);
    tpy_decref(vm, x);
    return r;
}

static int array_contains(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    for (intptr_t i = 0; i < A(o)->len; i++) {
        int r = item_equals(vm, A(o), i, v);
        if (r != 0)
            return r;
    }
    return 0;
}

static tpy_object *array_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_array_check(b))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "can only append array (not \"%s\") to array", tpy_type_of(b)->name);
    if (A(a)->code != A(b)->code)
        return tpy_err_format(vm, &tpy_exc_TypeError, "bad argument type for built-in operation");
    tpy_object *r = new_array(vm, &tpy_array_type, A(a)->code, A(a)->len + A(b)->len);
    if (r && A(a)->len)
        memcpy(A(r)->data, A(a)->data, (size_t)(A(a)->len * A(a)->itemsize));
    if (r && A(b)->len)
        memcpy(item_at(A(r), A(a)->len), A(b)->data, (size_t)(A(b)->len * A(b)->itemsize));
    return r;
}

static tpy_object *array_inplace_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_array_check(b))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "can only extend array with array (not \"%s\")", tpy_type_of(b)->name);
    if (A(a)->code != A(b)->code)
        return tpy_err_format(vm, &tpy_exc_TypeError, "can only extend with array of same kind");
    return extend_iter(vm, A(a), b) < 0 ? NULL : tpy_newref(a);
}

static tpy_object *array_repeat(tpy_vm *vm, tpy_object *a, intptr_t n)
{
    if (n < 0)
        n = 0;
    intptr_t len = A(a)->len;
    if (len && n > INTPTR_MAX / 8 / len)
        return tpy_err_no_memory(vm);
    tpy_object *r = new_array(vm, &tpy_array_type, A(a)->code, len * n);
    for (intptr_t i = 0; r && len && i < n; i++)
        memcpy(item_at(A(r), i * len), A(a)->data, (size_t)(len * A(a)->itemsize));
    return r;
}

static tpy_object *array_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_array_check(b))
        return tpy_newref(TPY_NOT_IMPLEMENTED);
    intptr_t na = A(a)->len, nb = A(b)->len;
    if ((op == TPY_EQ || op == TPY_NE) && na != nb)
        return tpy_newref(tpy_bool(op == TPY_NE));
    /* the first items that differ decide, as for lists */
    intptr_t i = 0;
    for (; i < na && i < nb; i++) {
        tpy_object *x = tpy_native_get(vm, A(a)->code, item_at(A(a), i));
        tpy_object *y = x ? tpy_native_get(vm, A(b)->code, item_at(A(b), i)) : NULL;
        int eq = y ? tpy_richcompare_bool(vm, x, y, TPY_EQ) : -1;
        if (eq == 0) {
            tpy_object *r = op == TPY_EQ ? tpy_newref(TPY_FALSE)
                            : op == TPY_NE ? tpy_newref(TPY_TRUE)
                                           : tpy_richcompare(vm, x, y, op);
            tpy_decref(vm, x);
            tpy_decref(vm, y);
            return r;
        }
        tpy_xdecref(vm, x);
        tpy_xdecref(vm, y);
        if (eq < 0)
            return NULL;
    }
    bool r;
    switch (op) {
    case TPY_LT: r = na < nb; break;
    case TPY_LE: r = na <= nb; break;
    case TPY_EQ: r = na == nb; break;
    case TPY_NE: r = na != nb; break;
    case TPY_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return tpy_newref(tpy_bool(r));
}

/* ---- methods ----------------------------------------------------------------------------------------- */

static int one_arg(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames)
{
    return tpy_arg_one(vm, fname, nargs, kwnames);
}

METHOD(a_append)
{
    if (one_arg(vm, "append", nargs, kwnames) < 0 || append_obj(vm, A(self), args[0]) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(a_extend)
{
    if (one_arg(vm, "extend", nargs, kwnames) < 0 || extend_iter(vm, A(self), args[0]) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(a_frombytes)
{
    if (one_arg(vm, "frombytes", nargs, kwnames) < 0 || frombytes(vm, A(self), args[0]) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(a_fromlist)
{
    if (one_arg(vm, "fromlist", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_list_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "arg must be list");
    intptr_t old = A(self)->len;
    if (extend_iter(vm, A(self), args[0]) < 0) {
        if (A(self)->len > old)
            A(self)->len = old;   /* all or nothing, as CPython */
        return NULL;
    }
    return tpy_newref(TPY_NONE);
}

METHOD(a_tobytes)
{
    (void)args;
    if (tpy_arg_none(vm, "tobytes", nargs, kwnames) < 0)
        return NULL;
    return tpy_bytes_from(vm, A(self)->data, (size_t)(A(self)->len * A(self)->itemsize));
}

METHOD(a_tolist)
{
    (void)args;
    if (tpy_arg_none(vm, "tolist", nargs, kwnames) < 0)
        return NULL;
    tpy_object *l = tpy_list_new(vm, (size_t)A(self)->len);
    for (intptr_t i = 0; l && i < A(self)->len; i++) {
        tpy_object *v = tpy_native_get(vm, A(self)->code, item_at(A(self), i));
        if (!v)
            TPY_CLEAR(vm, l);
        else
            ((tpy_list *)l)->items[i] = v;
    }
    return l;
}

METHOD(a_insert)
{
    if (tpy_arg_nokw(vm, "insert", kwnames) < 0 || tpy_arg_count(vm, "insert", nargs, 2, 2) < 0)
        return NULL;
    intptr_t i = tpy_index_ssize(vm, args[0], NULL), n = A(self)->len;
    if (i == -1 && tpy_err_occurred(vm))
        return NULL;
    i = i < 0 ? (i + n < 0 ? 0 : i + n) : (i > n ? n : i);
    unsigned char tmp[8];
    if (tpy_native_set(vm, A(self)->code, args[1], tmp) < 0 ||
        replace(vm, A(self), i, i, tmp, 1) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(a_pop)
{
    if (tpy_arg_nokw(vm, "pop", kwnames) < 0 || tpy_arg_count(vm, "pop", nargs, 0, 1) < 0)
        return NULL;
    intptr_t i = -1, n = A(self)->len;
    if (nargs == 1 && (i = tpy_index_ssize(vm, args[0], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    if (n == 0)
        return tpy_err_format(vm, &tpy_exc_IndexError, "pop from empty array");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return tpy_err_format(vm, &tpy_exc_IndexError, "pop index out of range");
    tpy_object *v = tpy_native_get(vm, A(self)->code, item_at(A(self), i));
    if (v && replace(vm, A(self), i, i + 1, NULL, 0) < 0)
        TPY_CLEAR(vm, v);
    return v;
}

/* The first index of an item equal to v: >= 0, -1 not found, -2 error. */
static intptr_t find(tpy_vm *vm, tpy_array *a, tpy_object *v)
{
    for (intptr_t i = 0; i < a->len; i++) {
        int r = item_equals(vm, a, i, v);
        if (r != 0)
            return r < 0 ? -2 : i;
    }
    return -1;
}

METHOD(a_index)
{
    if (one_arg(vm, "index", nargs, kwnames) < 0)
        return NULL;
    intptr_t i = find(vm, A(self), args[0]);
    if (i == -1)
        return tpy_err_format(vm, &tpy_exc_ValueError, "array.index(x): x not in array");
    return i < 0 ? NULL : tpy_int_from_i64(vm, i);
}

METHOD(a_remove)
{
    if (one_arg(vm, "remove", nargs, kwnames) < 0)
        return NULL;
    intptr_t i = find(vm, A(self), args[0]);
    if (i == -1)
        return tpy_err_format(vm, &tpy_exc_ValueError, "array.remove(x): x not in array");
    if (i < 0 || replace(vm, A(self), i, i + 1, NULL, 0) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(a_count)
{
    if (one_arg(vm, "count", nargs, kwnames) < 0)
        return NULL;
    int64_t n = 0;
    for (intptr_t i = 0; i < A(self)->len; i++) {
        int r = item_equals(vm, A(self), i, args[0]);
        if (r < 0)
            return NULL;
        n += r;
    }
    return tpy_int_from_i64(vm, n);
}

METHOD(a_reverse)
{
    (void)args;
    if (tpy_arg_none(vm, "reverse", nargs, kwnames) < 0)
        return NULL;
    tpy_array *a = A(self);
    unsigned char tmp[8];
    for (intptr_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(tmp, item_at(a, i), (size_t)a->itemsize);
        memcpy(item_at(a, i), item_at(a, j), (size_t)a->itemsize);
        memcpy(item_at(a, j), tmp, (size_t)a->itemsize);
    }
    return tpy_newref(TPY_NONE);
}

METHOD(a_byteswap)
{
    (void)args;
    if (tpy_arg_none(vm, "byteswap", nargs, kwnames) < 0)
        return NULL;
    tpy_array *a = A(self);
    for (intptr_t i = 0; i < a->len; i++) {
        unsigned char *p = item_at(a, i);
        for (int k = 0; k < a->itemsize / 2; k++) {
            unsigned char t = p[k];
            p[k] = p[a->itemsize - 1 - k];
            p[a->itemsize - 1 - k] = t;
        }
    }
    return tpy_newref(TPY_NONE);
}

METHOD(a_buffer_info)
{
    (void)args;
    if (tpy_arg_none(vm, "buffer_info", nargs, kwnames) < 0)
        return NULL;
    tpy_object *addr = tpy_int_from_i64(vm, (int64_t)(intptr_t)A(self)->data);
    tpy_object *n = tpy_int_from_i64(vm, A(self)->len);
    tpy_object *t = addr && n ? tpy_tuple_pack(vm, 2, addr, n) : NULL;
    tpy_xdecref(vm, addr);
    tpy_xdecref(vm, n);
    return t;
}

static tpy_object *get_typecode(tpy_vm *vm, tpy_object *self)
{
    char s[2] = {A(self)->code, 0};
    return tpy_str_from_cstr(vm, s);
}

static tpy_object *get_itemsize(tpy_vm *vm, tpy_object *self)
{
    return tpy_int_from_i64(vm, A(self)->itemsize);
}

static const tpy_method_def array_methods[] = {
    {"append", a_append, 0, NULL}, {"extend", a_extend, 0, NULL},
    {"frombytes", a_frombytes, 0, NULL}, {"fromlist", a_fromlist, 0, NULL},
    {"tobytes", a_tobytes, 0, NULL}, {"tolist", a_tolist, 0, NULL},
    {"insert", a_insert, 0, NULL}, {"pop", a_pop, 0, NULL}, {"index", a_index, 0, NULL},
    {"remove", a_remove, 0, NULL}, {"count", a_count, 0, NULL},
    {"reverse", a_reverse, 0, NULL}, {"byteswap", a_byteswap, 0, NULL},
    {"buffer_info", a_buffer_info, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def array_getsets[] = {
    {"typecode", get_typecode, NULL}, {"itemsize", get_itemsize, NULL}, {NULL, NULL, NULL},
};

static const tpy_container_slots array_container = {
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .concat = array_concat,
    .inplace_concat = array_inplace_concat,
    .repeat = array_repeat,
};

tpy_type tpy_array_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "array.array", .basic_size = sizeof(tpy_array), .destroy = array_destroy},
    .name = "array.array",
    .flags = TPY_TF_BASETYPE,
    .repr = array_repr,
    .str = array_repr,
    .hash = tpy_hash_unhashable,
    .richcompare = array_richcompare,
    .iter = tpy_getitem_iter_new,
    .new_ = array_new,
    .container = &array_container,
    .methods = array_methods,
    .getsets = array_getsets,
};

/* Fill the array module's dict. */
int tpy_array_module_fill(tpy_vm *vm, tpy_object *d)
{
    tpy_object *codes = tpy_str_from_cstr(vm, "bBuhHiIlLqQfd");
    int r = codes && tpy_dict_set_c(vm, d, "array", &tpy_array_type.ob) == 0 &&
                    tpy_dict_set_c(vm, d, "ArrayType", &tpy_array_type.ob) == 0 &&
                    tpy_dict_set_c(vm, d, "typecodes", codes) == 0
                ? 0
                : -1;
    tpy_xdecref(vm, codes);
    return r;
}

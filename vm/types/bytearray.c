/* vm/types/bytearray.c: the mutable byte string. The bytes live in a heap
 * block that grows geometrically; the read-only methods are bytes' own
 * (bytes_methods.c), called on a bytes copy, with bytes results turned
 * back into bytearrays, so the two types cannot drift apart. */
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "bytearray.h"
#include "bytes_text.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define BA(o) ((tpy_bytearray *)(o))
#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

bool tpy_bytes_like(tpy_object *o, const unsigned char **p, intptr_t *n)
{
    if (tpy_bytes_check(o)) {
        *p = ((tpy_bytes *)o)->data;
        *n = tpy_bytes_len(o);
        return true;
    }
    if (tpy_bytearray_check(o)) {
        *p = BA(o)->data ? BA(o)->data : (const unsigned char *)"";
        *n = BA(o)->size;
        return true;
    }
    return false;
}

/* Make room for n bytes (over-allocating by an eighth, as list does). */
static int ba_resize(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    tpy_bytearray *b = BA(o);
    if (n != b->size && b->exports > 0) {
        tpy_err_set(vm, &tpy_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (n > b->alloc || n < b->alloc / 4) {
        intptr_t cap = n + (n >> 3) + 8;
        unsigned char *p = tpy_obj_heap_realloc(vm->heap, b->data, (size_t)cap);
        if (!p) {
            tpy_err_no_memory(vm);
            return -1;
        }
        b->data = p;
        b->alloc = cap;
    }
    b->size = n;
    return 0;
}

tpy_object *tpy_bytearray_from(tpy_vm *vm, const void *data, size_t n)
{
    tpy_object *o = tpy_alloc(vm, &tpy_bytearray_type);
    if (!o)
        return NULL;
    BA(o)->size = BA(o)->alloc = 0;
    BA(o)->data = NULL;
    BA(o)->exports = 0;
    if (n && ba_resize(vm, o, (intptr_t)n) < 0) {
        tpy_decref(vm, o);
        return NULL;
    }
    if (n && data)
        memcpy(BA(o)->data, data, n);
    else if (n)
        memset(BA(o)->data, 0, n);
    return o;
}

/* A destroy hook owns the whole release: the buffer, then the object. */
static void ba_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_obj_heap_free(heap, BA(o)->data);
    tpy_obj_free(heap, o);
}

/* A bytes copy of a bytes-like object. */
static tpy_object *as_bytes(tpy_vm *vm, tpy_object *o)
{
    return tpy_bytes_from(vm, BA(o)->data, (size_t)BA(o)->size);
}

static tpy_object *ba_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *b = as_bytes(vm, o);
    if (!b)
        return NULL;
    tpy_buf buf;
    tpy_buf_init(&buf, vm);
    tpy_object *text = tpy_repr(vm, b);
    tpy_decref(vm, b);
    if (!text)
        return NULL;
    /* bytearray's repr escapes ' even inside b"..." (CPython's quirk). */
    size_t n;
    const char *s = tpy_str_utf8(vm, text, &n);
    bool dq = s && n > 1 && s[1] == '"';
    int r = s ? tpy_buf_puts(&buf, "bytearray(") : -1;
    for (size_t i = 0; r == 0 && i < n; i++)
        r = dq && s[i] == '\'' && i > 1 && i + 1 < n ? tpy_buf_puts(&buf, "\\'")
                                                     : tpy_buf_putc(&buf, s[i]);
    r = r ? r : tpy_buf_putc(&buf, ')');
    tpy_decref(vm, text);
    if (r < 0) {
        tpy_buf_free(&buf);
        return NULL;
    }
    return tpy_buf_finish(&buf);
}

static tpy_object *ba_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    const unsigned char *p, *q;
    intptr_t n, m;
    if (!tpy_bytes_like(a, &p, &n) || !tpy_bytes_like(b, &q, &m))
        return TPY_NOT_IMPLEMENTED;
    int c = memcmp(p, q, (size_t)(n < m ? n : m));
    c = c ? (c < 0 ? -1 : 1) : (n > m) - (n < m);
    static const bool table[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0},
                                     {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
    return tpy_bool(table[op][c + 1]);
}

/* ---- the sequence ------------------------------------------------------------------------------ */

static intptr_t ba_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return BA(o)->size;
}

/* A byte value 0..255 from an int-like object. */
static int byte_value(tpy_vm *vm, tpy_object *v, unsigned char *out)
{
    if (!tpy_has_index(v)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       tpy_type_of(v)->name);
        return -1;
    }
    intptr_t x = tpy_index_ssize(vm, v, NULL);
    if (x == -1 && tpy_err_occurred(vm))
        return -1;
    if (x < 0 || x > 255) {
        tpy_err_set(vm, &tpy_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

static tpy_object *ba_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    if (tpy_slice_check(key)) {
        intptr_t start, stop, step;
        intptr_t n = tpy_slice_adjust(vm, key, BA(o)->size, &start, &stop, &step);
        if (n < 0)
            return NULL;
        tpy_object *r = tpy_bytearray_from(vm, NULL, (size_t)n);
        for (intptr_t i = 0; r && i < n; i++)
            BA(r)->data[i] = BA(o)->data[start + i * step];
        return r;
    }
    if (!tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "bytearray indices must be integers or slices, not %s",
                              tpy_type_of(key)->name);
    intptr_t i;
    if (tpy_seq_index(vm, key, BA(o)->size, "bytearray", &i) < 0)
        return NULL;
    return tpy_int_from_i64(vm, BA(o)->data[i]);
}

/* The bytes a slice assignment stores: bytes-like, or an iterable of
 * ints (as a new bytes object). */
static tpy_object *assigned_bytes(tpy_vm *vm, tpy_object *v)
{
    if (tpy_bytes_check(v))
        return tpy_newref(v);
    if (tpy_bytearray_check(v))
        return as_bytes(vm, v);
    if (tpy_int_check(v) || tpy_str_check(v))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return tpy_call(vm, &tpy_bytes_type.ob, &v, 1, NULL);
}

/* Replace data[start:stop] by n bytes at p. */
static int replace_range(tpy_vm *vm, tpy_object *o, intptr_t start, intptr_t stop,
                         const unsigned char *p, intptr_t n)
{
    intptr_t size = BA(o)->size, tail = size - stop, newsize = size - (stop - start) + n;
    if (newsize < size && BA(o)->exports > 0)
        return ba_resize(vm, o, newsize);   /* refuses before the bytes move */
    if (newsize > size && ba_resize(vm, o, newsize) < 0)
        return -1;
    memmove(BA(o)->data + start + n, BA(o)->data + stop, (size_t)tail);
    if (n)
        memcpy(BA(o)->data + start, p, (size_t)n);
    return newsize < size ? ba_resize(vm, o, newsize) : 0;
}

static int ba_del_extended(tpy_vm *vm, tpy_object *o, intptr_t start, intptr_t step, intptr_t n)
{
    if (step < 0) {   /* the same positions, walked upward */
        start += (n - 1) * step;
        step = -step;
    }
    if (n > 0 && BA(o)->exports > 0)
        return ba_resize(vm, o, BA(o)->size - n);   /* refuses before the bytes move */
    unsigned char *d = BA(o)->data;
    intptr_t w = start, next = 0;
    for (intptr_t r = start; r < BA(o)->size; r++) {
        if (next < n && r == start + next * step) {
            next++;
            continue;
        }
        d[w++] = d[r];
    }
    return ba_resize(vm, o, w);
}

static int ba_setslice(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    intptr_t start, stop, step;
    intptr_t n = tpy_slice_adjust(vm, key, BA(o)->size, &start, &stop, &step);
    if (n < 0)
        return -1;
    if (!value) {
        if (step == 1)
            return replace_range(vm, o, start, start + n, NULL, 0);
        return ba_del_extended(vm, o, start, step, n);
    }
    tpy_object *b = assigned_bytes(vm, value);
    if (!b)
        return -1;
    const unsigned char *p = ((tpy_bytes *)b)->data;
    intptr_t m = tpy_bytes_len(b);
    int r = 0;
    if (step == 1) {
        r = replace_range(vm, o, start, start + n, p, m);
    } else if (m != n) {
        tpy_err_format(vm, &tpy_exc_ValueError,
                       "attempt to assign bytes of size %zd to extended slice of size %zd",
                       (ssize_t)m, (ssize_t)n);
        r = -1;
    } else {
        for (intptr_t i = 0; i < n; i++)
            BA(o)->data[start + i * step] = p[i];
    }
    tpy_decref(vm, b);
    return r;
}

static int ba_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    if (tpy_slice_check(key))
        return ba_setslice(vm, o, key, value);
    if (!tpy_has_index(key)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "bytearray indices must be integers or slices, not %s",
                       tpy_type_of(key)->name);
        return -1;
    }
    intptr_t i;
    if (tpy_seq_index(vm, key, BA(o)->size, "bytearray", &i) < 0)
        return -1;
    if (!value)
        return replace_range(vm, o, i, i + 1, NULL, 0);
    return byte_value(vm, value, &BA(o)->data[i]);
}

static int ba_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    const unsigned char *q;
    intptr_t m, n = BA(o)->size;
    const unsigned char *d = BA(o)->data;
    if (tpy_bytes_like(item, &q, &m)) {
        for (intptr_t i = 0; i + m <= n; i++)
            if (m == 0 || memcmp(d + i, q, (size_t)m) == 0)
                return 1;
        return 0;
    }
    unsigned char c;
    if (!tpy_has_index(item)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                       tpy_type_of(item)->name);
        return -1;
    }
    if (byte_value(vm, item, &c) < 0)
        return -1;
    return n && memchr(d, c, (size_t)n) != NULL;
}

static int extend_with(tpy_vm *vm, tpy_object *o, tpy_object *other)
{
    tpy_object *b = assigned_bytes(vm, other);
    if (!b) {
        if (tpy_err_matches(vm, &tpy_exc_TypeError) && !tpy_str_check(other)) {
            tpy_err_clear(vm);
            tpy_err_format(vm, &tpy_exc_TypeError, "can't extend bytearray with %s",
                           tpy_type_of(other)->name);
        }
        return -1;
    }
    intptr_t n = BA(o)->size;
    int r = replace_range(vm, o, n, n, ((tpy_bytes *)b)->data, tpy_bytes_len(b));
    tpy_decref(vm, b);
    return r;
}

static tpy_object *ba_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    const unsigned char *p, *q;
    intptr_t n, m;
    if (!tpy_bytes_like(a, &p, &n) || !tpy_bytes_like(b, &q, &m))
        return tpy_err_format(vm, &tpy_exc_TypeError, "can't concat %s to %s",
                              tpy_type_of(b)->name, tpy_type_of(a)->name);
    tpy_object *r = tpy_bytearray_from(vm, p, (size_t)n);
    if (r && replace_range(vm, r, n, n, q, m) < 0)
        TPY_CLEAR(vm, r);
    return r;
}

static tpy_object *ba_inplace_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    const unsigned char *q;
    intptr_t m;
    if (!tpy_bytes_like(b, &q, &m))
        return tpy_err_format(vm, &tpy_exc_TypeError, "can't concat %s to bytearray",
                              tpy_type_of(b)->name);
    tpy_object *keep = tpy_newref(b);   /* b may be a itself */
    const unsigned char *src = q;
    tpy_object *copy = b == a ? as_bytes(vm, b) : NULL;
    if (b == a && !copy) {
        tpy_decref(vm, keep);
        return NULL;
    }
    if (copy)
        src = ((tpy_bytes *)copy)->data;
    intptr_t n = BA(a)->size;
    int r = replace_range(vm, a, n, n, src, m);
    tpy_xdecref(vm, copy);
    tpy_decref(vm, keep);
    return r < 0 ? NULL : tpy_newref(a);
}

static tpy_object *ba_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    intptr_t len = BA(o)->size;
    if (n < 0)
        n = 0;
    if (len && n > INTPTR_MAX / len)
        return tpy_err_no_memory(vm);
    tpy_object *r = tpy_bytearray_from(vm, NULL, (size_t)(len * n));
    for (intptr_t i = 0; r && i < n; i++)
        memcpy(BA(r)->data + i * len, BA(o)->data, (size_t)len);
    return r;
}

static tpy_object *ba_inplace_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    tpy_object *r = ba_repeat(vm, o, n);
    if (!r)
        return NULL;
    intptr_t m = BA(r)->size;
    int st = replace_range(vm, o, 0, BA(o)->size, BA(r)->data, m);
    tpy_decref(vm, r);
    return st < 0 ? NULL : tpy_newref(o);
}

static const tpy_container_slots ba_container = {
    .len = ba_len, .getitem = ba_getitem, .setitem = ba_setitem, .contains = ba_contains,
    .concat = ba_concat, .inplace_concat = ba_inplace_concat,
    .repeat = ba_repeat, .inplace_repeat = ba_inplace_repeat,
};

static tpy_object *ba_iter(tpy_vm *vm, tpy_object *o)
{
    return tpy_seqiter_new(vm, &tpy_bytearray_iter_type, o, 0);
}

static tpy_object *ba_iter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < BA(it->seq)->size)
        return tpy_int_from_i64(vm, BA(it->seq)->data[it->index++]);
    TPY_CLEAR(vm, it->seq);
    return NULL;
}

/* bytearray % args: bytes' formatting, as a bytearray. */
static tpy_object *ba_mod(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_bytearray_check(a))
        return TPY_NOT_IMPLEMENTED;
    tpy_object *fmt = as_bytes(vm, a);
    tpy_object *r = fmt ? tpy_bytes_percent(vm, fmt, b) : NULL;
    tpy_xdecref(vm, fmt);
    if (!r)
        return NULL;
    tpy_object *ba = tpy_bytearray_from(vm, ((tpy_bytes *)r)->data, (size_t)tpy_bytes_len(r));
    tpy_decref(vm, r);
    return ba;
}

static const tpy_number_slots ba_number = {.binary = {[TPY_OP_MOD] = ba_mod}};

/* ---- construction ------------------------------------------------------------------------------ */

/* bytearray(): every form of bytes() (int, iterable, str + encoding,
 * bytes-like), then copied into a mutable array. */
static tpy_object *ba_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    (void)t;
    if (nargs == 1 && !kwnames && tpy_bytearray_check(args[0]))
        return tpy_bytearray_from(vm, BA(args[0])->data, (size_t)BA(args[0])->size);
    if (nargs == 1 && !kwnames && tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "string argument without an encoding");
    tpy_object *b = tpy_bytes_type.new_(vm, &tpy_bytes_type, args, nargs, kwnames);
    if (!b)
        return NULL;
    tpy_object *r = tpy_bytearray_from(vm, ((tpy_bytes *)b)->data, (size_t)tpy_bytes_len(b));
    tpy_decref(vm, b);
    return r;
}

/* ---- the mutating methods ---------------------------------------------------------------------- */

METHOD(ba_append)
{
    unsigned char c;
    if (tpy_arg_nokw(vm, "append", kwnames) < 0 || tpy_arg_count(vm, "append", nargs, 1, 1) < 0 ||
        byte_value(vm, args[0], &c) < 0)
        return NULL;
    intptr_t n = BA(self)->size;
    return replace_range(vm, self, n, n, &c, 1) < 0 ? NULL : tpy_newref(TPY_NONE);
}

METHOD(ba_extend)
{
    if (tpy_arg_nokw(vm, "extend", kwnames) < 0 || tpy_arg_count(vm, "extend", nargs, 1, 1) < 0)
        return NULL;
    return extend_with(vm, self, args[0]) < 0 ? NULL : tpy_newref(TPY_NONE);
}

METHOD(ba_insert)
{
    unsigned char c;
    if (tpy_arg_nokw(vm, "insert", kwnames) < 0 || tpy_arg_count(vm, "insert", nargs, 2, 2) < 0)
        return NULL;
    intptr_t i = tpy_index_ssize(vm, args[0], NULL), n = BA(self)->size;
    if ((i == -1 && tpy_err_occurred(vm)) || byte_value(vm, args[1], &c) < 0)
        return NULL;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    return replace_range(vm, self, i, i, &c, 1) < 0 ? NULL : tpy_newref(TPY_NONE);
}

METHOD(ba_pop)
{
    if (tpy_arg_nokw(vm, "pop", kwnames) < 0 || tpy_arg_count(vm, "pop", nargs, 0, 1) < 0)
        return NULL;
    intptr_t n = BA(self)->size, i = n - 1;
    if (nargs) {
        i = tpy_index_ssize(vm, args[0], NULL);
        if (i == -1 && tpy_err_occurred(vm))
            return NULL;
    }
    if (n == 0)
        return tpy_err_format(vm, &tpy_exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return tpy_err_format(vm, &tpy_exc_IndexError, "pop index out of range");
    unsigned char c = BA(self)->data[i];
    return replace_range(vm, self, i, i + 1, NULL, 0) < 0 ? NULL : tpy_int_from_i64(vm, c);
}

METHOD(ba_remove)
{
    unsigned char c;
    if (tpy_arg_nokw(vm, "remove", kwnames) < 0 || tpy_arg_count(vm, "remove", nargs, 1, 1) < 0 ||
        byte_value(vm, args[0], &c) < 0)
        return NULL;
    unsigned char *p = BA(self)->size ? memchr(BA(self)->data, c, (size_t)BA(self)->size) : NULL;
    if (!p)
        return tpy_err_format(vm, &tpy_exc_ValueError, "value not found in bytearray");
    intptr_t i = p - BA(self)->data;
    return replace_range(vm, self, i, i + 1, NULL, 0) < 0 ? NULL : tpy_newref(TPY_NONE);
}

METHOD(ba_reverse)
{
    (void)args;
    if (tpy_arg_none(vm, "reverse", nargs, kwnames) < 0)
        return NULL;
    unsigned char *d = BA(self)->data;
    for (intptr_t i = 0, j = BA(self)->size - 1; i < j; i++, j--) {
        unsigned char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return tpy_newref(TPY_NONE);
}

METHOD(ba_clear)
{
    (void)args;
    if (tpy_arg_none(vm, "clear", nargs, kwnames) < 0)
        return NULL;
    return ba_resize(vm, self, 0) < 0 ? NULL : tpy_newref(TPY_NONE);
}

METHOD(ba_copy)
{
    (void)args;
    if (tpy_arg_none(vm, "copy", nargs, kwnames) < 0)
        return NULL;
    return tpy_bytearray_from(vm, BA(self)->data, (size_t)BA(self)->size);
}

/* ---- bytes' methods, forwarded ------------------------------------------------------------------ */

extern const tpy_method_def tpy_bytes_methods[];   /* bytes_methods.c */

/* A bytes result as a bytearray; lists and tuples of bytes (split,
 * partition) item by item; anything else unchanged. */
static tpy_object *convert_result(tpy_vm *vm, tpy_object *r)
{
    if (tpy_bytes_check(r)) {
        tpy_object *b = tpy_bytearray_from(vm, ((tpy_bytes *)r)->data, (size_t)tpy_bytes_len(r));
        tpy_decref(vm, r);
        return b;
    }
    if (tpy_list_check(r)) {
        for (intptr_t i = 0; i < tpy_list_len(r); i++) {
            tpy_object **slot = &((tpy_list *)r)->items[i];
            tpy_object *b = convert_result(vm, tpy_newref(*slot));
            if (!b) {
                tpy_decref(vm, r);
                return NULL;
            }
            TPY_SETREF(vm, *slot, b);
        }
        return r;
    }
    if (tpy_tuple_check(r)) {
        intptr_t n = tpy_tuple_len(r);
        tpy_object *t = tpy_tuple_new(vm, (size_t)n);
        for (intptr_t i = 0; t && i < n; i++) {
            tpy_object *b = convert_result(vm, tpy_newref(tpy_tuple_get(r, i)));
            if (!b)
                TPY_CLEAR(vm, t);
            else
                ((tpy_tuple *)t)->items[i] = b;
        }
        tpy_decref(vm, r);
        return t;
    }
    return r;
}

/* Call bytes' method `name` with self and bytearray arguments as bytes. */
static tpy_object *forward(tpy_vm *vm, const char *name, tpy_object *self,
                           tpy_object *const *args, size_t nargs, tpy_object *kwnames)
{
    const tpy_method_def *def = tpy_bytes_methods;
    while (def->name && strcmp(def->name, name) != 0)
        def++;
    size_t total = nargs + (kwnames ? (size_t)tpy_tuple_len(kwnames) : 0);
    tpy_object *stack[8], **conv = stack;
    if (total > 8 && !(conv = tpy_vm_malloc(vm, total * sizeof *conv)))
        return NULL;
    tpy_object *s = tpy_bytearray_check(self) ? as_bytes(vm, self) : tpy_newref(self);
    size_t made = 0;
    tpy_object *r = NULL;
    if (!s)
        goto done;
    for (; made < total; made++) {
        tpy_object *a = args[made];
        conv[made] = tpy_bytearray_check(a) ? as_bytes(vm, a) : tpy_newref(a);
        if (!conv[made])
            goto done;
    }
    r = def->fn(vm, s, conv, nargs, kwnames);
    if (r)
        r = convert_result(vm, r);
done:
    for (size_t i = 0; i < made; i++)
        tpy_decref(vm, conv[i]);
    if (conv != stack)
        tpy_vm_free(vm, conv);
    tpy_xdecref(vm, s);
    return r;
}

#define FORWARD(name)                 \
    METHOD(ba_##name)                 \
    {                                 \
        return forward(vm, #name, self, args, nargs, kwnames); \
    }
FORWARD(decode)
FORWARD(hex)
FORWARD(find)
FORWARD(rfind)
FORWARD(index)
FORWARD(rindex)
FORWARD(count)
FORWARD(startswith)
FORWARD(endswith)
FORWARD(join)
FORWARD(replace)
FORWARD(split)
FORWARD(rsplit)
FORWARD(strip)
FORWARD(lstrip)
FORWARD(rstrip)
FORWARD(partition)
FORWARD(rpartition)
FORWARD(upper)
FORWARD(lower)
FORWARD(isdigit)
FORWARD(isalpha)
FORWARD(isalnum)
FORWARD(isspace)
FORWARD(isascii)
FORWARD(isupper)
FORWARD(islower)
FORWARD(splitlines)
FORWARD(center)
FORWARD(ljust)
FORWARD(rjust)
FORWARD(zfill)
FORWARD(title)
FORWARD(capitalize)
FORWARD(swapcase)
FORWARD(istitle)
FORWARD(expandtabs)
FORWARD(translate)
FORWARD(removeprefix)
FORWARD(removesuffix)

METHOD(ba_fromhex)
{
    (void)self;
    return forward(vm, "fromhex", &tpy_bytes_type.ob, args, nargs, kwnames);
}

static const tpy_method_def ba_methods[] = {
    {"append", ba_append, 0, NULL},     {"extend", ba_extend, 0, NULL},
    {"insert", ba_insert, 0, NULL},     {"pop", ba_pop, 0, NULL},
    {"remove", ba_remove, 0, NULL},     {"reverse", ba_reverse, 0, NULL},
    {"clear", ba_clear, 0, NULL},       {"copy", ba_copy, 0, NULL},
    {"decode", ba_decode, 0, NULL},     {"hex", ba_hex, 0, NULL},
    {"fromhex", ba_fromhex, TPY_METH_CLASS, NULL},
    {"find", ba_find, 0, NULL},         {"rfind", ba_rfind, 0, NULL},
    {"index", ba_index, 0, NULL},       {"rindex", ba_rindex, 0, NULL},
    {"count", ba_count, 0, NULL},       {"startswith", ba_startswith, 0, NULL},
    {"endswith", ba_endswith, 0, NULL}, {"join", ba_join, 0, NULL},
    {"replace", ba_replace, 0, NULL},   {"split", ba_split, 0, NULL},
    {"rsplit", ba_rsplit, 0, NULL},     {"strip", ba_strip, 0, NULL},
    {"lstrip", ba_lstrip, 0, NULL},     {"rstrip", ba_rstrip, 0, NULL},
    {"partition", ba_partition, 0, NULL}, {"rpartition", ba_rpartition, 0, NULL},
    {"upper", ba_upper, 0, NULL},       {"lower", ba_lower, 0, NULL},
    {"isdigit", ba_isdigit, 0, NULL},   {"isalpha", ba_isalpha, 0, NULL},
    {"isalnum", ba_isalnum, 0, NULL},   {"isspace", ba_isspace, 0, NULL},
    {"isascii", ba_isascii, 0, NULL},   {"isupper", ba_isupper, 0, NULL},
    {"islower", ba_islower, 0, NULL},
    {"splitlines", ba_splitlines, 0, NULL}, {"center", ba_center, 0, NULL},
    {"ljust", ba_ljust, 0, NULL},       {"rjust", ba_rjust, 0, NULL},
    {"zfill", ba_zfill, 0, NULL},       {"title", ba_title, 0, NULL},
    {"capitalize", ba_capitalize, 0, NULL}, {"swapcase", ba_swapcase, 0, NULL},
    {"istitle", ba_istitle, 0, NULL},   {"expandtabs", ba_expandtabs, 0, NULL},
    {"translate", ba_translate, 0, NULL}, {"removeprefix", ba_removeprefix, 0, NULL},
    {"removesuffix", ba_removesuffix, 0, NULL},
    {"maketrans", tpy_bytes_maketrans, TPY_METH_CLASS, NULL},   /* returns bytes, as CPython */
    {NULL, NULL, 0, NULL},
};

tpy_type tpy_bytearray_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "bytearray", .basic_size = sizeof(tpy_bytearray), .destroy = ba_destroy},
    .name = "bytearray",
    .flags = TPY_TF_BASETYPE,
    .repr = ba_repr,
    .str = ba_repr,
    .hash = tpy_hash_unhashable,
    .richcompare = ba_richcompare,
    .iter = ba_iter,
    .new_ = ba_new,
    .number = &ba_number,
    .container = &ba_container,
    .methods = ba_methods,
};

tpy_type tpy_bytearray_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "bytearray_iterator", .basic_size = sizeof(tpy_seqiter),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_seqiter_destroy,
               .traverse = tpy_seqiter_traverse, .clear = tpy_seqiter_clear},
    .name = "bytearray_iterator",
    .iter = tpy_iter_self,
    .next = ba_iter_next,
};

/* vm/types/bytes.c: the immutable byte string: inline data with a NUL
 * after it, cached hash, CPython's repr, concatenation, indexing and
 * slicing (methods: bytes_methods.c). */
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "heaptype.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "str_internal.h"
#include "bytearray.h"
#include "vm.h"

#define B(o) ((tpy_bytes *)(o))

tpy_object *tpy_bytes_from(tpy_vm *vm, const void *data, size_t n)
{
    if (n == 0)
        return vm->empty_bytes;
    tpy_bytes *b = (tpy_bytes *)tpy_alloc_var(vm, &tpy_bytes_type, n + 1);
    if (!b)
        return NULL;
    b->hash = -1;
    if (data)
        memcpy(b->data, data, n);
    b->data[n] = 0;
    return (tpy_object *)b;
}

/* b'...' with CPython's quote choice and \t \n \r \xNN escapes. */
static tpy_object *bytes_repr(tpy_vm *vm, tpy_object *o)
{
    intptr_t n = tpy_bytes_len(o);
    const unsigned char *p = B(o)->data;
    char quote = memchr(p, '\'', (size_t)n) && !memchr(p, '"', (size_t)n) ? '"' : '\'';
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = tpy_buf_putc(&b, 'b');
    r = r ? r : tpy_buf_putc(&b, quote);
    for (intptr_t i = 0; i < n && r == 0; i++) {
        unsigned c = p[i];
        if (c == (unsigned)quote || c == '\\')
            r = tpy_buf_printf(&b, "\\%c", c);
        else if (c == '\t')
            r = tpy_buf_puts(&b, "\\t");
        else if (c == '\n')
            r = tpy_buf_puts(&b, "\\n");
        else if (c == '\r')
            r = tpy_buf_puts(&b, "\\r");
        else if (c < ' ' || c >= 0x7f)
            r = tpy_buf_printf(&b, "\\x%02x", c);
        else
            r = tpy_buf_putc(&b, (char)c);
    }
    if (r == 0)
        r = tpy_buf_putc(&b, quote);
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

static tpy_hash_t bytes_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    if (B(o)->hash != -1)
        return B(o)->hash;
    if (tpy_bytes_len(o) == 0)
        return 0;   /* hash(b'') is 0, as hash('') */
    uint64_t h = 14695981039346656037ull ^ 0x62;   /* differs from str's seed */
    for (intptr_t i = 0; i < tpy_bytes_len(o); i++) {
        h ^= B(o)->data[i];
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    tpy_hash_t r = (tpy_hash_t)h == -1 ? -2 : (tpy_hash_t)h;
    B(o)->hash = r;
    return r;
}

static int bytes_compare(tpy_object *a, tpy_object *b)
{
    intptr_t na = tpy_bytes_len(a), nb = tpy_bytes_len(b);
    int c = memcmp(B(a)->data, B(b)->data, (size_t)(na < nb ? na : nb));
    if (c)
        return c < 0 ? -1 : 1;
    return (na > nb) - (na < nb);
}

static tpy_object *bytes_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if (!tpy_bytes_check(b))
        return TPY_NOT_IMPLEMENTED;
    int c = bytes_compare(a, b);
    static const bool table[6][3] = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0},
                                     {1, 0, 1}, {0, 0, 1}, {0, 1, 1}};
    return tpy_bool(table[op][c + 1]);
}

static intptr_t bytes_len_slot(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_bytes_len(o);
}

static tpy_object *bytes_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    if (tpy_slice_check(key)) {
        intptr_t start, stop, step;
        intptr_t n = tpy_slice_adjust(vm, key, tpy_bytes_len(o), &start, &stop, &step);
        if (n < 0)
            return NULL;
        tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)n);
        for (intptr_t i = 0; r && i < n; i++)
            B(r)->data[i] = B(o)->data[start + i * step];
        return r;
    }
    if (!tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "byte indices must be integers or slices, not %s",
                              tpy_type_of(key)->name);
    /* Not tpy_seq_index: CPython's message here names no type. */
    intptr_t i = tpy_index_ssize(vm, key, &tpy_exc_IndexError), n = tpy_bytes_len(o);
    if (i == -1 && tpy_err_occurred(vm))
        return NULL;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return tpy_err_format(vm, &tpy_exc_IndexError, "index out of range");
    return tpy_int_from_i64(vm, B(o)->data[i]);
}

static int bytes_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    intptr_t n = tpy_bytes_len(o);
    if (tpy_int_check(item)) {
        int64_t v;
        if (tpy_int_to_i64(vm, item, &v) < 0 || v < 0 || v > 255) {
            tpy_err_clear(vm);
            tpy_err_set(vm, &tpy_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(B(o)->data, (int)v, (size_t)n) != NULL;
    }
    const unsigned char *q;
    intptr_t m;
    if (!tpy_bytes_like(item, &q, &m)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                       tpy_type_of(item)->name);
        return -1;
    }
    for (intptr_t i = 0; i + m <= n; i++)
        if (memcmp(B(o)->data + i, q, (size_t)m) == 0)
            return 1;
    return 0;
}

static tpy_object *bytes_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    const unsigned char *pb;
    intptr_t nb;
    if (!tpy_bytes_like(b, &pb, &nb))   /* bytes or bytearray */
        return tpy_err_format(vm, &tpy_exc_TypeError, "can't concat %s to bytes",
                              tpy_type_of(b)->name);
    intptr_t na = tpy_bytes_len(a);
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)(na + nb));
    if (r && na + nb) {
        memcpy(B(r)->data, B(a)->data, (size_t)na);
        memcpy(B(r)->data + na, pb, (size_t)nb);
    }
    return r;
}

static tpy_object *bytes_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    intptr_t len = tpy_bytes_len(o);
    if (n <= 0 || len == 0)
        return vm->empty_bytes;
    if (len > INTPTR_MAX / n)
        return tpy_err_no_memory(vm);
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)(len * n));
    for (intptr_t i = 0; r && i < n; i++)
        memcpy(B(r)->data + i * len, B(o)->data, (size_t)len);
    return r;
}

static const tpy_container_slots bytes_container = {
    .len = bytes_len_slot, .getitem = bytes_getitem, .contains = bytes_contains,
    .concat = bytes_concat, .repeat = bytes_repeat,
};

static tpy_object *bytes_iter(tpy_vm *vm, tpy_object *o)
{
    return tpy_seqiter_new(vm, &tpy_bytes_iter_type, o, 0);
}

static tpy_object *bytes_iter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < tpy_bytes_len(it->seq))
        return tpy_int_from_i64(vm, B(it->seq)->data[it->index++]);
    TPY_CLEAR(vm, it->seq);
    return NULL;
}

extern const tpy_method_def tpy_bytes_methods[];   /* bytes_methods.c */

/* bytes % args (str_percent.c). */
static tpy_object *bytes_mod(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_bytes_check(a))
        return TPY_NOT_IMPLEMENTED;
    return tpy_bytes_percent(vm, a, b);
}

static const tpy_number_slots bytes_number = {.binary = {[TPY_OP_MOD] = bytes_mod}};

static tpy_object *bytes_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames);

/* bytes(x) for an instance of a class: what its __bytes__ returns
 * (*handled set), else its __index__ as a count of zero bytes; NULL with
 * *handled false when it has neither. */
static tpy_object *bytes_from_instance(tpy_vm *vm, tpy_object *x, bool *handled)
{
    bool missing;
    *handled = true;
    tpy_object *r = tpy_call_special(vm, x, "__bytes__", NULL, 0, &missing);
    if (r) {
        if (tpy_bytes_check(r))
            return r;
        tpy_err_format(vm, &tpy_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                       tpy_type_of(r)->name);
        tpy_decref(vm, r);
        return NULL;
    }
    if (!missing)
        return NULL;
    tpy_err_clear(vm);
    tpy_object *n = tpy_call_special(vm, x, "__index__", NULL, 0, &missing);
    if (!n) {
        if (missing) {
            tpy_err_clear(vm);
            *handled = false;
        }
        return NULL;
    }
    tpy_object *r2 = tpy_int_check(n) ? bytes_new(vm, &tpy_bytes_type, &n, 1, NULL)
                                      : tpy_err_format(vm, &tpy_exc_TypeError,
                                                       "__index__ returned non-int (type %s)",
                                                       tpy_type_of(n)->name);
    tpy_decref(vm, n);
    return r2;
}

/* bytes(n), bytes(iterable of ints), bytes(str, 'utf-8'), bytes(obj with
 * __bytes__ or __index__). */
static tpy_object *bytes_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    if (t != &tpy_bytes_type)   /* a subclass: the value first, then its block */
        return tpy_subtype_from_exact(vm, t, bytes_new(vm, &tpy_bytes_type, args, nargs, kwnames));
    if (tpy_arg_nokw(vm, "bytes", kwnames) < 0 || tpy_arg_count(vm, "bytes", nargs, 0, 2) < 0)
        return NULL;
    if (nargs == 0)
        return vm->empty_bytes;
    tpy_object *x = args[0];
    if (nargs == 2 && !tpy_str_check(args[1]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "bytes() argument 'encoding' must be str, not %s",
                              tpy_type_of(args[1])->name);
    if (nargs == 2 && !tpy_str_check(x))
        return tpy_err_set(vm, &tpy_exc_TypeError, "encoding without a string argument"), NULL;
    if (tpy_type_has(tpy_type_of(x), TPY_TF_HEAPTYPE)) {
        bool handled;
        tpy_object *r = bytes_from_instance(vm, x, &handled);
        if (r || handled)
            return r;
    }
    if (tpy_str_check(x)) {
        if (nargs < 2)
            return tpy_err_set(vm, &tpy_exc_TypeError, "string argument without an encoding"), NULL;
        return tpy_str_encode_m(vm, x, args + 1, nargs - 1, NULL);   /* the encoding's bytes */
    }
    if (tpy_int_check(x)) {
        intptr_t n = tpy_index_ssize(vm, x, &tpy_exc_OverflowError);
        if (n == -1 && tpy_err_occurred(vm))
            return NULL;
        if (n < 0)
            return tpy_err_set(vm, &tpy_exc_ValueError, "negative count"), NULL;
        tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)n);
        if (r && n)
            memset(B(r)->data, 0, (size_t)n);
        return r;
    }
    tpy_bufview view;   /* memoryview, array: their bytes (vm/modules/stdmod.h) */
    int got = tpy_get_buffer(vm, x, &view);
    if (got != 0)
        return got < 0 ? NULL : tpy_bytes_from(vm, view.data, (size_t)view.len);
    tpy_type *xt = tpy_type_of(x);
    if (!xt->iter && !(xt->container && xt->container->getitem))
        return tpy_err_format(vm, &tpy_exc_TypeError, "cannot convert '%s' object to bytes",
                              xt->name);
    tpy_object *l = tpy_sequence_list(vm, x);
    if (!l)
        return NULL;
    intptr_t n = tpy_list_len(l);
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)n);
    for (intptr_t i = 0; r && i < n; i++) {
        intptr_t v = tpy_index_ssize(vm, tpy_list_get(l, i), NULL);
        if ((v == -1 && tpy_err_occurred(vm)) || v < 0 || v > 255) {
            if (!tpy_err_occurred(vm))
                tpy_err_set(vm, &tpy_exc_ValueError, "bytes must be in range(0, 256)");
            TPY_CLEAR(vm, r);
            break;
        }
        B(r)->data[i] = (unsigned char)v;
    }
    tpy_decref(vm, l);
    return r;
}

tpy_type tpy_bytes_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "bytes", .basic_size = sizeof(tpy_bytes), .item_size = 1},
    .name = "bytes",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .number = &bytes_number,
    .container = &bytes_container,
    .methods = tpy_bytes_methods,
};

tpy_type tpy_bytes_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "bytes_iterator", .basic_size = sizeof(tpy_seqiter),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_seqiter_destroy,
               .traverse = tpy_seqiter_traverse, .clear = tpy_seqiter_clear},
    .name = "bytes_iterator",
    .iter = tpy_iter_self,
    .next = bytes_iter_next,
};

/* vm/types/memoryview.c: memoryview, a one-dimensional view of the bytes
 * of another object (bytes, bytearray, array.array), and tpy_get_buffer,
 * the small buffer protocol every C module reads buffers through.
 *
 * A view keeps its exporter and a window on it (first byte, item count,
 * step in items), never a raw pointer: each access asks the exporter for
 * its current bytes and checks the window still fits. Arrays and
 * bytearrays count the views on them and refuse to resize meanwhile. */
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "bytearray.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

typedef struct tpy_memview {
    tpy_object ob;
    tpy_object *obj;        /* the exporter (owned); NULL once released */
    intptr_t start;         /* byte offset of item 0 */
    intptr_t count;         /* items */
    intptr_t step;          /* in items; 1 for a contiguous view */
    char format[4];
    intptr_t itemsize;
    bool readonly;
} tpy_memview;

#define MV(o) ((tpy_memview *)(o))
#define METHOD(name)                                                              \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

tpy_object *tpy_getitem_iter_new(tpy_vm *vm, tpy_object *seq);

static int released_error(tpy_vm *vm)
{
    tpy_err_set(vm, &tpy_exc_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

/* The exporter's bytes, checked to still hold the view's window. */
static int base_bytes(tpy_vm *vm, tpy_memview *m, tpy_bufview *v)
{
    if (!m->obj)
        return released_error(vm);
    if (tpy_get_buffer(vm, m->obj, v) <= 0) {
        if (!tpy_err_occurred(vm))
            tpy_err_set(vm, &tpy_exc_BufferError, "memoryview: exporter lost its buffer");
        return -1;
    }
    intptr_t lo = m->start, hi = m->start + m->itemsize;
    if (m->count > 0) {
        intptr_t last = m->start + (m->count - 1) * m->step * m->itemsize;
        lo = last < lo ? last : lo;
        hi = last + m->itemsize > hi ? last + m->itemsize : hi;
    }
    if (m->count > 0 && (lo < 0 || hi > v->len)) {
        tpy_err_set(vm, &tpy_exc_IndexError, "memoryview: the underlying buffer shrank");
        return -1;
    }
    return 0;
}

int tpy_get_buffer(tpy_vm *vm, tpy_object *o, tpy_bufview *v)
{
    const unsigned char *p;
    intptr_t n;
    if (tpy_bytes_like(o, &p, &n)) {
        v->data = (unsigned char *)p;
        v->len = n;
        v->readonly = tpy_bytes_check(o);
        strcpy(v->format, "B");
        v->itemsize = 1;
        return 1;
    }
    if (tpy_array_check(o)) {
        tpy_array_view(o, v);
        return 1;
    }
    if (tpy_type_of(o) != &tpy_memoryview_type)
        return 0;
    tpy_memview *m = MV(o);
    tpy_bufview base;
    if (base_bytes(vm, m, &base) < 0)
        return -1;
    if (m->step != 1 && m->count > 1) {
        tpy_err_set(vm, &tpy_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    v->data = base.data + m->start;
    v->len = m->count * m->itemsize;
    v->readonly = m->readonly;
    memcpy(v->format, m->format, sizeof v->format);
    v->itemsize = m->itemsize;
    return 1;
}

/* ---- making views --------------------------------------------------------------------------- */

/* Count a view on a resizable exporter, which refuses to resize while
 * views exist (BufferError), as CPython's bytearray and array do. */
static void export(tpy_object *obj, int delta)
{
    if (tpy_array_check(obj))
        tpy_array_export(obj, delta);
    else if (tpy_bytearray_check(obj))
        ((tpy_bytearray *)obj)->exports += delta;
}

static tpy_object *view_new(tpy_vm *vm, tpy_object *obj, intptr_t start, intptr_t count,
                            intptr_t step, const char *format, intptr_t itemsize, bool readonly)
{
    tpy_object *o = tpy_alloc(vm, &tpy_memoryview_type);
    if (!o)
        return NULL;
    tpy_memview *m = MV(o);
    m->obj = tpy_newref(obj);
    m->start = start;
    m->count = count;
    m->step = step;
    memset(m->format, 0, sizeof m->format);
    strncpy(m->format, format, sizeof m->format - 1);
    m->itemsize = itemsize;
    m->readonly = readonly;
    export(obj, 1);
    return o;
}

static tpy_object *mv_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    (void)t;
    static const char *const names[] = {"object", NULL};
    tpy_object *o[1] = {NULL};
    if (tpy_arg_parse(vm, "memoryview", args, nargs, kwnames, names, 0, 1, o) < 0)
        return NULL;
    if (tpy_type_of(o[0]) == &tpy_memoryview_type) {
        tpy_memview *src = MV(o[0]);
        if (!src->obj)
            return released_error(vm), NULL;
        return view_new(vm, src->obj, src->start, src->count, src->step, src->format,
                        src->itemsize, src->readonly);
    }
    tpy_bufview v;
    int got = tpy_get_buffer(vm, o[0], &v);
    if (got < 0)
        return NULL;
    if (got == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "memoryview: a bytes-like object is required, not '%s'",
                              tpy_type_of(o[0])->name);
    return view_new(vm, o[0], 0, v.len / v.itemsize, 1, v.format, v.itemsize, v.readonly);
}

static void release(tpy_obj_heap *heap, tpy_memview *m)
{
    tpy_object *obj = m->obj;
    if (!obj)
        return;
    m->obj = NULL;
    export(obj, -1);
    tpy_decref_heap(heap, obj);
}

/* A container: a view of a bytearray subclass instance can sit in that
 * instance's __dict__, a cycle only the collector breaks. */
static int mv_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return MV(o)->obj ? visit(MV(o)->obj, arg) : 0;
}

static void mv_clear(tpy_obj_heap *heap, tpy_object *o)
{
    release(heap, MV(o));
}

static void mv_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    release(heap, MV(o));
    tpy_obj_free(heap, o);
}

/* ---- items ------------------------------------------------------------------------------------ */

static unsigned char *item_ptr(tpy_memview *m, const tpy_bufview *base, intptr_t i)
{
    return base->data + m->start + i * m->step * m->itemsize;
}

static intptr_t mv_len(tpy_vm *vm, tpy_object *o)
{
    if (!MV(o)->obj)
        return released_error(vm);
    return MV(o)->count;
}

static int index_of(tpy_vm *vm, tpy_memview *m, tpy_object *key, intptr_t *i)
{
    if (!tpy_has_index(key)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    intptr_t k = tpy_index_ssize(vm, key, &tpy_exc_IndexError);
    if (k == -1 && tpy_err_occurred(vm))
        return -1;
    if (k < 0)
        k += m->count;
    if (k < 0 || k >= m->count) {
        tpy_err_set(vm, &tpy_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *i = k;
    return 0;
}

static tpy_object *mv_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_memview *m = MV(o);
    tpy_bufview base;
    if (base_bytes(vm, m, &base) < 0)
        return NULL;
    if (tpy_slice_check(key)) {
        intptr_t start, stop, step;
        intptr_t n = tpy_slice_adjust(vm, key, m->count, &start, &stop, &step);
        if (n < 0)
            return NULL;
        return view_new(vm, m->obj, m->start + start * m->step * m->itemsize, n, m->step * step,
                        m->format, m->itemsize, m->readonly);
    }
    intptr_t i;
    if (index_of(vm, m, key, &i) < 0)
        return NULL;
    return tpy_native_get(vm, m->format[0], item_ptr(m, &base, i));
}

/* Store one item with memoryview's messages (not array's). */
static int set_item(tpy_vm *vm, tpy_memview *m, unsigned char *p, tpy_object *value)
{
    char code = m->format[0];
    bool is_float = code == 'f' || code == 'd';
    if (!is_float && !tpy_int_check(value)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "memoryview: invalid type for format '%s'",
                       m->format);
        return -1;
    }
    if (tpy_native_set(vm, code, value, p) < 0) {
        if (tpy_err_matches(vm, &tpy_exc_OverflowError)) {
            tpy_err_clear(vm);
            tpy_err_format(vm, &tpy_exc_ValueError, "memoryview: invalid value for format '%s'",
                           m->format);
        }
        return -1;
    }
    return 0;
}

static int mv_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    tpy_memview *m = MV(o);
    tpy_bufview base;
    if (base_bytes(vm, m, &base) < 0)
        return -1;
    if (m->readonly) {
        tpy_err_set(vm, &tpy_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        tpy_err_set(vm, &tpy_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (!tpy_slice_check(key)) {
        intptr_t i;
        return index_of(vm, m, key, &i) < 0 ? -1 : set_item(vm, m, item_ptr(m, &base, i), value);
    }
    intptr_t start, stop, step;
    intptr_t n = tpy_slice_adjust(vm, key, m->count, &start, &stop, &step);
    tpy_bufview src;
    int got = n < 0 ? -1 : tpy_get_buffer(vm, value, &src);
    if (got <= 0) {
        if (got == 0)
            tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                           tpy_type_of(value)->name);
        return -1;
    }
    if (src.len != n * m->itemsize || strcmp(src.format, m->format) != 0) {
        tpy_err_set(vm, &tpy_exc_ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* through a copy: the source may overlap the destination */
    unsigned char *copy = tpy_vm_malloc(vm, (size_t)src.len);
    if (!copy)
        return -1;
    memcpy(copy, src.data, (size_t)src.len);
    for (intptr_t k = 0; k < n; k++)
        memcpy(item_ptr(m, &base, start + k * step), copy + k * m->itemsize, (size_t)m->itemsize);
    tpy_vm_free(vm, copy);
    return 0;
}

/* ---- whole-view conversions -------------------------------------------------------------------- */

static tpy_object *to_bytes(tpy_vm *vm, tpy_memview *m)
{
    tpy_bufview base;
    if (base_bytes(vm, m, &base) < 0)
        return NULL;
    if (m->step == 1 || m->count <= 1)
        return tpy_bytes_from(vm, base.data + m->start, (size_t)(m->count * m->itemsize));
    unsigned char *p = tpy_vm_malloc(vm, (size_t)(m->count * m->itemsize));
    if (!p)
        return NULL;
    for (intptr_t i = 0; i < m->count; i++)
        memcpy(p + i * m->itemsize, item_ptr(m, &base, i), (size_t)m->itemsize);
    tpy_object *b = tpy_bytes_from(vm, p, (size_t)(m->count * m->itemsize));
    tpy_vm_free(vm, p);
    return b;
}

static tpy_object *to_list(tpy_vm *vm, tpy_memview *m)
{
    tpy_bufview base;
    if (base_bytes(vm, m, &base) < 0)
        return NULL;
    tpy_object *l = tpy_list_new(vm, (size_t)m->count);
    for (intptr_t i = 0; l && i < m->count; i++) {
        tpy_object *v = tpy_native_get(vm, m->format[0], item_ptr(m, &base, i));
        if (!v)
            TPY_CLEAR(vm, l);
        else
            ((tpy_list *)l)->items[i] = v;
    }
    return l;
}

METHOD(mv_tobytes)
{
    (void)args;
    if (tpy_arg_nokw(vm, "tobytes", kwnames) < 0 || tpy_arg_count(vm, "tobytes", nargs, 0, 1) < 0)
        return NULL;
    return to_bytes(vm, MV(self));
}

METHOD(mv_tolist)
{
    (void)args;
    if (tpy_arg_none(vm, "tolist", nargs, kwnames) < 0)
        return NULL;
    return to_list(vm, MV(self));
}

METHOD(mv_hex)
{
    (void)args;
    if (tpy_arg_none(vm, "hex", nargs, kwnames) < 0)
        return NULL;
    tpy_object *b = to_bytes(vm, MV(self));
    tpy_object *r = b ? tpy_call_method(vm, b, "hex", NULL, 0) : NULL;
    tpy_xdecref(vm, b);
    return r;
}

METHOD(mv_release)
{
    (void)args;
    if (tpy_arg_none(vm, "release", nargs, kwnames) < 0)
        return NULL;
    release(tpy_vm_heap(vm), MV(self));
    return tpy_newref(TPY_NONE);
}

METHOD(mv_enter)
{
    (void)args;
    if (tpy_arg_none(vm, "__enter__", nargs, kwnames) < 0)
        return NULL;
    if (!MV(self)->obj)
        return released_error(vm), NULL;
    return tpy_newref(self);
}

METHOD(mv_exit)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    release(tpy_vm_heap(vm), MV(self));
    return tpy_newref(TPY_NONE);
}

METHOD(mv_cast)
{
    if (tpy_arg_nokw(vm, "cast", kwnames) < 0 || tpy_arg_count(vm, "cast", nargs, 1, 1) < 0)
        return NULL;
    tpy_memview *m = MV(self);
    tpy_bufview base;
    if (base_bytes(vm, m, &base) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "memoryview: format argument must be a string");
    size_t n;
    const char *fmt = tpy_str_utf8(vm, args[0], &n);
    if (!fmt)
        return NULL;
    if (n != 1 || !strchr("bBhHiIlLqQfdc?nN", fmt[0]))
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "memoryview: destination format must be a native single character "
                              "format prefixed with an optional '@'");
    if (m->step != 1 && m->count > 1)
        return tpy_err_format(vm, &tpy_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    intptr_t size = tpy_native_size(fmt[0]), bytes = m->count * m->itemsize;
    if (bytes % size)
        return tpy_err_format(vm, &tpy_exc_TypeError, "memoryview: length is not a multiple of itemsize");
    return view_new(vm, m->obj, m->start, bytes / size, 1, fmt, size, m->readonly);
}

/* ---- attributes ------------------------------------------------------------------------------------ */

#define GETTER(name, expr)                                       \
    static tpy_object *name(tpy_vm *vm, tpy_object *self)        \
    {                                                            \
        tpy_memview *m = MV(self);                               \
        if (!m->obj)                                             \
            return released_error(vm), NULL;                     \
        return expr;                                             \
    }
GETTER(get_format, tpy_str_from_cstr(vm, m->format))
GETTER(get_itemsize, tpy_int_from_i64(vm, m->itemsize))
GETTER(get_nbytes, tpy_int_from_i64(vm, m->count * m->itemsize))
GETTER(get_readonly, tpy_newref(tpy_bool(m->readonly)))
GETTER(get_obj, tpy_newref(m->obj))
GETTER(get_ndim, tpy_int_from_i64(vm, 1))
GETTER(get_contiguous, tpy_newref(tpy_bool(m->step == 1 || m->count <= 1)))

static tpy_object *one_tuple(tpy_vm *vm, int64_t v)
{
    tpy_object *i = tpy_int_from_i64(vm, v);
    tpy_object *t = i ? tpy_tuple_pack(vm, 1, i) : NULL;
    tpy_xdecref(vm, i);
    return t;
}
GETTER(get_shape, one_tuple(vm, m->count))
GETTER(get_strides, one_tuple(vm, m->step * m->itemsize))

static tpy_object *get_released(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(tpy_bool(!MV(self)->obj));
}

static tpy_object *mv_repr(tpy_vm *vm, tpy_object *self)
{
    char text[64];
    snprintf(text, sizeof text, "<%smemoryview at %p>", MV(self)->obj ? "" : "released ",
             (void *)self);
    return tpy_str_from_cstr(vm, text);
}

/* Equal when both export the same values item by item (CPython compares
 * unpacked items, so b'a' == memoryview(b'a') and arrays of equal numbers
 * agree across formats). */
static tpy_object *mv_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (op != TPY_EQ && op != TPY_NE)
        return tpy_newref(TPY_NOT_IMPLEMENTED);
    if (a == b)
        return tpy_newref(tpy_bool(op == TPY_EQ));
    tpy_bufview bv;
    int got = tpy_type_of(b) == &tpy_memoryview_type ? 1 : tpy_get_buffer(vm, b, &bv);
    if (got < 0)
        tpy_err_clear(vm);
    if (got <= 0 || !MV(a)->obj || (tpy_type_of(b) == &tpy_memoryview_type && !MV(b)->obj))
        return tpy_newref(tpy_bool(op == TPY_NE));
    tpy_object *other = tpy_type_of(b) == &tpy_memoryview_type ? tpy_newref(b)
                                                               : mv_new(vm, NULL, &b, 1, NULL);
    tpy_object *la = other ? to_list(vm, MV(a)) : NULL;
    tpy_object *lb = la ? to_list(vm, MV(other)) : NULL;
    tpy_object *r = lb ? tpy_richcompare(vm, la, lb, op) : NULL;
    if (other)
        release(tpy_vm_heap(vm), MV(other));
    tpy_xdecref(vm, other);
    tpy_xdecref(vm, la);
    tpy_xdecref(vm, lb);
    return r;
}

static tpy_hash_t mv_hash(tpy_vm *vm, tpy_object *self)
{
    if (!MV(self)->readonly) {
        tpy_err_set(vm, &tpy_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    tpy_object *b = to_bytes(vm, MV(self));
    if (!b)
        return -1;
    tpy_hash_t h = tpy_hash(vm, b);
    tpy_decref(vm, b);
    return h;
}

static const tpy_method_def mv_methods[] = {
    {"tobytes", mv_tobytes, 0, NULL}, {"tolist", mv_tolist, 0, NULL}, {"hex", mv_hex, 0, NULL},
    {"release", mv_release, 0, NULL}, {"cast", mv_cast, 0, NULL},
    {"__enter__", mv_enter, 0, NULL}, {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def mv_getsets[] = {
    {"format", get_format, NULL}, {"itemsize", get_itemsize, NULL},
    {"nbytes", get_nbytes, NULL}, {"readonly", get_readonly, NULL}, {"obj", get_obj, NULL},
    {"ndim", get_ndim, NULL}, {"shape", get_shape, NULL}, {"strides", get_strides, NULL},
    {"contiguous", get_contiguous, NULL}, {"c_contiguous", get_contiguous, NULL},
    {"released", get_released, NULL},
    {NULL, NULL, NULL},
};

static const tpy_container_slots mv_container = {
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
};

tpy_type tpy_memoryview_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "memoryview", .basic_size = sizeof(tpy_memview), .flags = TPY_OBJ_CONTAINER,
               .destroy = mv_destroy, .traverse = mv_traverse, .clear = mv_clear},
    .name = "memoryview",
    .flags = TPY_TF_IMMUTABLE,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = tpy_getitem_iter_new,
    .new_ = mv_new,
    .container = &mv_container,
    .methods = mv_methods,
    .getsets = mv_getsets,
};

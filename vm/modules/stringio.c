/* vm/modules/stringio.c: io.StringIO and io.BytesIO. Both keep their
 * contents in one growable array of elements (code points as uint32_t
 * for StringIO, bytes for BytesIO) with a position, and share every
 * method; only the conversions to and from Python objects differ. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "stringio.h"
#include "types.h"
#include "vm.h"

#define M(o) ((tpy_memio *)(o))
#define METHOD(name)                                                              \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

static bool is_text(tpy_object *self)
{
    return M(self)->width == 4;
}

static int check_open(tpy_vm *vm, tpy_object *self)
{
    if (!M(self)->closed)
        return 0;
    /* CPython's StringIO says it without the full stop */
    tpy_err_set(vm, &tpy_exc_ValueError,
                is_text(self) ? "I/O operation on closed file" : "I/O operation on closed file.");
    return -1;
}

static uint32_t elem(tpy_memio *m, size_t i)
{
    return m->width == 4 ? ((uint32_t *)m->data)[i] : m->data[i];
}

/* Elements [start, end) as a str or bytes. */
static tpy_object *slice(tpy_vm *vm, tpy_memio *m, size_t start, size_t end)
{
    if (m->width == 4)
        return tpy_str_from_ucs4(vm, (uint32_t *)m->data + start, end - start);
    return tpy_bytes_from(vm, m->data + start, end - start);
}

static int reserve(tpy_vm *vm, tpy_memio *m, size_t n)
{
    if (n <= m->cap)
        return 0;
    size_t cap = m->cap ? m->cap : 16;
    while (cap < n)
        cap *= 2;
    unsigned char *p = tpy_vm_realloc(vm, m->data, cap * (size_t)m->width);
    if (!p)
        return -1;
    m->data = p;
    m->cap = cap;
    return 0;
}

/* Write n elements at the position, padding with zeros up to it. */
static int put(tpy_vm *vm, tpy_memio *m, const void *src, size_t n)
{
    size_t w = (size_t)m->width;
    if (reserve(vm, m, m->pos + n) < 0)
        return -1;
    if (m->pos > m->len)
        memset(m->data + m->len * w, 0, (m->pos - m->len) * w);
    memcpy(m->data + m->pos * w, src, n * w);
    m->pos += n;
    if (m->pos > m->len)
        m->len = m->pos;
    return 0;
}

/* The code points of str @p o as the newline mode stores them; their
 * count in *out_n. */
static uint32_t *translated(tpy_vm *vm, int mode, tpy_object *o, size_t *out_n)
{
    intptr_t n = tpy_str_len(o);
    uint32_t *cp = tpy_vm_malloc(vm, ((size_t)n * 2 + 1) * sizeof *cp);
    if (!cp)
        return NULL;
    size_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = tpy_str_at(o, i);
        if (mode == TPY_MEMIO_NL_NONE && c == '\r') {
            if (i + 1 < n && tpy_str_at(o, i + 1) == '\n')
                i++;
            c = '\n';
        } else if (c == '\n' && (mode == TPY_MEMIO_NL_CR || mode == TPY_MEMIO_NL_CRLF)) {
            c = '\r';
            if (mode == TPY_MEMIO_NL_CRLF)
                cp[k++] = c, c = '\n';
        }
        cp[k++] = c;
    }
    *out_n = k;
    return cp;
}

/* Write a str's code points or a buffer's bytes; the count written (of
 * the str as given, before newline translation). */
static intptr_t write_obj(tpy_vm *vm, tpy_object *self, tpy_object *o)
{
    tpy_memio *m = M(self);
    if (is_text(self)) {
        if (!tpy_str_check(o)) {
            tpy_err_format(vm, &tpy_exc_TypeError, "string argument expected, got '%s'",
                           tpy_type_of(o)->name);
            return -1;
        }
        size_t k;
        uint32_t *cp = translated(vm, m->newline, o, &k);
        if (!cp)
            return -1;
        int r = k ? put(vm, m, cp, k) : 0;
        tpy_vm_free(vm, cp);
        return r < 0 ? -1 : tpy_str_len(o);
    }
    tpy_bufview v;
    int got = tpy_get_buffer(vm, o, &v);
    if (got <= 0) {
        if (got == 0)
            tpy_err_format(vm, &tpy_exc_TypeError, "a bytes-like object is required, not '%s'",
                           tpy_type_of(o)->name);
        return -1;
    }
    /* the source may be this object's own buffer: copy before growing */
    unsigned char *copy = tpy_vm_malloc(vm, (size_t)v.len);
    if (!copy)
        return -1;
    memcpy(copy, v.data, (size_t)v.len);
    int r = v.len ? put(vm, m, copy, (size_t)v.len) : 0;
    tpy_vm_free(vm, copy);
    return r < 0 ? -1 : v.len;
}

/* ---- construction ----------------------------------------------------------------------------- */

/* StringIO's newline argument: None, '', '\n', '\r' or '\r\n'. */
static int newline_mode(tpy_vm *vm, tpy_object *nl, int *mode)
{
    if (nl == TPY_NONE) {
        *mode = TPY_MEMIO_NL_NONE;
        return 0;
    }
    if (!tpy_str_check(nl)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "newline must be str or None, not %s",
                       tpy_type_of(nl)->name);
        return -1;
    }
    if (tpy_str_equal_c(nl, ""))
        *mode = TPY_MEMIO_NL_ANY;
    else if (tpy_str_equal_c(nl, "\n"))
        *mode = TPY_MEMIO_NL_LF;
    else if (tpy_str_equal_c(nl, "\r"))
        *mode = TPY_MEMIO_NL_CR;
    else if (tpy_str_equal_c(nl, "\r\n"))
        *mode = TPY_MEMIO_NL_CRLF;
    else {
        tpy_err_format(vm, &tpy_exc_ValueError, "illegal newline value: %R", nl);
        return -1;
    }
    return 0;
}

static tpy_object *memio_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    bool text = t == &tpy_stringio_type;
    static const char *const snames[] = {"initial_value", "newline", NULL};
    static const char *const bnames[] = {"initial_bytes", NULL};
    tpy_object *o[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, text ? "StringIO" : "BytesIO", args, nargs, kwnames,
                      text ? snames : bnames, 0, 0, o) < 0)
        return NULL;
    if (text && o[0] && o[0] != TPY_NONE && !tpy_str_check(o[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "initial_value must be str or None, not %s",
                              tpy_type_of(o[0])->name);
    int mode = TPY_MEMIO_NL_LF;
    if (text && o[1] && newline_mode(vm, o[1], &mode) < 0)
        return NULL;
    tpy_object *self = tpy_alloc(vm, t);
    if (!self)
        return NULL;
    tpy_memio *m = M(self);
    m->data = NULL;
    m->len = m->cap = m->pos = 0;
    m->width = text ? 4 : 1;
    m->newline = mode;
    m->closed = false;
    if (o[0] && o[0] != TPY_NONE) {
        if (write_obj(vm, self, o[0]) < 0)
            TPY_CLEAR(vm, self);
        else
            m->pos = 0;
    }
    return self;
}

static void memio_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_obj_heap_free(heap, M(o)->data);
    tpy_obj_free(heap, o);
}

/* ---- reading ----------------------------------------------------------------------------------- */

/* Where the line starting at @p start ends (just past its terminator),
 * looking no further than @p end: '\n' for bytes and most StringIO
 * modes, '\r' or '\r\n' for those newline modes, any of the three for
 * newline=''. */
static size_t line_end(tpy_memio *m, size_t start, size_t end)
{
    int mode = m->width == 4 ? m->newline : TPY_MEMIO_NL_LF;
    for (size_t i = start; i < end; i++) {
        uint32_t c = elem(m, i);
        if (c == '\n' && (mode == TPY_MEMIO_NL_LF || mode == TPY_MEMIO_NL_NONE
                          || mode == TPY_MEMIO_NL_ANY))
            return i + 1;
        if (c != '\r')
            continue;
        bool lf_next = i + 1 < end && elem(m, i + 1) == '\n';
        if (mode == TPY_MEMIO_NL_CR || (mode == TPY_MEMIO_NL_ANY && !lf_next))
            return i + 1;
        if ((mode == TPY_MEMIO_NL_CRLF || mode == TPY_MEMIO_NL_ANY) && lf_next)
            return i + 2;
    }
    return end;
}

/* Up to n elements from the position (n < 0: all), stopping after a
 * line's end when `line`. */
static tpy_object *take(tpy_vm *vm, tpy_memio *m, intptr_t n, bool line)
{
    size_t start = m->pos < m->len ? m->pos : m->len, end = m->len;
    if (n >= 0 && (size_t)n < end - start)
        end = start + (size_t)n;
    if (line)
        end = line_end(m, start, end);
    if (m->pos < end)
        m->pos = end;
    return slice(vm, m, start, end);
}

METHOD(m_read)
{
    intptr_t n;
    if (tpy_stdmod_size_arg(vm, "read", args, nargs, kwnames, &n) < 0 || check_open(vm, self) < 0)
        return NULL;
    return take(vm, M(self), n, false);
}

METHOD(m_readline)
{
    intptr_t n;
    if (tpy_stdmod_size_arg(vm, "readline", args, nargs, kwnames, &n) < 0 || check_open(vm, self) < 0)
        return NULL;
    return take(vm, M(self), n, true);
}

METHOD(m_readlines)
{
    intptr_t hint;
    if (tpy_stdmod_size_arg(vm, "readlines", args, nargs, kwnames, &hint) < 0 || check_open(vm, self) < 0)
        return NULL;
    tpy_object *list = tpy_list_new(vm, 0);
    intptr_t total = 0;
    while (list && M(self)->pos < M(self)->len) {
        size_t before = M(self)->pos;
        tpy_object *line = take(vm, M(self), -1, true);
        if (!line || tpy_list_append(vm, list, line) < 0)   /* the list takes line */
            TPY_CLEAR(vm, list);
        total += (intptr_t)(M(self)->pos - before);
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

METHOD(m_getvalue)
{
    (void)args;
    if (tpy_arg_none(vm, "getvalue", nargs, kwnames) < 0)
        return NULL;
    if (M(self)->closed)
        return tpy_err_format(vm, &tpy_exc_ValueError, is_text(self)
                                                           ? "I/O operation on closed file"
                                                           : "I/O operation on closed file.");
    return slice(vm, M(self), 0, M(self)->len);
}

static tpy_object *m_iter(tpy_vm *vm, tpy_object *self)
{
    return check_open(vm, self) < 0 ? NULL : tpy_newref(self);
}

static tpy_object *m_next(tpy_vm *vm, tpy_object *self)
{
    if (check_open(vm, self) < 0 || M(self)->pos >= M(self)->len)
        return NULL;
    return take(vm, M(self), -1, true);
}

/* ---- writing and position ---------------------------------------------------------------------- */

METHOD(m_write)
{
    if (tpy_arg_nokw(vm, "write", kwnames) < 0 || tpy_arg_count(vm, "write", nargs, 1, 1) < 0 ||
        check_open(vm, self) < 0)
        return NULL;
    intptr_t n = write_obj(vm, self, args[0]);
    return n < 0 ? NULL : tpy_int_from_i64(vm, n);
}

METHOD(m_writelines)
{
    if (tpy_arg_nokw(vm, "writelines", kwnames) < 0 ||
        tpy_arg_count(vm, "writelines", nargs, 1, 1) < 0 || check_open(vm, self) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, args[0]), *item;
    if (!it)
        return NULL;
    while ((item = tpy_next(vm, it))) {
        intptr_t r = write_obj(vm, self, item);
        tpy_decref(vm, item);
        if (r < 0)
            break;
    }
    tpy_decref(vm, it);
    return tpy_err_occurred(vm) ? NULL : tpy_newref(TPY_NONE);
}

METHOD(m_seek)
{
    int64_t pos, whence = 0;
    if (tpy_arg_nokw(vm, "seek", kwnames) < 0 || tpy_arg_count(vm, "seek", nargs, 1, 2) < 0 ||
        tpy_int_to_i64(vm, args[0], &pos) < 0 ||
        (nargs == 2 && tpy_int_to_i64(vm, args[1], &whence) < 0) || check_open(vm, self) < 0)
        return NULL;
    tpy_memio *m = M(self);
    if (whence < 0 || whence > 2)
        return tpy_err_format(vm, &tpy_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                              (long long)whence);
    if (is_text(self) && whence && pos)
        return tpy_err_format(vm, &tpy_exc_OSError, whence == 1
                                                        ? "Can't do nonzero cur-relative seeks"
                                                        : "Can't do nonzero end-relative seeks");
    if (whence == 0 && pos < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              is_text(self) ? "Negative seek position %lld" : "negative seek value %lld",
                              (long long)pos);
    int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)m->pos : (int64_t)m->len;
    pos += base;
    m->pos = pos < 0 ? 0 : (size_t)pos;
    return tpy_int_from_i64(vm, (int64_t)m->pos);
}

METHOD(m_tell)
{
    (void)args;
    if (tpy_arg_none(vm, "tell", nargs, kwnames) < 0 || check_open(vm, self) < 0)
        return NULL;
    return tpy_int_from_i64(vm, (int64_t)M(self)->pos);
}

METHOD(m_truncate)
{
    if (tpy_arg_nokw(vm, "truncate", kwnames) < 0 ||
        tpy_arg_count(vm, "truncate", nargs, 0, 1) < 0 || check_open(vm, self) < 0)
        return NULL;
    int64_t size = (int64_t)M(self)->pos;
    if (nargs == 1 && args[0] != TPY_NONE && tpy_int_to_i64(vm, args[0], &size) < 0)
        return NULL;
    if (size < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "negative size value %lld", (long long)size);
    if ((size_t)size < M(self)->len)
        M(self)->len = (size_t)size;
    return tpy_int_from_i64(vm, size);
}

METHOD(m_close)
{
    (void)args;
    if (tpy_arg_none(vm, "close", nargs, kwnames) < 0)
        return NULL;
    M(self)->closed = true;
    return tpy_newref(TPY_NONE);
}

METHOD(m_enter)
{
    (void)args;
    if (tpy_arg_none(vm, "__enter__", nargs, kwnames) < 0 || check_open(vm, self) < 0)
        return NULL;
    return tpy_newref(self);
}

METHOD(m_exit)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    (void)vm;
    M(self)->closed = true;
    return tpy_newref(TPY_NONE);
}

/* readable(), writable(), seekable() and flush(): true / nothing on an
 * open file. */
METHOD(m_true)
{
    (void)args;
    if (tpy_arg_none(vm, "readable", nargs, kwnames) < 0 || check_open(vm, self) < 0)
        return NULL;
    return tpy_newref(TPY_TRUE);
}

METHOD(m_flush)
{
    (void)args;
    if (tpy_arg_none(vm, "flush", nargs, kwnames) < 0 || check_open(vm, self) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

static tpy_object *get_closed(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(tpy_bool(M(self)->closed));
}

static const tpy_method_def memio_methods[] = {
    {"read", m_read, 0, NULL}, {"read1", m_read, 0, NULL}, {"readline", m_readline, 0, NULL},
    {"readlines", m_readlines, 0, NULL}, {"getvalue", m_getvalue, 0, NULL},
    {"write", m_write, 0, NULL}, {"writelines", m_writelines, 0, NULL},
    {"seek", m_seek, 0, NULL}, {"tell", m_tell, 0, NULL}, {"truncate", m_truncate, 0, NULL},
    {"close", m_close, 0, NULL}, {"flush", m_flush, 0, NULL},
    {"readable", m_true, 0, NULL}, {"writable", m_true, 0, NULL}, {"seekable", m_true, 0, NULL},
    {"__enter__", m_enter, 0, NULL}, {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def memio_getsets[] = {{"closed", get_closed, NULL}, {NULL, NULL, NULL}};

#define MEMIO_TYPE(var, pyname)                                                                \
    tpy_type var = {                                                                           \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                                  \
        .layout = {.name = pyname, .basic_size = sizeof(tpy_memio), .destroy = memio_destroy}, \
        .name = pyname,                                                                        \
        .flags = TPY_TF_IMMUTABLE,                                                             \
        .iter = m_iter,                                                                        \
        .next = m_next,                                                                        \
        .new_ = memio_new,                                                                     \
        .methods = memio_methods,                                                              \
        .getsets = memio_getsets,                                                              \
    };
MEMIO_TYPE(tpy_stringio_type, "_io.StringIO")
MEMIO_TYPE(tpy_bytesio_type, "_io.BytesIO")

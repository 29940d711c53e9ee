/* vm/core/buf.c: the growable UTF-8 buffer (see buf.h). */
#include "buf.h"

#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"

void tpy_buf_init(tpy_buf *b, tpy_vm *vm)
{
    b->vm = vm;
    b->data = b->inline_data;
    b->len = 0;
    b->cap = sizeof b->inline_data;
}

void tpy_buf_free(tpy_buf *b)
{
    if (b->data != b->inline_data)
        tpy_vm_free(b->vm, b->data);
    b->data = b->inline_data;
    b->len = 0;
    b->cap = sizeof b->inline_data;
}

int tpy_buf_reserve(tpy_buf *b, size_t extra)
{
    if (b->cap - b->len > extra)
        return 0;
    size_t cap = b->cap * 2;
    while (cap - b->len <= extra)
        cap *= 2;
    char *p;
    if (b->data == b->inline_data) {
        p = tpy_vm_malloc(b->vm, cap);
        if (p)
            memcpy(p, b->data, b->len);
    } else {
        p = tpy_vm_realloc(b->vm, b->data, cap);
    }
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int tpy_buf_append(tpy_buf *b, const char *s, size_t n)
{
    if (tpy_buf_reserve(b, n) < 0)
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

int tpy_buf_puts(tpy_buf *b, const char *s)
{
    return tpy_buf_append(b, s, strlen(s));
}

int tpy_buf_putc(tpy_buf *b, char c)
{
    return tpy_buf_append(b, &c, 1);
}

int tpy_buf_printf(tpy_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || tpy_buf_reserve(b, (size_t)n + 1) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int tpy_buf_put_str(tpy_buf *b, tpy_object *str)
{
    size_t n;
    const char *s = tpy_str_utf8(b->vm, str, &n);
    return s ? tpy_buf_append(b, s, n) : -1;
}

static int put_owned(tpy_buf *b, tpy_object *s)
{
    if (!s)
        return -1;
    int r = tpy_buf_put_str(b, s);
    tpy_decref(b->vm, s);
    return r;
}

int tpy_buf_put_repr(tpy_buf *b, tpy_object *o)
{
    return put_owned(b, tpy_repr(b->vm, o));
}

int tpy_buf_put_strof(tpy_buf *b, tpy_object *o)
{
    return put_owned(b, tpy_str(b->vm, o));
}

tpy_object *tpy_buf_finish(tpy_buf *b)
{
    tpy_object *s = tpy_str_from_utf8(b->vm, b->data, b->len);
    tpy_buf_free(b);
    return s;
}

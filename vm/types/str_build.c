/* vm/types/str_build.c: the code-point builder of str_build.h. */
#include "str_build.h"

#include <string.h>

#include "error.h"
#include "num.h"
#include "types.h"
#include "vm.h"

void tpy_ubuf_init(tpy_ubuf *b, tpy_vm *vm)
{
    b->vm = vm;
    b->p = NULL;
    b->n = b->cap = 0;
}

void tpy_ubuf_free(tpy_ubuf *b)
{
    if (b->p)
        tpy_vm_free(b->vm, b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

tpy_object *tpy_ubuf_finish(tpy_ubuf *b)
{
    tpy_object *s = tpy_str_from_ucs4(b->vm, b->p, b->n);
    tpy_ubuf_free(b);
    return s;
}

int tpy_ubuf_reserve(tpy_ubuf *b, size_t extra)
{
    if (b->cap - b->n >= extra)
        return 0;
    if (extra > (SIZE_MAX / sizeof(uint32_t)) / 2 - b->n) {
        tpy_err_no_memory(b->vm);
        return -1;
    }
    size_t cap = b->cap ? b->cap : 32;
    while (cap - b->n < extra)
        cap *= 2;
    uint32_t *p = tpy_vm_realloc(b->vm, b->p, cap * sizeof *p);
    if (!p)
        return -1;
    b->p = p;
    b->cap = cap;
    return 0;
}

int tpy_ubuf_put(tpy_ubuf *b, uint32_t c)
{
    if (b->n == b->cap && tpy_ubuf_reserve(b, 1) < 0)
        return -1;
    b->p[b->n++] = c;
    return 0;
}

int tpy_ubuf_put_repeat(tpy_ubuf *b, uint32_t c, size_t count)
{
    if (tpy_ubuf_reserve(b, count) < 0)
        return -1;
    for (size_t i = 0; i < count; i++)
        b->p[b->n++] = c;
    return 0;
}

int tpy_ubuf_put_sub(tpy_ubuf *b, tpy_object *s, intptr_t start, intptr_t end)
{
    if (end <= start)
        return 0;
    if (tpy_ubuf_reserve(b, (size_t)(end - start)) < 0)
        return -1;
    for (intptr_t i = start; i < end; i++)
        b->p[b->n++] = tpy_str_at(s, i);
    return 0;
}

int tpy_ubuf_put_str(tpy_ubuf *b, tpy_object *s)
{
    return tpy_ubuf_put_sub(b, s, 0, tpy_str_len(s));
}

int tpy_ubuf_put_utf8(tpy_ubuf *b, const char *s, size_t n)
{
    if (tpy_ubuf_reserve(b, n) < 0)   /* never more code points than bytes */
        return -1;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t c = u[i];
        int more = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (more)
            c &= 0x3Fu >> more;
        for (i++; more-- > 0 && i < n; i++)
            c = (c << 6) | (u[i] & 0x3F);
        b->p[b->n++] = c;
    }
    return 0;
}

int tpy_ubuf_put_ascii(tpy_ubuf *b, const char *s)
{
    return tpy_ubuf_put_utf8(b, s, strlen(s));
}

int tpy_unicode_decimal(uint32_t c)
{
    return tpy_num_decimal_value(c);
}

bool tpy_unicode_is_printable(uint32_t c)
{
    return tpy_num_is_printable(c);
}

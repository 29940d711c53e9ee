/*
 * The growable byte buffer every formatter appends to. Memory comes from
 * layer1 (tpy_mem_*). The bytes stay NUL-terminated so that a finished
 * buffer reads as a C string.
 */
#include "num_internal.h"

#include <string.h>
#include <tierpy/mem.h>

void tpy_num_buf_free(tpy_num_buf *b)
{
    tpy_mem_free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

int tpy_num_buf_reserve(tpy_num_buf *b, size_t extra)
{
    if (extra > SIZE_MAX / 2 - b->len)
        return -1;
    size_t need = b->len + extra + 1; /* + the terminator */
    if (need <= b->cap)
        return 0;
    /* Grow by half again so that n appends cost O(n) copying. */
    size_t cap = b->cap < 32 ? 32 : b->cap + b->cap / 2;
    if (cap < need)
        cap = need;
    char *p = tpy_mem_realloc(b->data, cap);
    if (p == NULL)
        return -1;
    if (b->data == NULL)
        p[0] = '\0';
    b->data = p;
    b->cap = cap;
    return 0;
}

int tpy_num_buf_append(tpy_num_buf *b, const char *s, size_t n)
{
    if (tpy_num_buf_reserve(b, n) < 0)
        return -1;
    if (n > 0)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int tpy_num_buf_puts(tpy_num_buf *b, const char *s)
{
    return tpy_num_buf_append(b, s, strlen(s));
}

int tpy_num_buf_putc(tpy_num_buf *b, char c)
{
    return tpy_num_buf_append(b, &c, 1);
}

int tpy_num_buf_put_repeat(tpy_num_buf *b, uint32_t cp, size_t count)
{
    char enc[4];
    size_t w = tpy_num__utf8_encode(cp, enc);
    if (count > 0 && count > (SIZE_MAX / 2) / w)
        return -1;
    if (tpy_num_buf_reserve(b, w * count) < 0)
        return -1;
    char *p = b->data + b->len;
    if (w == 1) {
        memset(p, enc[0], count);
    } else {
        for (size_t i = 0; i < count; i++)
            memcpy(p + i * w, enc, w);
    }
    b->len += w * count;
    b->data[b->len] = '\0';
    return 0;
}

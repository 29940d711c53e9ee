/* linetable.c: the compressed map from instruction words to source lines. */
#include "linetable.h"

#include <string.h>

static size_t put_varint(uint8_t *out, uint64_t v)
{
    size_t n = 0;
    while (v >= 0x80) {
        out[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[n++] = (uint8_t)v;
    return n;
}

/* Reads a varint of at most 5 bytes (values below 2^32); false if truncated
 * or too long. */
static bool get_varint(const uint8_t **p, const uint8_t *end, uint32_t *out)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (*p >= end)
            return false;
        uint8_t byte = *(*p)++;
        v |= (uint64_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            if (v > UINT32_MAX)
                return false;
            *out = (uint32_t)v;
            return true;
        }
    }
    return false;
}

static uint64_t zigzag(int64_t d)
{
    return d < 0 ? ((uint64_t)(-d) << 1) - 1 : (uint64_t)d << 1;
}

uint8_t *tpy_linetable_encode(tpy_arena *a, const uint32_t *lines, uint32_t n,
                              uint32_t firstline, uint32_t *outlen)
{
    /* Worst case: every word its own run, 5 + 6 bytes. */
    uint8_t *buf = tpy_arena_alloc(a, (size_t)n * 11 + 1);
    if (!buf)
        return NULL;
    size_t len = 0;
    uint32_t prev = firstline;
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i + 1;
        while (j < n && lines[j] == lines[i])
            j++;
        len += put_varint(buf + len, j - i);
        len += put_varint(buf + len, zigzag((int64_t)lines[i] - (int64_t)prev));
        prev = lines[i];
        i = j;
    }
    *outlen = (uint32_t)len;
    return buf;
}

void tpy_line_iter_init(tpy_line_iter *it, const uint8_t *table, uint32_t len,
                        uint32_t firstline)
{
    memset(it, 0, sizeof *it);
    it->p = table;
    it->end = table + len;
    it->line = firstline;
}

bool tpy_line_iter_next(tpy_line_iter *it)
{
    if (it->bad || it->p >= it->end)
        return false;
    uint32_t count, zz;
    if (!get_varint(&it->p, it->end, &count) || !get_varint(&it->p, it->end, &zz) ||
        count == 0) {
        it->bad = true;
        return false;
    }
    int64_t delta = (zz & 1) ? -(int64_t)(zz >> 1) - 1 : (int64_t)(zz >> 1);
    int64_t line = (int64_t)it->line + delta;
    if (line < 1 || line > INT32_MAX || (uint64_t)it->run_end + count > UINT32_MAX) {
        it->bad = true;
        return false;
    }
    it->line = (uint32_t)line;
    it->run_start = it->run_end;
    it->run_end += count;
    return true;
}

uint32_t tpy_linetable_line(const uint8_t *table, uint32_t len, uint32_t firstline,
                            uint32_t pc)
{
    tpy_line_iter it;
    tpy_line_iter_init(&it, table, len, firstline);
    while (tpy_line_iter_next(&it))
        if (pc < it.run_end)
            return it.line;
    return 0;
}

bool tpy_linetable_check(const uint8_t *table, uint32_t len, uint32_t firstline,
                         uint32_t ncode, const char **why)
{
    tpy_line_iter it;
    tpy_line_iter_init(&it, table, len, firstline);
    while (tpy_line_iter_next(&it))
        ;
    if (it.bad) {
        *why = "malformed line table entry";
        return false;
    }
    if (it.run_end != ncode) {
        *why = "line table does not cover the code exactly";
        return false;
    }
    return true;
}

/* linetable.c: the compressed maps from instruction words to source lines
 * and columns (see linetable.h for both formats). */
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

/* ---- the line table ---------------------------------------------------------- */

uint8_t *tpy_linetable_encode(tpy_arena *a, const tpy_position *pos, uint32_t n,
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
        while (j < n && pos[j].line == pos[i].line)
            j++;
        len += put_varint(buf + len, j - i);
        len += put_varint(buf + len, zigzag((int64_t)pos[i].line - (int64_t)prev));
        prev = pos[i].line;
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

/* The iterator's checks without its bookkeeping: runs whose two varints
 * are one byte each (nearly all) in a tight loop. */
bool tpy_linetable_check(const uint8_t *table, uint32_t len, uint32_t firstline,
                         uint32_t ncode, const char **why)
{
    const uint8_t *p = table, *end = table + len;
    int64_t line = firstline;
    uint64_t words = 0;
    while (p < end) {
        uint32_t count, zz;
        if (end - p >= 2 && !((p[0] | p[1]) & 0x80)) {
            count = p[0], zz = p[1];
            p += 2;
        } else if (!get_varint(&p, end, &count) || !get_varint(&p, end, &zz)) {
            count = zz = 0;
        }
        line += (zz & 1) ? -(int64_t)(zz >> 1) - 1 : (int64_t)(zz >> 1);
        words += count;
        if (count == 0 || line < 1 || line > INT32_MAX) {
            *why = "malformed line table entry";
            return false;
        }
    }
    if (words != ncode) {
        *why = "line table does not cover the code exactly";
        return false;
    }
    return true;
}

/* ---- the column table -------------------------------------------------------- */

/* A position as the column table stores it: relative end line, columns
 * made consistent (end never before start, both known or both unknown). */
typedef struct colpos {
    uint32_t dline;
    int32_t col, end_col;
} colpos;

static colpos normalize(const tpy_position *p)
{
    colpos c = {0, p->col, p->end_col};
    if (p->end_line > p->line)
        c.dline = p->end_line - p->line;
    bool known = c.col >= 0 && c.end_col >= 0 && c.col <= TPY_POSITION_MAX_COL &&
                 c.end_col <= TPY_POSITION_MAX_COL && (c.dline || c.end_col >= c.col) &&
                 c.dline <= INT32_MAX;
    if (!known)
        c.col = c.end_col = -1;
    if (c.dline > INT32_MAX)
        c.dline = 0;
    return c;
}

/* The record (c, w, d) of one instruction, stored as three arrays of n
 * bytes from @p rec; false when it needs an overflow entry. */
static bool put_record(uint8_t *rec, size_t n, colpos c)
{
    uint32_t x = c.dline ? (uint32_t)c.end_col : (uint32_t)(c.end_col - c.col);
    if (c.col < 0 && c.dline <= 255) {
        rec[0] = 255, rec[n] = 0, rec[2 * n] = (uint8_t)c.dline;
        return true;
    }
    if (c.col < 0 || c.col >= 255 || x > 255 || c.dline > 255) {
        rec[0] = 255, rec[n] = 1, rec[2 * n] = 0;
        return false;
    }
    rec[0] = (uint8_t)c.col, rec[n] = (uint8_t)x, rec[2 * n] = (uint8_t)c.dline;
    return true;
}

static size_t put_overflow(uint8_t *out, colpos c)
{
    size_t n = put_varint(out, c.dline);
    n += put_varint(out + n, c.col < 0 ? 0 : (uint64_t)c.col + 1);
    uint32_t x = c.col < 0 ? 0 : c.dline ? (uint32_t)c.end_col : (uint32_t)(c.end_col - c.col);
    return n + put_varint(out + n, x);
}

uint8_t *tpy_coltable_encode(tpy_arena *a, const tpy_position *pos, const uint8_t *width,
                             uint32_t n, uint32_t *outlen)
{
    uint32_t ninstr = 0;
    for (uint32_t i = 0; i < n; i++)
        ninstr += width[i] != 0;
    /* Worst case: a record and a 15-byte overflow entry per instruction. */
    uint8_t *buf = tpy_arena_alloc(a, 5 + (size_t)ninstr * 18);
    if (!buf)
        return NULL;
    size_t head = put_varint(buf, ninstr), over = head + (size_t)ninstr * 3;
    uint8_t *rec = buf + head;
    for (uint32_t i = 0; i < n; i++) {
        if (!width[i])
            continue;
        colpos c = normalize(&pos[i]);
        if (!put_record(rec, ninstr, c))
            over += put_overflow(buf + over, c);
        rec++;
    }
    *outlen = (uint32_t)over;
    return buf;
}

/* The overflow entry at *p: end line delta, col + 1 (0: unknown), and the
 * width (one line) or the end column. */
static bool get_overflow(const uint8_t **p, const uint8_t *end, tpy_position *out)
{
    uint32_t d, c1, x;
    if (!get_varint(p, end, &d) || !get_varint(p, end, &c1) || !get_varint(p, end, &x) ||
        d > INT32_MAX)
        return false;
    out->end_line = d;
    if (c1 == 0) {
        out->col = out->end_col = -1;
        return true;
    }
    uint64_t e = d ? x : (uint64_t)c1 - 1 + x;
    if (c1 - 1 > TPY_POSITION_MAX_COL || e > TPY_POSITION_MAX_COL)
        return false;
    out->col = (int32_t)(c1 - 1);
    out->end_col = (int32_t)e;
    return true;
}

/* The record header: the instruction count and where the records start. */
static bool col_header(const uint8_t *table, uint32_t len, uint32_t *ninstr,
                       const uint8_t **rec)
{
    const uint8_t *p = table;
    if (!get_varint(&p, table + len, ninstr) || (uint64_t)*ninstr * 3 > (uint64_t)(table + len - p))
        return false;
    *rec = p;
    return true;
}

/* Record i of n: c at rec[i], w at rec[n + i], d at rec[2n + i]. */
static bool is_overflow(const uint8_t *rec, uint32_t n, uint32_t i)
{
    return rec[i] == 255 && rec[n + i] != 0;
}

bool tpy_coltable_get(const uint8_t *table, uint32_t len, uint32_t index, uint32_t line,
                      tpy_position *out)
{
    uint32_t ninstr;
    const uint8_t *rec, *end = table + len;
    *out = (tpy_position){line, line, -1, -1};
    if (!col_header(table, len, &ninstr, &rec) || index >= ninstr)
        return false;
    uint8_t c = rec[index], w = rec[ninstr + index], d = rec[2 * (size_t)ninstr + index];
    if (!is_overflow(rec, ninstr, index)) {
        out->end_line = line + d;
        if (c != 255) {
            out->col = c;
            out->end_col = d ? w : c + w;
        }
        return true;
    }
    const uint8_t *p = rec + 3 * (size_t)ninstr;
    tpy_position o;
    for (uint32_t i = 0; i <= index; i++)
        if (is_overflow(rec, ninstr, i) && !get_overflow(&p, end, &o))
            return false;
    *out = (tpy_position){line, line + o.end_line, o.col, o.end_col};
    return true;
}

/* Overflow markers among @p n records: c = 255 and w != 0, eight at a
 * time (a byte's high bit flags it; the multiply adds up the flags). */
static uint32_t count_overflows(const uint8_t *c, const uint8_t *w, uint32_t n)
{
    const uint64_t lo7 = 0x7f7f7f7f7f7f7f7full, hi = 0x8080808080808080ull;
    uint32_t over = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t cw, ww;
        memcpy(&cw, c + i, 8);
        memcpy(&ww, w + i, 8);
        uint64_t not_c = ~cw;
        uint64_t is255 = ~(((not_c & lo7) + lo7) | not_c | lo7);
        uint64_t nonzero = (((ww & lo7) + lo7) | ww) & hi;
        over += (uint32_t)((((is255 & nonzero) >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; i++)
        over += c[i] == 255 && w[i] != 0;
    return over;
}

/* The records are checked without decoding (every record reads as a
 * position); only the rare overflow entries are parsed. */
bool tpy_coltable_check(const uint8_t *table, uint32_t len, uint32_t ninstr, const char **why)
{
    uint32_t n;
    const uint8_t *rec;
    if (!col_header(table, len, &n, &rec) || n != ninstr) {
        *why = "column table does not cover the code exactly";
        return false;
    }
    uint32_t over = count_overflows(rec, rec + n, n);
    const uint8_t *p = rec + 3 * (size_t)n, *end = table + len;
    tpy_position o;
    for (uint32_t i = 0; i < over; i++) {
        if (!get_overflow(&p, end, &o)) {
            *why = "malformed column table entry";
            return false;
        }
    }
    if (p != end) {
        *why = "extra bytes after the column table";
        return false;
    }
    return true;
}

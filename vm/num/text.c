/*
 * UTF-8 and the bits of Unicode that number parsing and error messages
 * need: str.isspace(), decimal digit values, str.isprintable() for repr.
 * Categories come from utf8proc.
 */
#include "num_internal.h"

#include <math.h>
#include <string.h>
#include <strings.h>
#include <tierpy/mem.h>
#include <utf8proc.h>

size_t tpy_num_utf8_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Length of the sequence a lead byte starts, 0 for a byte that cannot. */
static size_t utf8_seq_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 0;
}

uint32_t tpy_num__utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t len = utf8_seq_len(p[0]);
    if (len == 0 || len > n - *i) {
        (*i)++;
        return p[0];
    }
    uint32_t cp = len == 1 ? p[0] : (uint32_t)(p[0] & (0x7F >> len));
    for (size_t k = 1; k < len; k++) {
        if ((p[k] & 0xC0) != 0x80) {
            (*i)++;
            return p[0];
        }
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    *i += len;
    return cp;
}

size_t tpy_num__utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool tpy_num__is_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

void tpy_num__strip_ascii_space(const char **s, size_t *n)
{
    while (*n > 0 && tpy_num__is_ascii_space(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n > 0 && tpy_num__is_ascii_space((*s)[*n - 1]))
        (*n)--;
}

bool tpy_num__parse_inf_nan(const char *s, size_t n, double *out)
{
    if ((n == 3 && strncasecmp(s, "inf", 3) == 0) ||
        (n == 8 && strncasecmp(s, "infinity", 8) == 0)) {
        *out = HUGE_VAL;
        return true;
    }
    if (n == 3 && strncasecmp(s, "nan", 3) == 0) {
        *out = NAN;
        return true;
    }
    return false;
}

bool tpy_num__is_space(uint32_t cp)
{
    /* CPython's whitespace: bidirectional class WS, B or S, or category Zs.
     * The set has not changed since Unicode 6.3, so it is spelled out. */
    if ((cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20))
        return true;
    switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

static bool is_nd(uint32_t cp)
{
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ND;
}

int tpy_num__decimal_value(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp > 0x10FFFF || !is_nd(cp))
        return -1;
    /* Unicode promises that decimal digits come in runs of ten, 0 to 9;
     * adjacent runs (the mathematical digits) follow each other whole, so
     * the distance to the start of the run, modulo ten, is the value. */
    uint32_t start = cp;
    while (start > 0 && is_nd(start - 1))
        start--;
    return (int)((cp - start) % 10);
}

int tpy_num_decimal_value(uint32_t cp)
{
    return tpy_num__decimal_value(cp);
}

char *tpy_num__to_ascii(const char *s, size_t n, size_t *out_len)
{
    char *out = tpy_mem_malloc(n + 1);
    if (out == NULL)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 127) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp = tpy_num__utf8_next(s, n, &i);
        int digit = tpy_num__decimal_value(cp);
        if (tpy_num__is_space(cp)) {
            out[o++] = ' ';
        } else if (digit >= 0) {
            out[o++] = (char)('0' + digit);
        } else {
            /* Nothing after an unconvertible character can make the
             * text valid: CPython ends it there with a '?'. */
            out[o++] = '?';
            break;
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

/* str.isprintable() for one code point: all but categories C*, Z*, with
 * the ASCII space let through. */
static bool is_printable(uint32_t cp)
{
    if (cp == ' ')
        return true;
    if (cp > 0x10FFFF)
        return false;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

bool tpy_num_is_printable(uint32_t cp)
{
    return is_printable(cp);
}

/* repr's quote: ' unless the text holds ' and no ". */
static char repr_quote(const char *s, size_t n)
{
    bool single = memchr(s, '\'', n) != NULL;
    bool dbl = memchr(s, '"', n) != NULL;
    return (single && !dbl) ? '"' : '\'';
}

/* The repr of one code point into @p out (at most 10 bytes). */
static size_t repr_char(uint32_t cp, char quote, char out[10])
{
    static const char hex[] = "0123456789abcdef";
    if (cp == (uint32_t)quote || cp == '\\') {
        out[0] = '\\';
        out[1] = (char)cp;
        return 2;
    }
    switch (cp) {
    case '\t': memcpy(out, "\\t", 2); return 2;
    case '\n': memcpy(out, "\\n", 2); return 2;
    case '\r': memcpy(out, "\\r", 2); return 2;
    default: break;
    }
    if ((cp >= ' ' && cp < 0x7F) || (cp > 0x7F && is_printable(cp)))
        return tpy_num__utf8_encode(cp, out);
    int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
    out[0] = '\\';
    out[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int k = 0; k < digits; k++)
        out[2 + k] = hex[(cp >> (4 * (digits - 1 - k))) & 0xF];
    return (size_t)digits + 2;
}

int tpy_num_str_repr(tpy_num_buf *b, const char *s, size_t n, size_t limit)
{
    /* The repr is built whole, then cut: %.200R counts code points of the
     * repr, escapes and the opening quote included. */
    tpy_num_buf r = TPY_NUM_BUF_INIT;
    char quote = repr_quote(s, n);
    int rc = tpy_num_buf_putc(&r, quote);
    for (size_t i = 0; i < n && rc == 0;) {
        char enc[10];
        size_t len = repr_char(tpy_num__utf8_next(s, n, &i), quote, enc);
        rc = tpy_num_buf_append(&r, enc, len);
    }
    if (rc == 0)
        rc = tpy_num_buf_putc(&r, quote);
    size_t keep = r.len;
    if (rc == 0 && limit > 0) {
        size_t count = 0;
        for (keep = 0; keep < r.len; keep++) {
            if (((unsigned char)r.data[keep] & 0xC0) != 0x80 && count++ == limit)
                break;
        }
    }
    if (rc == 0)
        rc = tpy_num_buf_append(b, r.data, keep);
    tpy_num_buf_free(&r);
    return rc;
}

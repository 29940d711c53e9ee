/* ast_repr.c: Python's repr() of constants, for ast_dump.c. */
#include "ast_repr.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>
#include <utf8proc.h>

/* ---- the text buffer ------------------------------------------------- */

void tpy_text_put(tpy_text *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *data = tpy_mem_realloc(t->data, cap);
        if (!data) {
            t->failed = true;
            return;
        }
        t->data = data;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

void tpy_text_puts(tpy_text *t, const char *s)
{
    tpy_text_put(t, s, strlen(s));
}

void tpy_text_printf(tpy_text *t, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        tpy_text_put(t, small, (size_t)n);
        return;
    }
    char *big = tpy_mem_malloc((size_t)n + 1);
    if (!big) {
        t->failed = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    tpy_text_put(t, big, (size_t)n);
    tpy_mem_free(big);
}

/* ---- str and bytes --------------------------------------------------- */

/* Decode one code point of UTF-8 that may encode surrogates (the parser
 * writes them so); returns its length. */
static size_t decode_cp(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = len == 1 ? c : c & (0x7F >> len);
    for (size_t i = 1; i < len; i++)
        *cp = (*cp << 6) | (s[i] & 0x3F);
    return len;
}

/* Python's str.isprintable() for one character: not in Cc, Cf, Cs, Co,
 * Cn, Zl, Zp, Zs, except the space itself. */
static bool is_printable(unsigned cp)
{
    if (cp == ' ')
        return true;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return false;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
        return false;
    default:
        return true;
    }
}

/* Python quotes with ' unless the text has ' and no ". */
static char choose_quote(const char *s, size_t n)
{
    bool single = memchr(s, '\'', n) != NULL, dbl = memchr(s, '"', n) != NULL;
    return single && !dbl ? '"' : '\'';
}

/* The escape for an ASCII byte that needs one, or false. */
static bool ascii_escape(tpy_text *out, unsigned c, char quote)
{
    if (c == (unsigned)quote || c == '\\') {
        char e[2] = {'\\', (char)c};
        tpy_text_put(out, e, 2);
    } else if (c == '\t') {
        tpy_text_puts(out, "\\t");
    } else if (c == '\n') {
        tpy_text_puts(out, "\\n");
    } else if (c == '\r') {
        tpy_text_puts(out, "\\r");
    } else if (c < 0x20 || c == 0x7F) {
        tpy_text_printf(out, "\\x%02x", c);
    } else {
        return false;
    }
    return true;
}

void tpy_repr_str(tpy_text *out, const char *s, size_t n)
{
    char quote = choose_quote(s, n);
    tpy_text_put(out, &quote, 1);
    for (size_t i = 0; i < n;) {
        unsigned cp;
        size_t len = decode_cp((const unsigned char *)s + i, n - i, &cp);
        if (cp < 0x80) {
            if (!ascii_escape(out, cp, quote))
                tpy_text_put(out, s + i, 1);
        } else if (is_printable(cp)) {
            tpy_text_put(out, s + i, len);
        } else if (cp <= 0xFF) {
            tpy_text_printf(out, "\\x%02x", cp);
        } else if (cp <= 0xFFFF) {
            tpy_text_printf(out, "\\u%04x", cp);
        } else {
            tpy_text_printf(out, "\\U%08x", cp);
        }
        i += len;
    }
    tpy_text_put(out, &quote, 1);
}

void tpy_repr_bytes(tpy_text *out, const char *s, size_t n)
{
    char quote = choose_quote(s, n);
    tpy_text_put(out, "b", 1);
    tpy_text_put(out, &quote, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c >= 0x80)
            tpy_text_printf(out, "\\x%02x", c);
        else if (!ascii_escape(out, c, quote))
            tpy_text_put(out, s + i, 1);
    }
    tpy_text_put(out, &quote, 1);
}

/* ---- floats ---------------------------------------------------------- */

/*
 * The shortest decimal digits that read back as v, and the decimal
 * exponent of the first digit: v = 0.d1d2d3... * 10^(exp+1).
 */
static void shortest_digits(double v, char *digits, int *exp)
{
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    /* buf: d[.ddd]e±XX */
    char *e = strchr(buf, 'e');
    *exp = atoi(e + 1);
    int k = 0;
    for (char *q = buf; q < e; q++)
        if (*q != '.')
            digits[k++] = *q;
    while (k > 1 && digits[k - 1] == '0')
        k--;
    digits[k] = '\0';
}

/* Python's float_repr_style 'short': positional for 1e-4 <= |v| < 1e16,
 * else scientific with a two-digit exponent at least. */
static void repr_finite(tpy_text *out, double v, bool complex_part)
{
    char digits[24];
    int exp;
    shortest_digits(v, digits, &exp);
    int n = (int)strlen(digits), decpt = exp + 1;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            tpy_text_puts(out, "0.");
            for (int i = 0; i < -decpt; i++)
                tpy_text_puts(out, "0");
            tpy_text_puts(out, digits);
        } else if (decpt >= n) {
            tpy_text_puts(out, digits);
            for (int i = n; i < decpt; i++)
                tpy_text_puts(out, "0");
            if (!complex_part)
                tpy_text_puts(out, ".0");
        } else {
            tpy_text_put(out, digits, (size_t)decpt);
            tpy_text_puts(out, ".");
            tpy_text_puts(out, digits + decpt);
        }
        return;
    }
    tpy_text_put(out, digits, 1);
    if (n > 1) {
        tpy_text_puts(out, ".");
        tpy_text_puts(out, digits + 1);
    }
    tpy_text_printf(out, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

static void repr_double(tpy_text *out, double v, bool complex_part)
{
    if (isnan(v)) {
        tpy_text_puts(out, "nan");
    } else if (isinf(v)) {
        tpy_text_puts(out, v > 0 ? "inf" : "-inf");
    } else if (v == 0) {
        tpy_text_puts(out, signbit(v) ? "-0" : "0");
        if (!complex_part)
            tpy_text_puts(out, ".0");
    } else {
        if (v < 0) {
            tpy_text_puts(out, "-");
            v = -v;
        }
        repr_finite(out, v, complex_part);
    }
}

void tpy_repr_float(tpy_text *out, double v)
{
    repr_double(out, v, false);
}

void tpy_repr_imag(tpy_text *out, double v)
{
    repr_double(out, v, true);
    tpy_text_puts(out, "j");
}

void tpy_repr_const(tpy_text *out, const tpy_const *c)
{
    switch (c->kind) {
    case TPY_CONST_NONE: tpy_text_puts(out, "None"); break;
    case TPY_CONST_TRUE: tpy_text_puts(out, "True"); break;
    case TPY_CONST_FALSE: tpy_text_puts(out, "False"); break;
    case TPY_CONST_ELLIPSIS: tpy_text_puts(out, "Ellipsis"); break;
    case TPY_CONST_INT: tpy_text_put(out, c->data, c->len); break;
    case TPY_CONST_FLOAT: tpy_repr_float(out, c->num); break;
    case TPY_CONST_COMPLEX: tpy_repr_imag(out, c->num); break;
    case TPY_CONST_STR: tpy_repr_str(out, c->data, c->len); break;
    case TPY_CONST_BYTES: tpy_repr_bytes(out, c->data, c->len); break;
    }
}

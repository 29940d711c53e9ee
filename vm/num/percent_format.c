/*
 * printf-style formatting of numbers, as str.__mod__ does it:
 * '%-+ #0' flags, width, precision, and the conversions d i u o x X
 * (ints) and e E f F g G (floats).
 *
 * A conversion first makes a body ("-0x00ff": sign, base prefix when '#',
 * digits zero-extended to the precision), then pads it to the width:
 * spaces on the left, zeros after the sign and prefix with '0', spaces on
 * the right with '-'.
 */
#include "num_internal.h"

#include <limits.h>
#include <string.h>

/* Read the next code point, or report the format as incomplete. */
static int next_char(const char *s, size_t n, size_t *pos, uint32_t *c, tpy_num_error *err)
{
    if (*pos >= n)
        return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "incomplete format");
    *c = tpy_num__utf8_next(s, n, pos);
    return TPY_NUM_OK;
}

static unsigned flag_of(uint32_t c)
{
    switch (c) {
    case '-': return TPY_NUM_PCT_LJUST;
    case '+': return TPY_NUM_PCT_SIGN;
    case ' ': return TPY_NUM_PCT_BLANK;
    case '#': return TPY_NUM_PCT_ALT;
    case '0': return TPY_NUM_PCT_ZERO;
    default: return 0;
    }
}

/* A run of digits starting with *c (a digit) into *value; *c is left on
 * the first character after the run. */
static int read_number(const char *s, size_t n, size_t *pos, uint32_t *c, int64_t limit,
                       const char *too_big, int64_t *value, tpy_num_error *err)
{
    int64_t v = *c - '0';
    for (;;) {
        if (next_char(s, n, pos, c, err) < 0)
            return TPY_NUM_FAIL;
        if (*c < '0' || *c > '9')
            break;
        if (v > (limit - (int64_t)(*c - '0')) / 10)
            return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "%s", too_big);
        v = v * 10 + (*c - '0');
    }
    *value = v;
    return TPY_NUM_OK;
}

static bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

int tpy_num_pct_parse(const char *s, size_t n, size_t *pos,
                      tpy_num_pct_spec *out, tpy_num_error *err)
{
    *out = (tpy_num_pct_spec){.width = -1, .precision = -1};
    uint32_t c = 0;
    if (next_char(s, n, pos, &c, err) < 0)
        return TPY_NUM_FAIL;
    for (unsigned f; (f = flag_of(c)) != 0;) {
        out->flags |= f;
        if (next_char(s, n, pos, &c, err) < 0)
            return TPY_NUM_FAIL;
    }
    if (c == '*') {
        out->width_star = true;
        if (next_char(s, n, pos, &c, err) < 0)
            return TPY_NUM_FAIL;
    } else if (is_digit(c) &&
               read_number(s, n, pos, &c, INT64_MAX, "width too big", &out->width, err) < 0) {
        return TPY_NUM_FAIL;
    }
    if (c == '.') {
        out->precision = 0; /* "%.f" means precision 0 */
        if (next_char(s, n, pos, &c, err) < 0)
            return TPY_NUM_FAIL;
        if (c == '*') {
            out->precision_star = true;
            if (next_char(s, n, pos, &c, err) < 0)
                return TPY_NUM_FAIL;
        } else if (is_digit(c) &&
                   read_number(s, n, pos, &c, INT_MAX, "precision too big",
                               &out->precision, err) < 0) {
            return TPY_NUM_FAIL;
        }
    }
    /* C's length modifiers mean nothing in Python and are skipped. */
    if ((c == 'h' || c == 'l' || c == 'L') && next_char(s, n, pos, &c, err) < 0)
        return TPY_NUM_FAIL;
    out->conversion = c;
    return TPY_NUM_OK;
}

void tpy_num_pct_set_star(tpy_num_pct_spec *spec, bool is_width, int64_t value)
{
    if (is_width) {
        if (value < 0) {
            spec->flags |= TPY_NUM_PCT_LJUST;
            value = value == INT64_MIN ? INT64_MAX : -value;
        }
        spec->width = value;
        spec->width_star = false;
    } else {
        spec->precision = value < 0 ? 0 : value;
        spec->precision_star = false;
    }
}

/* Pad @p body (sign and prefix included) to the width. */
static int pad_body(tpy_num_buf *b, const char *body, size_t n,
                    const tpy_num_pct_spec *spec, bool has_prefix, tpy_num_error *err)
{
    char sign = 0;
    if (n > 0 && (body[0] == '-' || body[0] == '+')) {
        sign = body[0];
        body++;
        n--;
    } else if (spec->flags & TPY_NUM_PCT_SIGN) {
        sign = '+';
    } else if (spec->flags & TPY_NUM_PCT_BLANK) {
        sign = ' ';
    }
    size_t prefix = has_prefix ? 2 : 0;
    int64_t total = (sign != 0) + (int64_t)tpy_num_utf8_count(body, n);
    int64_t pad = spec->width > total ? spec->width - total : 0;
    bool ljust = spec->flags & TPY_NUM_PCT_LJUST;
    bool zero = (spec->flags & TPY_NUM_PCT_ZERO) && !ljust;
    int rc = 0;
    if (!ljust && !zero)
        rc = tpy_num_buf_put_repeat(b, ' ', (size_t)pad);
    if (rc == 0 && sign != 0)
        rc = tpy_num_buf_putc(b, sign);
    if (rc == 0)
        rc = tpy_num_buf_append(b, body, prefix);
    if (rc == 0 && zero)
        rc = tpy_num_buf_put_repeat(b, '0', (size_t)pad);
    if (rc == 0)
        rc = tpy_num_buf_append(b, body + prefix, n - prefix);
    if (rc == 0 && ljust)
        rc = tpy_num_buf_put_repeat(b, ' ', (size_t)pad);
    return rc == 0 ? TPY_NUM_OK : tpy_num__nomem(err);
}

static int base_of(uint32_t conversion)
{
    return conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
}

/* The body of an int conversion: [-][0x][zeros to the precision]digits,
 * from text = [-]digits. */
static int int_body(tpy_num_buf *body, const tpy_num_buf *text, const tpy_num_pct_spec *spec)
{
    bool negative = text->data[0] == '-';
    const char *digits = text->data + negative;
    size_t n = text->len - negative;
    int base = base_of(spec->conversion);
    bool upper = spec->conversion == 'X';
    int rc = negative ? tpy_num_buf_putc(body, '-') : 0;
    if (rc == 0 && (spec->flags & TPY_NUM_PCT_ALT) && base != 10) {
        char prefix[2] = {'0', base == 8 ? 'o' : upper ? 'X' : 'x'};
        rc = tpy_num_buf_append(body, prefix, 2);
    }
    if (rc == 0 && spec->precision > (int64_t)n)
        rc = tpy_num_buf_put_repeat(body, '0', (size_t)(spec->precision - (int64_t)n));
    size_t start = body->len;
    if (rc == 0)
        rc = tpy_num_buf_append(body, digits, n);
    for (size_t i = start; rc == 0 && upper && i < body->len; i++) {
        if (body->data[i] >= 'a' && body->data[i] <= 'f')
            body->data[i] = (char)(body->data[i] - 'a' + 'A');
    }
    return rc;
}

static int pct_int_text(tpy_num_buf *b, tpy_num_buf *text, const tpy_num_pct_spec *spec,
                        tpy_num_error *err)
{
    tpy_num_buf body = TPY_NUM_BUF_INIT;
    int rc = int_body(&body, text, spec) < 0 ? tpy_num__nomem(err) : TPY_NUM_OK;
    bool prefix = (spec->flags & TPY_NUM_PCT_ALT) && base_of(spec->conversion) != 10;
    if (rc == TPY_NUM_OK)
        rc = pad_body(b, body.data, body.len, spec, prefix, err);
    tpy_num_buf_free(&body);
    return rc;
}

int tpy_num_pct_int64(tpy_num_buf *b, int64_t v, const tpy_num_pct_spec *spec,
                      tpy_num_error *err)
{
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    int rc = tpy_num_int64_to_text(&text, v, base_of(spec->conversion), false) < 0
                 ? tpy_num__nomem(err) : pct_int_text(b, &text, spec, err);
    tpy_num_buf_free(&text);
    return rc;
}

int tpy_num_pct_mpz(tpy_num_buf *b, const mpz_t v, const tpy_num_pct_spec *spec,
                    int max_str_digits, tpy_num_error *err)
{
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    int rc = tpy_num_mpz_to_text(&text, v, base_of(spec->conversion), false,
                                 max_str_digits, err);
    if (rc == TPY_NUM_OK)
        rc = pct_int_text(b, &text, spec, err);
    tpy_num_buf_free(&text);
    return rc;
}

int tpy_num_pct_double(tpy_num_buf *b, double x, const tpy_num_pct_spec *spec,
                       tpy_num_error *err)
{
    uint32_t c = spec->conversion;
    bool upper = c == 'E' || c == 'F' || c == 'G';
    char type = (char)(upper ? c - 'A' + 'a' : c);
    unsigned flags = (upper ? TPY_NUM__FT_UPPER : 0) |
                     ((spec->flags & TPY_NUM_PCT_ALT) ? TPY_NUM__FT_ALT : 0);
    int64_t precision = spec->precision < 0 ? 6 : spec->precision;
    tpy_num_buf body = TPY_NUM_BUF_INIT;
    int rc = tpy_num__float_text(&body, x, type, precision, flags) < 0
                 ? tpy_num__nomem(err) : pad_body(b, body.data, body.len, spec, false, err);
    tpy_num_buf_free(&body);
    return rc;
}

/*
 * Laying out float digits as CPython's PyOS_double_to_string does, for
 * repr(), format() and %-formatting alike.
 *
 * The digits come from float_digits.c as 0.DIGITS * 10**decpt. The layout
 * decides on an exponent, how many digit places to show (padding with
 * zeros past the digits), and whether the decimal point stays.
 */
#include "num_internal.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>

/* The digits for each presentation type, and the number of significant
 * digits it shows at least (-1: as many as the digits have). */
static int get_digits(tpy_num__digits *d, double x, char type, int64_t precision)
{
    switch (type) {
    case 'e':
        return tpy_num__digits_significant(d, x, precision + 1);
    case 'f':
        return tpy_num__digits_fixed(d, x, precision);
    case 'g':
        return tpy_num__digits_significant(d, x, precision == 0 ? 1 : precision);
    default: /* 'r' */
        return tpy_num__digits_shortest(d, x);
    }
}

/* Whether the text uses an exponent, given decpt = exponent + 1. */
static bool uses_exponent(char type, int64_t decpt, int64_t precision, unsigned flags)
{
    switch (type) {
    case 'e':
        return true;
    case 'f':
        return false;
    case 'g': {
        int64_t p = precision == 0 ? 1 : precision;
        /* With ".0" added to integers (format type ''), an integral result
         * of p digits would show p+1: switch to the exponent a place early. */
        if (flags & TPY_NUM__FT_ADD_DOT_0)
            p--;
        return decpt <= -4 || decpt > p;
    }
    default: /* 'r': fixed notation for decimal exponents -4 .. 15 */
        return decpt <= -4 || decpt > 16;
    }
}

/* The digit place (counted from the first digit) up to which zeros pad. */
static int64_t padded_end(char type, int64_t precision, int64_t decpt,
                          int64_t len, unsigned flags)
{
    switch (type) {
    case 'e':
        return precision + 1;
    case 'f':
        return decpt + precision;
    case 'g':
        if (flags & TPY_NUM__FT_ALT)
            return precision == 0 ? 1 : precision;
        return len;
    default:
        return len;
    }
}

/* The digit at place i (0: the first digit); zero outside the digits. */
static char digit_at(const tpy_num__digits *d, int64_t i)
{
    return (i >= 0 && (size_t)i < d->text.len) ? d->text.data[i] : '0';
}

static int put_digits(tpy_num_buf *b, const tpy_num__digits *d, int64_t from, int64_t to)
{
    if (tpy_num_buf_reserve(b, (size_t)(to > from ? to - from : 0)) < 0)
        return -1;
    for (int64_t i = from; i < to; i++)
        b->data[b->len++] = digit_at(d, i);
    b->data[b->len] = '\0';
    return 0;
}

static int put_special(tpy_num_buf *b, double x, unsigned flags)
{
    bool upper = flags & TPY_NUM__FT_UPPER;
    if (isnan(x)) /* CPython never writes a sign on a NaN */
        return tpy_num_buf_puts(b, upper ? "NAN" : "nan");
    if (x < 0 && tpy_num_buf_putc(b, '-') < 0)
        return -1;
    return tpy_num_buf_puts(b, upper ? "INF" : "inf");
}

static int put_exponent(tpy_num_buf *b, int64_t exp, unsigned flags)
{
    char text[32];
    int n = snprintf(text, sizeof text, "%c%c%02" PRId64,
                     (flags & TPY_NUM__FT_UPPER) ? 'E' : 'e',
                     exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    return tpy_num_buf_append(b, text, (size_t)n);
}

static bool is_zero(const tpy_num__digits *d)
{
    return d->text.len == 1 && d->text.data[0] == '0';
}

static int layout(tpy_num_buf *b, const tpy_num__digits *d, double x, char type,
                  int64_t precision, unsigned flags)
{
    int64_t len = (int64_t)d->text.len;
    int64_t decpt = d->decpt;
    bool use_exp = uses_exponent(type, decpt, precision, flags);
    int64_t end = padded_end(type, precision, decpt, len, flags);
    int64_t exp = decpt - 1;
    if (use_exp)
        decpt = 1;
    /* Show every digit, all the integer part, and with ADD_DOT_0 one
     * fractional place for integral values in fixed notation. */
    int64_t min_end = decpt + ((flags & TPY_NUM__FT_ADD_DOT_0) && !use_exp ? 1 : 0);
    if (end < min_end)
        end = min_end;
    if (end < len)
        end = len;

    bool negative = signbit(x) && !((flags & TPY_NUM__FT_NO_NEG_0) && is_zero(d));
    if (negative && tpy_num_buf_putc(b, '-') < 0)
        return -1;
    int rc = decpt > 0 ? put_digits(b, d, 0, decpt) : tpy_num_buf_putc(b, '0');
    int64_t frac_from = decpt;
    if (rc == 0 && (end > frac_from || (flags & TPY_NUM__FT_ALT)))
        rc = tpy_num_buf_putc(b, '.');
    if (rc == 0)
        rc = put_digits(b, d, frac_from, end);
    if (rc == 0 && use_exp)
        rc = put_exponent(b, exp, flags);
    return rc;
}

int tpy_num__float_text(tpy_num_buf *b, double x, char type, int64_t precision,
                        unsigned flags)
{
    if (!isfinite(x))
        return put_special(b, x, flags);
    tpy_num__digits d = {TPY_NUM_BUF_INIT, 0};
    int rc = get_digits(&d, x, type, precision);
    if (rc == 0)
        rc = layout(b, &d, x, type, precision, flags);
    tpy_num__digits_free(&d);
    return rc;
}

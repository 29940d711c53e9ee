/*
 * The layout shared by int and float formatting, as CPython's
 * calc_number_widths and fill_number lay a number out:
 *
 *   [lpad][sign][prefix][spad][grouped digits][remainder][rpad]
 *
 * Only one of the three pads is used, chosen by the alignment. With fill
 * '0' and '=' alignment, the padding goes into the digits instead, as
 * zeros that are grouped like digits: format(1234, '09,') is '0,001,234'.
 */
#include "num_internal.h"

#include <string.h>

/*
 * Append the digits grouped from the right in groups of @p group (0: no
 * grouping), padded on the left with zeros to at least @p min_width
 * characters. Zeros come a group at a time, and a group may be cut short
 * so that the result never starts with a separator: 8 wide, 1234 gives
 * "0,001,234" (9 wide), not ",001,234".
 */
static int put_grouped(tpy_num_buf *b, const char *digits, size_t n_digits,
                       int64_t min_width, int group, char sep)
{
    if (n_digits == 0)
        return 0;
    if (group == 0) {
        int64_t zeros = min_width - (int64_t)n_digits;
        if (zeros > 0 && tpy_num_buf_put_repeat(b, '0', (size_t)zeros) < 0)
            return -1;
        return tpy_num_buf_append(b, digits, n_digits);
    }
    /* Build right to left into a scratch buffer, then append reversed. */
    tpy_num_buf rev = TPY_NUM_BUF_INIT;
    int64_t remaining = (int64_t)n_digits, width = min_width;
    int rc = 0;
    for (;;) {
        int64_t want = remaining > width ? remaining : width;
        int64_t len = want < 1 ? 1 : (want < group ? want : group);
        int64_t chars = remaining < len ? remaining : len;
        for (int64_t i = 0; i < chars && rc == 0; i++)
            rc = tpy_num_buf_putc(&rev, digits[--remaining]);
        if (rc == 0 && len > chars)
            rc = tpy_num_buf_put_repeat(&rev, '0', (size_t)(len - chars));
        width -= len;
        if (rc != 0 || (remaining <= 0 && width <= 0))
            break;
        rc = tpy_num_buf_putc(&rev, sep);
        width -= 1;
    }
    if (rc == 0)
        rc = tpy_num_buf_reserve(b, rev.len);
    if (rc == 0) {
        for (size_t i = rev.len; i-- > 0;)
            b->data[b->len++] = rev.data[i];
        b->data[b->len] = '\0';
    }
    tpy_num_buf_free(&rev);
    return rc;
}

static char sign_char(const tpy_num__number *num, const tpy_num_spec *spec)
{
    if (num->negative)
        return '-';
    if (spec->sign == '+' || spec->sign == ' ')
        return spec->sign;
    return 0;
}

int tpy_num__layout_number(tpy_num_buf *b, const tpy_num__number *num,
                           const tpy_num_spec *spec, tpy_num_error *err)
{
    char sign = sign_char(num, spec);
    int64_t n_prefix = (int64_t)strlen(num->prefix);
    int64_t n_fixed = (sign != 0) + n_prefix +
                      (int64_t)tpy_num_utf8_count(num->remainder, num->n_remainder);
    int64_t min_width = (spec->fill == '0' && spec->align == '=') ? spec->width - n_fixed : 0;

    /* Group into a scratch buffer first: the padding depends on its width. */
    tpy_num_buf grouped = TPY_NUM_BUF_INIT;
    if (put_grouped(&grouped, num->digits, num->n_digits, min_width,
                    num->group_size, num->separator) < 0) {
        tpy_num_buf_free(&grouped);
        return tpy_num__nomem(err);
    }
    int64_t padding = spec->width - (n_fixed + (int64_t)grouped.len);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (spec->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    int rc = tpy_num_buf_put_repeat(b, spec->fill, (size_t)lpad);
    if (rc == 0 && sign != 0)
        rc = tpy_num_buf_putc(b, sign);
    if (rc == 0)
        rc = tpy_num_buf_append(b, num->prefix, (size_t)n_prefix);
    if (rc == 0)
        rc = tpy_num_buf_put_repeat(b, spec->fill, (size_t)spad);
    if (rc == 0 && grouped.len > 0)
        rc = tpy_num_buf_append(b, grouped.data, grouped.len);
    if (rc == 0)
        rc = tpy_num_buf_append(b, num->remainder, num->n_remainder);
    if (rc == 0)
        rc = tpy_num_buf_put_repeat(b, spec->fill, (size_t)rpad);
    tpy_num_buf_free(&grouped);
    return rc == 0 ? TPY_NUM_OK : tpy_num__nomem(err);
}

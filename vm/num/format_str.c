/*
 * format() for str: type s (or none), precision truncates to that many
 * code points, fill and align pad to the width.
 */
#include "num_internal.h"

/* The checks of format_string_internal, in CPython's order. */
static int check_str_spec(const tpy_num_spec *spec, const char *type_name,
                          tpy_num_error *err)
{
    if (spec->type != 's')
        return tpy_num__fail_unknown_code(err, spec->type, type_name);
    if (spec->sign == ' ')
        return tpy_num__fail_value(err, "Space not allowed in string format specifier");
    if (spec->sign != 0)
        return tpy_num__fail_value(err, "Sign not allowed in string format specifier");
    if (spec->no_neg_0)
        return tpy_num__fail_value(err, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return tpy_num__fail_value(err, "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return tpy_num__fail_value(err, "'=' alignment not allowed in string format specifier");
    return TPY_NUM_OK;
}

/* The byte length of the first @p count code points of s. */
static size_t prefix_bytes(const char *s, size_t n, size_t count)
{
    size_t i = 0;
    while (i < n && count > 0) {
        tpy_num__utf8_next(s, n, &i);
        count--;
    }
    return i;
}

int tpy_num_format_str(tpy_num_buf *b, const char *s, size_t n,
                       const tpy_num_spec *spec, const char *type_name,
                       tpy_num_error *err)
{
    if (check_str_spec(spec, type_name, err) < 0)
        return TPY_NUM_FAIL;
    int64_t chars = (int64_t)tpy_num_utf8_count(s, n);
    if (spec->precision >= 0 && chars > spec->precision) {
        n = prefix_bytes(s, n, (size_t)spec->precision);
        chars = spec->precision;
    }
    int64_t padding = spec->width > chars ? spec->width - chars : 0;
    int64_t lpad = spec->align == '>' ? padding : spec->align == '^' ? padding / 2 : 0;
    int rc = tpy_num_buf_put_repeat(b, spec->fill, (size_t)lpad);
    if (rc == 0)
        rc = tpy_num_buf_append(b, s, n);
    if (rc == 0)
        rc = tpy_num_buf_put_repeat(b, spec->fill, (size_t)(padding - lpad));
    return rc == 0 ? TPY_NUM_OK : tpy_num__nomem(err);
}

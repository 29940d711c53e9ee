/*
 * format() for floats: types e E f F g G n % and none. The text comes from
 * float_text.c; the leading digit run is then grouped and the whole laid
 * out by format_number.c.
 */
#include "num_internal.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <string.h>

static bool is_float_type(uint32_t t)
{
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return true;
    default:
        return false;
    }
}

/* The float_text type, flags and precision a spec asks for. */
typedef struct float_request {
    char type;
    int64_t precision;
    unsigned flags;
    bool percent;
} float_request;

static float_request request_of(const tpy_num_spec *spec)
{
    float_request r = {.type = (char)tolower((int)spec->type), .precision = spec->precision};
    int64_t default_precision = 6;
    if (spec->alternate)
        r.flags |= TPY_NUM__FT_ALT;
    if (spec->no_neg_0)
        r.flags |= TPY_NUM__FT_NO_NEG_0;
    if (spec->type == 'E' || spec->type == 'F' || spec->type == 'G')
        r.flags |= TPY_NUM__FT_UPPER;
    if (spec->type == 0) {
        /* No type: repr without a precision, else 'g' that keeps ".0". */
        r.type = 'r';
        r.flags |= TPY_NUM__FT_ADD_DOT_0;
        default_precision = 0;
    }
    if (spec->type == 'n')
        r.type = 'g';
    if (spec->type == '%') {
        r.type = 'f';
        r.percent = true;
    }
    if (r.precision < 0)
        r.precision = default_precision;
    else if (r.type == 'r')
        r.type = 'g';
    return r;
}

/* Split the text after its sign: the leading digits, then the rest. */
static void split_number(tpy_num__number *num, const tpy_num_buf *text)
{
    const char *p = text->data;
    num->negative = p[0] == '-';
    p += num->negative;
    size_t n = text->len - num->negative;
    size_t digits = 0;
    while (digits < n && p[digits] >= '0' && p[digits] <= '9')
        digits++;
    num->prefix = "";
    num->digits = p;
    num->n_digits = digits;
    num->remainder = p + digits;
    num->n_remainder = n - digits;
}

int tpy_num_format_double(tpy_num_buf *b, double x, const tpy_num_spec *spec,
                          const char *type_name, tpy_num_error *err)
{
    if (!is_float_type(spec->type))
        return tpy_num__fail_unknown_code(err, spec->type, type_name);
    if (spec->precision > INT_MAX)
        return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "precision too big");
    float_request r = request_of(spec);
    if (r.percent)
        x *= 100; /* in double arithmetic, rounding included, as CPython */
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    if (tpy_num__float_text(&text, x, r.type, r.precision, r.flags) < 0 ||
        (r.percent && tpy_num_buf_putc(&text, '%') < 0)) {
        tpy_num_buf_free(&text);
        return tpy_num__nomem(err);
    }
    tpy_num__number num = {0};
    split_number(&num, &text);
    /* 'n' is 'g' in the C locale: no separators. */
    if (spec->grouping != 0 && spec->type != 'n') {
        num.separator = spec->grouping;
        num.group_size = 3;
    }
    int rc = tpy_num__layout_number(b, &num, spec, err);
    tpy_num_buf_free(&text);
    return rc;
}

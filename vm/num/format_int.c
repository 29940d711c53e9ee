/*
 * format() for ints: types b c d o x X n (and e E f F g G %, which go
 * through float as in CPython). The value's digits are made in a scratch
 * buffer, then laid out by format_number.c.
 */
#include "num_internal.h"

#include <ctype.h>
#include <string.h>

static bool is_float_type(uint32_t t)
{
    return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
}

static bool is_int_type(uint32_t t)
{
    return t == 'b' || t == 'c' || t == 'd' || t == 'o' || t == 'x' || t == 'X' || t == 'n';
}

/* The checks of format_long_internal, in CPython's order. */
static int check_int_spec(const tpy_num_spec *spec, tpy_num_error *err)
{
    if (spec->precision != -1)
        return tpy_num__fail_value(err, "Precision not allowed in integer format specifier");
    if (spec->no_neg_0)
        return tpy_num__fail_value(err, "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec->type == 'c') {
        if (spec->sign != 0)
            return tpy_num__fail_value(err, "Sign not allowed with integer format specifier 'c'");
        if (spec->alternate)
            return tpy_num__fail_value(err, "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    return TPY_NUM_OK;
}

static int base_of(uint32_t type)
{
    switch (type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
    }
}

/* 'c': the code point itself, alone in the "remainder" so that neither
 * sign nor grouping touch it. */
static int format_char(tpy_num_buf *b, bool in_range, uint32_t cp,
                       const tpy_num_spec *spec, tpy_num_error *err)
{
    if (!in_range)
        return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "%%c arg not in range(0x110000)");
    char enc[4];
    tpy_num__number num = {.prefix = "", .digits = "", .remainder = enc};
    num.n_remainder = tpy_num__utf8_encode(cp, enc);
    return tpy_num__layout_number(b, &num, spec, err);
}

/* Lay out |v|'s digits (already in @p digits) with sign, prefix, grouping. */
static int format_digits(tpy_num_buf *b, char *digits, size_t n, bool negative,
                         const tpy_num_spec *spec, tpy_num_error *err)
{
    static const char *const prefixes[] = {"0b", "0o", "0x", "0X"};
    int base = base_of(spec->type);
    tpy_num__number num = {.negative = negative, .prefix = "", .digits = digits,
                           .n_digits = n, .remainder = ""};
    if (spec->alternate && base != 10)
        num.prefix = prefixes[base == 2 ? 0 : base == 8 ? 1 : spec->type == 'x' ? 2 : 3];
    if (spec->type == 'X') {
        for (size_t i = 0; i < n; i++)
            digits[i] = (char)toupper((unsigned char)digits[i]);
    }
    /* 'n' is 'd' in the C locale: no separators. */
    if (spec->grouping != 0 && spec->type != 'n') {
        num.separator = spec->grouping;
        num.group_size = (spec->grouping == '_' && base != 10) ? 4 : 3;
    }
    return tpy_num__layout_number(b, &num, spec, err);
}

/* Shared by the word and GMP entry points: everything but the digits. */
typedef struct int_value {
    int64_t word;
    mpz_srcptr big; /* NULL: the value is the word */
} int_value;

static int format_as_float(tpy_num_buf *b, const int_value *v, const tpy_num_spec *spec,
                           const char *type_name, tpy_num_error *err)
{
    double x = (double)v->word; /* rounds half-even, as CPython's conversion */
    if (v->big != NULL && tpy_num_mpz_to_double(v->big, &x, err) < 0)
        return TPY_NUM_FAIL;
    return tpy_num_format_double(b, x, spec, type_name, err);
}

static int format_int_value(tpy_num_buf *b, const int_value *v, const tpy_num_spec *spec,
                            const char *type_name, int max_str_digits, tpy_num_error *err)
{
    if (is_float_type(spec->type))
        return format_as_float(b, v, spec, type_name, err);
    if (!is_int_type(spec->type))
        return tpy_num__fail_unknown_code(err, spec->type, type_name);
    if (check_int_spec(spec, err) < 0)
        return TPY_NUM_FAIL;
    if (spec->type == 'c') {
        /* CPython reads the value as a C long first. */
        if (v->big != NULL && !mpz_fits_slong_p(v->big))
            return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW,
                                 "Python int too large to convert to C long");
        int64_t w = v->big != NULL ? mpz_get_si(v->big) : v->word;
        bool in_range = w >= 0 && w <= 0x10FFFF;
        return format_char(b, in_range, (uint32_t)w, spec, err);
    }
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    int rc;
    if (v->big == NULL)
        rc = tpy_num_int64_to_text(&text, v->word, base_of(spec->type), false) < 0
                 ? tpy_num__nomem(err) : TPY_NUM_OK;
    else
        rc = tpy_num_mpz_to_text(&text, v->big, base_of(spec->type), false,
                                 max_str_digits, err);
    if (rc == TPY_NUM_OK) {
        bool negative = text.data[0] == '-';
        rc = format_digits(b, text.data + negative, text.len - negative, negative, spec, err);
    }
    tpy_num_buf_free(&text);
    return rc;
}

int tpy_num_format_int64(tpy_num_buf *b, int64_t v, const tpy_num_spec *spec,
                         const char *type_name, tpy_num_error *err)
{
    int_value iv = {v, NULL};
    return format_int_value(b, &iv, spec, type_name, 0, err);
}

int tpy_num_format_mpz(tpy_num_buf *b, const mpz_t v, const tpy_num_spec *spec,
                       const char *type_name, int max_str_digits,
                       tpy_num_error *err)
{
    int_value iv = {0, v};
    return format_int_value(b, &iv, spec, type_name, max_str_digits, err);
}

/*
 * Integers to text in bases 2, 8, 10, 16, as str(), bin(), oct() and
 * hex() write them, with CPython 3.11's limit on decimal digits.
 */
#include "num_internal.h"

#include <string.h>

static const char *base_prefix(int base)
{
    switch (base) {
    case 2: return "0b";
    case 8: return "0o";
    case 16: return "0x";
    default: return "";
    }
}

/* |v| as unsigned, INT64_MIN included, without signed overflow. */
static uint64_t magnitude(int64_t v)
{
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

int tpy_num_int64_to_text(tpy_num_buf *b, int64_t v, int base, bool prefix)
{
    static const char digits[] = "0123456789abcdef";
    char text[64 + 4];
    size_t pos = sizeof text;
    uint64_t m = magnitude(v);
    do {
        text[--pos] = digits[m % (unsigned)base];
        m /= (unsigned)base;
    } while (m != 0);
    if (prefix) {
        const char *p = base_prefix(base);
        size_t plen = strlen(p);
        pos -= plen;
        memcpy(text + pos, p, plen);
    }
    if (v < 0)
        text[--pos] = '-';
    return tpy_num_buf_append(b, text + pos, sizeof text - pos);
}

static int fail_too_many_digits(tpy_num_error *err, int max_str_digits)
{
    return tpy_num__fail(err, TPY_NUM_ERR_VALUE,
                         "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         max_str_digits);
}

int tpy_num_mpz_to_text(tpy_num_buf *b, const mpz_t v, int base, bool prefix,
                        int max_str_digits, tpy_num_error *err)
{
    /* sizeinbase is exact or one too many: a first cheap refusal. */
    size_t size = mpz_sizeinbase(v, base);
    bool limited = base == 10 && max_str_digits > 0;
    if (limited && size - 1 > (size_t)max_str_digits)
        return fail_too_many_digits(err, max_str_digits);
    size_t start = b->len;
    if (mpz_sgn(v) < 0 && tpy_num_buf_putc(b, '-') < 0)
        return tpy_num__nomem(err);
    if (prefix && tpy_num_buf_puts(b, base_prefix(base)) < 0)
        return tpy_num__nomem(err);
    if (tpy_num_buf_reserve(b, size + 2) < 0)
        return tpy_num__nomem(err);
    /* GMP writes the sign itself: write |v|, the sign is already out. */
    mpz_t abs;
    mpz_init(abs);
    mpz_abs(abs, v);
    mpz_get_str(b->data + b->len, base, abs);
    mpz_clear(abs);
    size_t n = strlen(b->data + b->len);
    b->len += n;
    if (limited && n > (size_t)max_str_digits) {
        b->len = start;
        b->data[start] = '\0';
        return fail_too_many_digits(err, max_str_digits);
    }
    return TPY_NUM_OK;
}

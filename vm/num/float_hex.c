/*
 * float.hex() and float.fromhex(). hex() writes the significand's 52 bits
 * as 13 hex digits, as CPython does (no trimming); fromhex() reads any
 * number of hex digits and rounds exactly (ratio.c).
 */
#include "num_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <tierpy/mem.h>

size_t tpy_num_double_hex(double x, char out[TPY_NUM_HEX_MAX])
{
    if (isnan(x))
        return (size_t)snprintf(out, TPY_NUM_HEX_MAX, "nan");
    if (isinf(x))
        return (size_t)snprintf(out, TPY_NUM_HEX_MAX, x < 0 ? "-inf" : "inf");
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0)
        return (size_t)snprintf(out, TPY_NUM_HEX_MAX, "%s0x0.0p+0", sign);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7FF);
    /* Subnormals keep the exponent of the smallest normal and a 0 lead. */
    int lead = biased != 0;
    int exp = biased != 0 ? biased - 1023 : -1022;
    return (size_t)snprintf(out, TPY_NUM_HEX_MAX, "%s0x%d.%013llxp%+d", sign, lead,
                            (unsigned long long)frac, exp);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The parts of a hexadecimal float: value = mantissa * 2**exp2. */
typedef struct hexfloat {
    mpz_t mantissa;
    int64_t exp2;
} hexfloat;

/* Saturation point of the p exponent: far past any double, far from
 * overflowing int64 when the digit count is added. */
#define EXP_SATURATE 1000000000000000LL

/* [0x] hexdigits [. hexdigits] [p [sign] decdigits], covering s exactly.
 * Returns 1, 0 when s does not match, -1 out of memory. */
static int parse_hex_body(const char *s, size_t n, hexfloat *h)
{
    size_t i = 0;
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        i = 2;
    size_t start = i, n_frac = 0, n_digits = 0;
    bool seen_point = false;
    for (; i < n; i++) {
        if (s[i] == '.' && !seen_point) {
            seen_point = true;
            continue;
        }
        int v = hex_value(s[i]);
        if (v < 0)
            break;
        n_digits++;
        n_frac += seen_point;
    }
    if (n_digits == 0)
        return 0;
    /* The digits go into GMP without the point. */
    char *digits = tpy_mem_malloc(n_digits + 1);
    if (digits == NULL)
        return -1;
    size_t k = 0;
    for (size_t j = start; j < i; j++) {
        if (s[j] != '.')
            digits[k++] = s[j];
    }
    digits[k] = '\0';
    mpz_set_str(h->mantissa, digits, 16);
    tpy_mem_free(digits);
    int64_t exp = 0;
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
        i++;
        bool neg = i < n && s[i] == '-';
        if (i < n && (s[i] == '-' || s[i] == '+'))
            i++;
        if (i == n || s[i] < '0' || s[i] > '9')
            return 0;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            if (exp < EXP_SATURATE)
                exp = exp * 10 + (s[i] - '0');
        }
        if (neg)
            exp = -exp;
    }
    if (i != n)
        return 0;
    h->exp2 = exp - 4 * (int64_t)n_frac;
    return 1;
}

static int fromhex_value(const char *s, size_t n, double *out, tpy_num_error *err)
{
    if (tpy_num__parse_inf_nan(s, n, out))
        return TPY_NUM_OK;
    hexfloat h;
    mpz_init(h.mantissa);
    int rc = TPY_NUM_OK;
    int parsed = parse_hex_body(s, n, &h);
    if (parsed < 0) {
        rc = tpy_num__nomem(err);
    } else if (parsed == 0) {
        rc = tpy_num__fail(err, TPY_NUM_ERR_VALUE, "invalid hexadecimal floating-point string");
    } else if (mpz_sgn(h.mantissa) == 0) {
        *out = 0.0;
    } else {
        int64_t top = (int64_t)mpz_sizeinbase(h.mantissa, 2) + h.exp2;
        mpz_t one;
        mpz_init_set_ui(one, 1);
        if (top > 1100 || (top >= -1100 && tpy_num__ratio_to_double(h.mantissa, one, h.exp2, out) < 0))
            rc = tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW,
                               "hexadecimal value too large to represent as a float");
        else if (top < -1100)
            *out = 0.0;
        mpz_clear(one);
    }
    mpz_clear(h.mantissa);
    return rc;
}

int tpy_num_double_fromhex(const char *s, size_t n, double *out, tpy_num_error *err)
{
    tpy_num__strip_ascii_space(&s, &n);
    bool negative = n > 0 && s[0] == '-';
    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    double v;
    int rc = fromhex_value(s, n, &v, err);
    if (rc == TPY_NUM_OK)
        *out = negative ? -v : v;
    return rc;
}

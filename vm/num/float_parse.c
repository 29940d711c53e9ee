/*
 * float(str): CPython's grammar (whitespace, sign, inf/infinity/nan,
 * PEP 515 underscores between digits, no hexadecimal) and a correctly
 * rounded conversion: small cases exactly in double arithmetic, the rest
 * exactly with GMP (ratio.c).
 */
#include "num_internal.h"

#include <math.h>
#include <string.h>
#include <tierpy/mem.h>

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* PEP 515: an underscore must sit between two digits. Removes them in
 * place; returns false when one is misplaced. */
static bool strip_underscores(char *s, size_t *n)
{
    size_t o = 0;
    char prev = '\0';
    for (size_t i = 0; i < *n; i++) {
        char c = s[i];
        if (c == '_' ? !is_digit(prev) : (prev == '_' && !is_digit(c)))
            return false;
        if (c != '_')
            s[o++] = c;
        prev = c;
    }
    if (prev == '_')
        return false;
    *n = o;
    return true;
}

/* A decimal number split into its parts: value = digits * 10**exp10. */
typedef struct decimal {
    char *digits;       /* significant digits, leading zeros skipped */
    size_t n_digits;
    int64_t exp10;
} decimal;

/* Exponents beyond this are saturated: no digit string can bring them back
 * into range (the digits are counted into exp10 separately). */
#define EXP_SATURATE 1000000000000LL

/* Parse digits[.digits][e[sign]digits] covering s[0..n) exactly. */
static bool parse_decimal(const char *s, size_t n, decimal *out, char *scratch)
{
    size_t i = 0, nd = 0, frac = 0, mantissa_digits = 0;
    bool seen_point = false;
    for (; i < n; i++) {
        if (is_digit(s[i])) {
            mantissa_digits++;
            if (seen_point)
                frac++;
            /* Leading zeros are only places, counted by frac. */
            if (nd > 0 || s[i] != '0')
                scratch[nd++] = s[i];
        } else if (s[i] == '.' && !seen_point) {
            seen_point = true;
        } else {
            break;
        }
    }
    if (mantissa_digits == 0)
        return false;
    int64_t exp = 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool neg = i < n && s[i] == '-';
        if (i < n && (s[i] == '-' || s[i] == '+'))
            i++;
        if (i == n || !is_digit(s[i]))
            return false;
        for (; i < n && is_digit(s[i]); i++) {
            if (exp < EXP_SATURATE)
                exp = exp * 10 + (s[i] - '0');
        }
        if (neg)
            exp = -exp;
    }
    if (i != n)
        return false;
    /* Trailing zeros of the digits only shift the exponent. */
    size_t tz = 0;
    while (tz < nd && scratch[nd - 1 - tz] == '0')
        tz++;
    out->digits = scratch;
    out->n_digits = nd - tz;
    out->exp10 = exp - (int64_t)frac + (int64_t)tz;
    return true;
}

/* Powers of ten a double holds exactly. */
static const double exact_pow10[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static double decimal_to_double(const decimal *dec)
{
    if (dec->n_digits == 0)
        return 0.0;
    /* The value lies in [10**(top-1), 10**top). */
    int64_t top = dec->exp10 + (int64_t)dec->n_digits;
    if (top > 310)
        return HUGE_VAL;
    if (top < -330)
        return 0.0;
    if (dec->n_digits <= 15 && dec->exp10 >= -22 && dec->exp10 <= 22) {
        /* Both factors are exact doubles, so the one IEEE operation rounds
         * correctly (Clinger's fast path). */
        double m = 0;
        for (size_t i = 0; i < dec->n_digits; i++)
            m = m * 10 + (dec->digits[i] - '0');
        return dec->exp10 >= 0 ? m * exact_pow10[dec->exp10] : m / exact_pow10[-dec->exp10];
    }
    mpz_t digits;
    mpz_init(digits);
    dec->digits[dec->n_digits] = '\0'; /* the scratch copy is ours */
    mpz_set_str(digits, dec->digits, 10);
    double v;
    tpy_num__decimal_to_double(digits, dec->exp10, &v); /* overflow gives inf */
    mpz_clear(digits);
    return v;
}

/* Parse the ASCII form (whitespace already meaningful) into *out. */
static bool parse_ascii(char *text, size_t n, double *out, char *scratch)
{
    if (memchr(text, '_', n) != NULL && !strip_underscores(text, &n))
        return false;
    const char *s = text;
    tpy_num__strip_ascii_space(&s, &n);
    bool negative = n > 0 && s[0] == '-';
    if (n > 0 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    double v;
    decimal dec;
    if (tpy_num__parse_inf_nan(s, n, &v)) {
        /* matched */
    } else if (parse_decimal(s, n, &dec, scratch)) {
        v = decimal_to_double(&dec);
    } else {
        return false;
    }
    *out = negative ? -v : v;
    return true;
}

int tpy_num_double_parse(const char *s, size_t n, double *out, tpy_num_error *err)
{
    size_t len;
    char *ascii = tpy_num__to_ascii(s, n, &len);
    char *scratch = tpy_mem_malloc(n + 1);
    int rc = TPY_NUM_OK;
    if (ascii == NULL || scratch == NULL)
        rc = tpy_num__nomem(err);
    else if (!parse_ascii(ascii, len, out, scratch))
        rc = tpy_num__fail_repr(err, "could not convert string to float: ", s, n, 0);
    tpy_mem_free(ascii);
    tpy_mem_free(scratch);
    return rc;
}

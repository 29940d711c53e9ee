/*
 * round() for floats and ints, half to even on the exact value.
 *
 * round(x, n) for a float rounds the exact binary value of x to n decimal
 * places (float_digits.c), then reads that decimal back as the nearest
 * double (ratio.c): round(2.675, 2) is 2.67 because 2.675 is really
 * 2.67499999999999982236431605997495353221893310546875.
 */
#include "num_internal.h"

#include <math.h>
#include <string.h>

/* Past these, CPython skips the work: no double has a digit beyond
 * 10**-323 places that matters (NDIGITS_MAX), and every double rounds to
 * zero at 10**309 (NDIGITS_MIN). */
#define NDIGITS_MAX 323
#define NDIGITS_MIN (-308)

int tpy_num_double_round(double x, int64_t ndigits, double *out, tpy_num_error *err)
{
    if (!isfinite(x) || x == 0.0 || ndigits > NDIGITS_MAX) {
        *out = x;
        return TPY_NUM_OK;
    }
    if (ndigits < NDIGITS_MIN) {
        *out = 0.0 * x; /* a zero with the sign of x */
        return TPY_NUM_OK;
    }
    tpy_num__digits d = {TPY_NUM_BUF_INIT, 0};
    if (tpy_num__digits_fixed(&d, x, ndigits) < 0)
        return tpy_num__nomem(err);
    /* value = 0.DIGITS * 10**decpt = DIGITS * 10**(decpt - len) */
    mpz_t digits;
    mpz_init_set_str(digits, d.text.data, 10);
    double v;
    int rc = tpy_num__decimal_to_double(digits, d.decpt - (int64_t)d.text.len, &v);
    mpz_clear(digits);
    tpy_num__digits_free(&d);
    if (rc < 0)
        return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "rounded value too large to represent");
    *out = copysign(v, x); /* a result of zero keeps the sign of x */
    return TPY_NUM_OK;
}

int tpy_num_double_round_to_int(double x, int64_t *word, mpz_t big, tpy_num_error *err)
{
    double r = x;
    if (isfinite(x)) {
        r = round(x); /* half away from zero ... */
        if (fabs(x - r) == 0.5) /* ... so ties go to the even neighbour */
            r = 2.0 * round(x / 2.0);
    }
    return tpy_num_double_to_int(r, word, big, err);
}

void tpy_num_mpz_round(mpz_t out, const mpz_t v, int64_t ndigits)
{
    if (ndigits >= 0) {
        mpz_set(out, v);
        return;
    }
    /* 10**-ndigits past twice |v|: everything rounds to zero; this also
     * keeps absurd ndigits from building absurd powers. */
    if ((uint64_t)-(ndigits + 1) + 1 > mpz_sizeinbase(v, 10) + 1) {
        mpz_set_ui(out, 0);
        return;
    }
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, v, p);
    /* Nearest multiple of p, ties to the even quotient. */
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(out, q, p);
    mpz_clears(p, q, r, NULL);
}

int tpy_num_int64_round(int64_t v, int64_t ndigits, int64_t *out)
{
    if (ndigits >= 0) {
        *out = v;
        return TPY_NUM_OK;
    }
    if (ndigits < -19) { /* 10**20 / 2 exceeds any word */
        *out = 0;
        return TPY_NUM_OK;
    }
    __int128 p = 1;
    for (int64_t i = 0; i < -ndigits; i++)
        p *= 10;
    __int128 q = v / p, r = v % p;
    if (r < 0) { /* floor division */
        r += p;
        q -= 1;
    }
    if (2 * r > p || (2 * r == p && (q & 1)))
        q += 1;
    __int128 result = q * p;
    if (result < INT64_MIN || result > INT64_MAX)
        return TPY_NUM_BIG;
    *out = (int64_t)result;
    return TPY_NUM_OK;
}

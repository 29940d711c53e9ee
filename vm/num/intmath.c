/*
 * Integer arithmetic with Python's semantics on machine words, reporting
 * TPY_NUM_BIG where the word overflows so the caller redoes it in GMP;
 * plus the int operations whose result is a float (true division,
 * float(int)), correctly rounded as CPython's are.
 */
#include "num_internal.h"

#include <math.h>

int tpy_num_int64_add(int64_t a, int64_t b, int64_t *out)
{
    return __builtin_add_overflow(a, b, out) ? TPY_NUM_BIG : TPY_NUM_OK;
}

int tpy_num_int64_sub(int64_t a, int64_t b, int64_t *out)
{
    return __builtin_sub_overflow(a, b, out) ? TPY_NUM_BIG : TPY_NUM_OK;
}

int tpy_num_int64_mul(int64_t a, int64_t b, int64_t *out)
{
    return __builtin_mul_overflow(a, b, out) ? TPY_NUM_BIG : TPY_NUM_OK;
}

int tpy_num_int64_neg(int64_t a, int64_t *out)
{
    return __builtin_sub_overflow((int64_t)0, a, out) ? TPY_NUM_BIG : TPY_NUM_OK;
}

static int fail_int_division(tpy_num_error *err)
{
    return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "integer division or modulo by zero");
}

int tpy_num_int64_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r,
                         tpy_num_error *err)
{
    if (b == 0)
        return fail_int_division(err);
    if (b == -1) {
        /* C's a / -1 and a % -1 trap for INT64_MIN; the remainder is 0. */
        *r = 0;
        return tpy_num_int64_neg(a, q);
    }
    int64_t quot = a / b, rem = a % b;
    /* C truncates toward zero; Python floors, so the remainder takes the
     * divisor's sign. */
    if (rem != 0 && ((rem < 0) != (b < 0))) {
        rem += b;
        quot -= 1;
    }
    *q = quot;
    *r = rem;
    return TPY_NUM_OK;
}

int tpy_num_int64_floordiv(int64_t a, int64_t b, int64_t *out, tpy_num_error *err)
{
    int64_t r;
    return tpy_num_int64_divmod(a, b, out, &r, err);
}

/* CPython words the % error differently from // and divmod(). */
static int fail_int_modulo(tpy_num_error *err)
{
    return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "integer modulo by zero");
}

int tpy_num_int64_mod(int64_t a, int64_t b, int64_t *out, tpy_num_error *err)
{
    if (b == 0)
        return fail_int_modulo(err);
    int64_t q;
    int rc = tpy_num_int64_divmod(a, b, &q, out, err);
    /* INT64_MIN % -1 is 0 even though the quotient needs GMP. */
    return rc == TPY_NUM_BIG ? TPY_NUM_OK : rc;
}

int tpy_num_int64_pow(int64_t base, int64_t exp, int64_t *out)
{
    if (exp < 0)
        return TPY_NUM_NEG_EXPONENT;
    /* Square and multiply; any overflow, even in a square that would not
     * be used, sends the whole computation to GMP. */
    int64_t result = 1;
    for (;;) {
        if ((exp & 1) && __builtin_mul_overflow(result, base, &result))
            return TPY_NUM_BIG;
        exp >>= 1;
        if (exp == 0)
            break;
        if (__builtin_mul_overflow(base, base, &base)) {
            /* |base| >= 2**32 and more factors are coming: the result
             * cannot fit unless it is multiplied by zero, which it is not. */
            return TPY_NUM_BIG;
        }
    }
    *out = result;
    return TPY_NUM_OK;
}

int tpy_num_mpz_divmod(mpz_t q, mpz_t r, const mpz_t a, const mpz_t b,
                       tpy_num_error *err)
{
    if (mpz_sgn(b) == 0)
        return q == NULL ? fail_int_modulo(err) : fail_int_division(err);
    if (q != NULL && r != NULL)
        mpz_fdiv_qr(q, r, a, b);
    else if (q != NULL)
        mpz_fdiv_q(q, a, b);
    else if (r != NULL)
        mpz_fdiv_r(r, a, b);
    return TPY_NUM_OK;
}

int tpy_num_int64_bit_length(int64_t v)
{
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

size_t tpy_num_mpz_bit_length(const mpz_t v)
{
    return mpz_sgn(v) == 0 ? 0 : mpz_sizeinbase(v, 2);
}

static int fail_too_large(tpy_num_error *err)
{
    return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "integer division result too large for a float");
}

int tpy_num_mpz_truediv(const mpz_t a, const mpz_t b, double *out, tpy_num_error *err)
{
    if (mpz_sgn(b) == 0)
        return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "division by zero");
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    double v;
    int rc = tpy_num__ratio_to_double(num, den, 0, &v);
    mpz_clears(num, den, NULL);
    if (rc < 0)
        return fail_too_large(err);
    /* A zero quotient keeps the sign of the division: 0 / -5 is -0.0. */
    *out = negative ? -v : v;
    return TPY_NUM_OK;
}

int tpy_num_int64_truediv(int64_t a, int64_t b, double *out, tpy_num_error *err)
{
    if (b == 0)
        return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "division by zero");
    const int64_t exact = INT64_C(1) << 53;
    if (a >= -exact && a <= exact && b >= -exact && b <= exact) {
        /* Both convert exactly; one IEEE division rounds correctly. */
        *out = (double)a / (double)b;
        return TPY_NUM_OK;
    }
    mpz_t x, y;
    mpz_init_set_si(x, a);
    mpz_init_set_si(y, b);
    int rc = tpy_num_mpz_truediv(x, y, out, err);
    mpz_clears(x, y, NULL);
    return rc;
}

int tpy_num_mpz_to_double(const mpz_t v, double *out, tpy_num_error *err)
{
    mpz_t one;
    mpz_init_set_ui(one, 1);
    int rc = tpy_num__ratio_to_double(v, one, 0, out);
    mpz_clear(one);
    if (rc < 0)
        return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "int too large to convert to float");
    return TPY_NUM_OK;
}

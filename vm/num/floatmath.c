/*
 * Float arithmetic with CPython's rules: the modulus takes the divisor's
 * sign, floor division agrees with it exactly, signed zeros come out as
 * CPython's do, and pow's special cases are settled before libm is asked.
 */
#include "num_internal.h"

#include <math.h>

int tpy_num_double_div(double a, double b, double *out, tpy_num_error *err)
{
    if (b == 0.0)
        return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "float division by zero");
    *out = a / b;
    return TPY_NUM_OK;
}

/* The remainder with the divisor's sign; a zero remainder is a zero of
 * the divisor's sign. b is nonzero. */
static double python_mod(double a, double b)
{
    double mod = fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0))
            mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

/* divmod for nonzero b, so that q * b + r == a as nearly as floats allow
 * and q is integral. */
static void python_divmod(double a, double b, double *q, double *r)
{
    double mod = fmod(a, b);
    /* a - mod is (nearly) a multiple of b, so the division is nearly
     * exact; its rounding is mended below. */
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    *q = floordiv;
    *r = mod;
}

int tpy_num_double_floordiv(double a, double b, double *out, tpy_num_error *err)
{
    if (b == 0.0)
        return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "float floor division by zero");
    double r;
    python_divmod(a, b, out, &r);
    return TPY_NUM_OK;
}

int tpy_num_double_mod(double a, double b, double *out, tpy_num_error *err)
{
    if (b == 0.0)
        return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "float modulo");
    *out = python_mod(a, b);
    return TPY_NUM_OK;
}

int tpy_num_double_divmod(double a, double b, double *q, double *r,
                          tpy_num_error *err)
{
    if (b == 0.0)
        return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION, "float divmod()");
    python_divmod(a, b, q, r);
    return TPY_NUM_OK;
}

static bool is_odd_integer(double x)
{
    /* Doubles of 2**53 and beyond are all even. */
    return fabs(fmod(x, 2.0)) == 1.0;
}

/* (±inf) ** b: inf or 0, negative only for an odd integer b. */
static double pow_of_infinity(double a, double b)
{
    bool odd = is_odd_integer(b);
    if (b > 0)
        return odd ? a : fabs(a);
    return odd ? copysign(0.0, a) : 0.0;
}

/* a ** (±inf): what |a| against 1 decides. */
static double pow_to_infinity(double a, double b)
{
    double m = fabs(a);
    if (m == 1.0)
        return 1.0;
    return ((b > 0) == (m > 1.0)) ? HUGE_VAL : 0.0;
}

int tpy_num_double_pow(double a, double b, double *out, tpy_num_error *err)
{
    if (b == 0.0) { /* even nan ** 0 and 0 ** 0 */
        *out = 1.0;
        return TPY_NUM_OK;
    }
    if (isnan(a)) {
        *out = a;
        return TPY_NUM_OK;
    }
    if (isnan(b)) { /* 1 ** nan is 1 */
        *out = a == 1.0 ? 1.0 : b;
        return TPY_NUM_OK;
    }
    if (isinf(b)) {
        *out = pow_to_infinity(a, b);
        return TPY_NUM_OK;
    }
    if (isinf(a)) {
        *out = pow_of_infinity(a, b);
        return TPY_NUM_OK;
    }
    if (a == 0.0) {
        if (b < 0)
            return tpy_num__fail(err, TPY_NUM_ERR_ZERO_DIVISION,
                                 "0.0 cannot be raised to a negative power");
        *out = is_odd_integer(b) ? a : 0.0;
        return TPY_NUM_OK;
    }
    bool negate = false;
    if (a < 0) {
        if (b != floor(b))
            return TPY_NUM_COMPLEX;
        a = -a;
        negate = is_odd_integer(b);
    }
    /* 1 ** b is 1 for every b: libm need not see huge exponents of -1. */
    double r = a == 1.0 ? 1.0 : pow(a, b);
    if (isinf(r)) /* finite inputs: an overflow (underflow gives 0 quietly) */
        return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "(34, 'Numerical result out of range')");
    *out = negate ? -r : r;
    return TPY_NUM_OK;
}

bool tpy_num_double_is_integer(double x)
{
    return isfinite(x) && floor(x) == x;
}

int tpy_num_double_as_integer_ratio(double x, mpz_t num, mpz_t den, tpy_num_error *err)
{
    if (isinf(x))
        return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "cannot convert NaN to integer ratio");
    tpy_num__exact(num, den, x);
    /* In lowest terms: den is a power of two, so cancel common twos. */
    if (mpz_sgn(num) == 0) {
        mpz_set_ui(den, 1);
    } else {
        mp_bitcnt_t twos = mpz_scan1(num, 0);
        mp_bitcnt_t den_twos = mpz_scan1(den, 0);
        mp_bitcnt_t k = twos < den_twos ? twos : den_twos;
        mpz_fdiv_q_2exp(num, num, k);
        mpz_fdiv_q_2exp(den, den, k);
    }
    if (signbit(x))
        mpz_neg(num, num);
    return TPY_NUM_OK;
}

int tpy_num_double_to_int(double x, int64_t *word, mpz_t big, tpy_num_error *err)
{
    if (isnan(x))
        return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "cannot convert float NaN to integer");
    if (isinf(x))
        return tpy_num__fail(err, TPY_NUM_ERR_OVERFLOW, "cannot convert float infinity to integer");
    double t = trunc(x);
    /* [-2**63, 2**63) converts to a word; 2**63 itself does not. */
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) {
        *word = (int64_t)t;
        return TPY_NUM_OK;
    }
    mpz_set_d(big, t); /* t is integral: exact */
    return TPY_NUM_BIG;
}

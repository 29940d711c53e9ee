/*
 * The one way an exact value becomes a double: num / den * 2**e2, rounded
 * half to even, subnormals included. float(str), float.fromhex(), int ->
 * float, int / int and round() all end here, so all are correctly rounded.
 */
#include "num_internal.h"

#include <math.h>

/* Bits of a double's significand, and the exponent of its lowest
 * subnormal bit. */
#define MANT_BITS 53
#define MIN_UNIT_EXP (-1074)

/* Round q right by `drop` bits, half to even; `sticky` says whether
 * anything nonzero lies below q already. */
static void shift_round(mpz_t q, int64_t drop, bool sticky)
{
    size_t nq = mpz_sizeinbase(q, 2);
    if ((uint64_t)drop > nq) { /* all of q lies below half a unit */
        mpz_set_ui(q, 0);
        return;
    }
    bool half = mpz_tstbit(q, (mp_bitcnt_t)(drop - 1));
    bool below = sticky || mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1);
    mpz_fdiv_q_2exp(q, q, (mp_bitcnt_t)drop);
    if (half && (below || mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
}

int tpy_num__ratio_to_double(const mpz_t num, const mpz_t den, int64_t e2, double *out)
{
    int sign = mpz_sgn(num);
    if (sign == 0) {
        *out = 0.0;
        return 0;
    }
    mpz_t a, b, q, r;
    mpz_inits(a, b, q, r, NULL);
    mpz_abs(a, num);
    mpz_set(b, den);
    /* Scale so that the quotient has 55 or 56 bits: two more than the
     * significand, the rest of the value is told by the remainder. */
    int64_t shift = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2) - (MANT_BITS + 2);
    if (shift >= 0)
        mpz_mul_2exp(b, b, (mp_bitcnt_t)shift);
    else
        mpz_mul_2exp(a, a, (mp_bitcnt_t)-shift);
    mpz_fdiv_qr(q, r, a, b);
    int64_t qexp = shift + e2; /* value = (q + r/b) * 2**qexp */

    int64_t drop = (int64_t)mpz_sizeinbase(q, 2) - MANT_BITS;
    if (qexp + drop < MIN_UNIT_EXP) /* subnormal: fewer bits survive */
        drop = MIN_UNIT_EXP - qexp;
    shift_round(q, drop, mpz_sgn(r) != 0);
    qexp += drop;

    int rc = 0;
    double v;
    if (mpz_sgn(q) == 0) {
        v = 0.0;
    } else if ((int64_t)mpz_sizeinbase(q, 2) + qexp > 1024) {
        v = HUGE_VAL;
        rc = -1;
    } else {
        v = ldexp(mpz_get_d(q), (int)qexp); /* q < 2**54: exact */
    }
    *out = sign < 0 ? -v : v;
    mpz_clears(a, b, q, r, NULL);
    return rc;
}

int tpy_num__decimal_to_double(const mpz_t digits, int64_t exp10, double *out)
{
    mpz_t num, den;
    mpz_init_set(num, digits);
    mpz_init_set_ui(den, 1);
    if (exp10 >= 0) {
        mpz_ui_pow_ui(den, 10, (unsigned long)exp10);
        mpz_mul(num, num, den);
        mpz_set_ui(den, 1);
    } else {
        mpz_ui_pow_ui(den, 10, (unsigned long)-exp10);
    }
    int rc = tpy_num__ratio_to_double(num, den, 0, out);
    mpz_clears(num, den, NULL);
    return rc;
}

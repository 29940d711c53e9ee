/*
 * Exact decimal digits of a double, with GMP integers.
 *
 * A finite double is exactly m * 2**e (m < 2**53), so every question about
 * its decimal digits is a question about the rational m * 2**e * 10**n,
 * answered exactly with big integers: no rounding error can creep in, and
 * round-half-even applies to the true binary value, as CPython's dtoa does.
 *
 * Three questions are asked:
 *  - shortest: the fewest digits that read back as the same double
 *    (repr); the Steele & White / Burger & Dybvig digit generation;
 *  - fixed: rounded to n places after the point ('f', round());
 *  - significant: rounded to p significant digits ('e', 'g').
 */
#include "num_internal.h"

#include <math.h>
#include <string.h>

/* The fields of an IEEE double: value = m * 2**e. */
typedef struct binary64 {
    uint64_t m;
    int e;
    bool lower_closer; /* a power of two: the gap below is half the gap above */
} binary64;

static binary64 decompose(double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7FF);
    binary64 b;
    if (biased == 0) { /* subnormal: no hidden bit, the lowest exponent */
        b.m = frac;
        b.e = -1074;
        b.lower_closer = false;
    } else {
        b.m = frac | (UINT64_C(1) << 52);
        b.e = biased - 1075;
        b.lower_closer = frac == 0 && biased > 1;
    }
    return b;
}

static void mpz_set_u64(mpz_t z, uint64_t v)
{
    mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
}

void tpy_num__exact(mpz_t num, mpz_t den, double x)
{
    binary64 b = decompose(x);
    mpz_set_u64(num, b.m);
    mpz_set_ui(den, 1);
    if (b.e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)b.e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-b.e);
}

/* num * 10**n (n >= 0) in place. */
static void mul_pow10(mpz_t z, int64_t n)
{
    if (n <= 0)
        return;
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)n);
    mpz_mul(z, z, p);
    mpz_clear(p);
}

/* A first guess at floor(log10(|x|)) for finite nonzero x; off by at most
 * one, which the callers correct exactly. */
static int64_t log10_estimate(double x)
{
    return (int64_t)floor(log10(fabs(x)));
}

/* Whether |x| = num/den is below 10**k. */
static bool below_pow10(const mpz_t num, const mpz_t den, int64_t k)
{
    mpz_t a, b;
    mpz_init_set(a, num);
    mpz_init_set(b, den);
    if (k >= 0)
        mul_pow10(b, k);
    else
        mul_pow10(a, -k);
    bool below = mpz_cmp(a, b) < 0;
    mpz_clear(a);
    mpz_clear(b);
    return below;
}

/* floor(log10(|x|)) exactly, for finite nonzero x. */
static int64_t decimal_exponent(const mpz_t num, const mpz_t den, double x)
{
    int64_t k = log10_estimate(x);
    while (below_pow10(num, den, k))
        k--;
    while (!below_pow10(num, den, k + 1))
        k++;
    return k;
}

/* out = num * 10**n / den rounded half to even (n of any sign). */
static void round_scaled(mpz_t out, const mpz_t num, const mpz_t den, int64_t n)
{
    mpz_t a, b, r;
    mpz_init_set(a, num);
    mpz_init_set(b, den);
    mpz_init(r);
    if (n >= 0)
        mul_pow10(a, n);
    else
        mul_pow10(b, -n);
    mpz_fdiv_qr(out, r, a, b);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, b);
    if (c > 0 || (c == 0 && mpz_odd_p(out)))
        mpz_add_ui(out, out, 1);
    mpz_clear(a);
    mpz_clear(b);
    mpz_clear(r);
}

static int set_zero(tpy_num__digits *d)
{
    d->text.len = 0;
    d->decpt = 1;
    return tpy_num_buf_putc(&d->text, '0');
}

/* Store N * 10**-n as digits: decpt = len(N) - n, trailing zeros dropped. */
static int set_from_scaled(tpy_num__digits *d, const mpz_t N, int64_t n)
{
    if (mpz_sgn(N) == 0)
        return set_zero(d);
    size_t size = mpz_sizeinbase(N, 10) + 2;
    d->text.len = 0;
    if (tpy_num_buf_reserve(&d->text, size) < 0)
        return -1;
    mpz_get_str(d->text.data, 10, N);
    size_t len = strlen(d->text.data);
    d->decpt = (int64_t)len - n;
    while (len > 1 && d->text.data[len - 1] == '0')
        len--;
    d->text.len = len;
    d->text.data[len] = '\0';
    return 0;
}

void tpy_num__digits_free(tpy_num__digits *d)
{
    tpy_num_buf_free(&d->text);
}

/* Digits of a double never run past 10**-1074, and no double reaches
 * 10**309: beyond these, more places change nothing but the zero padding,
 * which the layout adds. The clamps keep huge precisions cheap. */
#define PLACES_EXACT 1075
#define PLACES_NONE (-400)
#define SIGNIFICANT_EXACT 800

int tpy_num__digits_fixed(tpy_num__digits *d, double x, int64_t ndigits)
{
    if (x == 0)
        return set_zero(d);
    if (ndigits > PLACES_EXACT)
        ndigits = PLACES_EXACT;
    if (ndigits < PLACES_NONE)
        ndigits = PLACES_NONE;
    mpz_t num, den, N;
    mpz_inits(num, den, N, NULL);
    tpy_num__exact(num, den, x);
    round_scaled(N, num, den, ndigits);
    int rc = set_from_scaled(d, N, ndigits);
    mpz_clears(num, den, N, NULL);
    return rc;
}

int tpy_num__digits_significant(tpy_num__digits *d, double x, int64_t sig)
{
    if (x == 0)
        return set_zero(d);
    if (sig > SIGNIFICANT_EXACT)
        sig = SIGNIFICANT_EXACT;
    mpz_t num, den, N;
    mpz_inits(num, den, N, NULL);
    tpy_num__exact(num, den, x);
    /* Scale so that the first digit lands in the units place of a
     * sig-digit integer; rounding up may give 10**sig, which is fine:
     * its digits are "1" and decpt counts the extra place. */
    int64_t n = sig - 1 - decimal_exponent(num, den, x);
    round_scaled(N, num, den, n);
    int rc = set_from_scaled(d, N, n);
    mpz_clears(num, den, N, NULL);
    return rc;
}

/*
 * The state of the shortest-digits generation: x = r / s * 10**k, and the
 * rounding interval of x reaches mminus / s below and mplus / s above it
 * (in the same scale). Each step moves one decimal place.
 */
typedef struct shortest_state {
    mpz_t r, s, mplus, mminus, t;
    bool even; /* mantissa even: the interval's ends read back as x */
} shortest_state;

static void shortest_init(shortest_state *st, double x, int64_t *k)
{
    binary64 b = decompose(x);
    mpz_inits(st->r, st->s, st->mplus, st->mminus, st->t, NULL);
    st->even = (b.m & 1) == 0;
    /* Work in units of half the smaller gap so that every bound is whole. */
    unsigned scale = b.lower_closer ? 4 : 2;
    mpz_set_u64(st->r, b.m);
    mpz_mul_ui(st->r, st->r, scale);
    mpz_set_ui(st->s, scale);
    mpz_set_ui(st->mplus, b.lower_closer ? 2 : 1);
    mpz_set_ui(st->mminus, 1);
    if (b.e >= 0) {
        mpz_mul_2exp(st->r, st->r, (mp_bitcnt_t)b.e);
        mpz_mul_2exp(st->mplus, st->mplus, (mp_bitcnt_t)b.e);
        mpz_mul_2exp(st->mminus, st->mminus, (mp_bitcnt_t)b.e);
    } else {
        mpz_mul_2exp(st->s, st->s, (mp_bitcnt_t)-b.e);
    }
    /* Bring x / 10**k into [0.1, 1): the first digit generated is then
     * the leading digit. */
    *k = log10_estimate(x) + 1;
    if (*k >= 0) {
        mul_pow10(st->s, *k);
    } else {
        mul_pow10(st->r, -*k);
        mul_pow10(st->mplus, -*k);
        mul_pow10(st->mminus, -*k);
    }
    while (mpz_cmp(st->r, st->s) >= 0) {
        mpz_mul_ui(st->s, st->s, 10);
        (*k)++;
    }
    for (;;) {
        mpz_mul_ui(st->t, st->r, 10);
        if (mpz_cmp(st->t, st->s) >= 0)
            break;
        mpz_swap(st->r, st->t);
        mpz_mul_ui(st->mplus, st->mplus, 10);
        mpz_mul_ui(st->mminus, st->mminus, 10);
        (*k)--;
    }
}

static void shortest_clear(shortest_state *st)
{
    mpz_clears(st->r, st->s, st->mplus, st->mminus, st->t, NULL);
}

/* Add one to the last digit of text[0..len), carrying leftward. Returns
 * true when the carry runs off the front (all nines). */
static bool increment_digits(char *text, size_t len)
{
    for (size_t i = len; i-- > 0;) {
        if (text[i] != '9') {
            text[i]++;
            return false;
        }
        text[i] = '0';
    }
    return true;
}

/*
 * One step: the next digit, and whether stopping here (with that digit or
 * the one above) already reads back as x. Returns the digit to emit and
 * sets *done; *round_up when the emitted digit is one more than the
 * truncated digit.
 */
static unsigned shortest_step(shortest_state *st, bool *done, bool *round_up)
{
    mpz_mul_ui(st->r, st->r, 10);
    mpz_mul_ui(st->mplus, st->mplus, 10);
    mpz_mul_ui(st->mminus, st->mminus, 10);
    mpz_fdiv_qr(st->t, st->r, st->r, st->s);
    unsigned digit = (unsigned)mpz_get_ui(st->t);

    int c_low = mpz_cmp(st->r, st->mminus);
    bool low_ok = c_low < 0 || (st->even && c_low == 0);
    mpz_add(st->t, st->r, st->mplus);
    int c_high = mpz_cmp(st->t, st->s);
    bool high_ok = c_high > 0 || (st->even && c_high == 0);

    *done = low_ok || high_ok;
    *round_up = false;
    if (high_ok && !low_ok) {
        *round_up = true;
    } else if (high_ok && low_ok) {
        /* Both neighbours read back as x: take the nearer, ties to even. */
        mpz_mul_2exp(st->t, st->r, 1);
        int c = mpz_cmp(st->t, st->s);
        *round_up = c > 0 || (c == 0 && (digit & 1));
    }
    return digit;
}

int tpy_num__digits_shortest(tpy_num__digits *d, double x)
{
    if (x == 0)
        return set_zero(d);
    shortest_state st;
    int64_t k;
    shortest_init(&st, x, &k);
    char text[24];
    size_t len = 0;
    bool done = false;
    while (!done && len < 17) {
        bool up;
        unsigned digit = shortest_step(&st, &done, &up);
        text[len++] = (char)('0' + digit);
        if (up && increment_digits(text, len)) {
            /* 9...9 rounded up to 10...0: one digit, one place higher. */
            text[0] = '1';
            len = 1;
            k++;
        }
    }
    shortest_clear(&st);
    while (len > 1 && text[len - 1] == '0')
        len--;
    d->text.len = 0;
    d->decpt = k;
    return tpy_num_buf_append(&d->text, text, len);
}

/*
 * CPython's numeric hash: a number's hash is its value modulo the
 * Mersenne prime P = 2**61 - 1, so that equal ints, floats and fractions
 * hash alike; hash(-x) = -hash(x), and -1 (the C API's error value)
 * becomes -2. Plus the tuple hash, CPython 3.8's combination of item
 * hashes after xxHash's 64-bit round.
 */
#include "num_internal.h"

#include <math.h>
#include <string.h>

_Static_assert(sizeof(long) == sizeof(int64_t), "vm/num assumes 64-bit long (LP64)");

#define HASH_BITS 61
#define MODULUS ((UINT64_C(1) << HASH_BITS) - 1)

static int64_t finish(uint64_t magnitude, bool negative)
{
    int64_t h = (int64_t)magnitude; /* < 2**61: no overflow either way */
    if (negative)
        h = -h;
    return h == -1 ? -2 : h;
}

int64_t tpy_num_hash_int64(int64_t v)
{
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return finish(m % MODULUS, v < 0);
}

int64_t tpy_num_hash_mpz(const mpz_t v)
{
    /* tdiv_ui gives |v| mod P whatever the sign of v. */
    uint64_t m = mpz_tdiv_ui(v, MODULUS);
    return finish(m, mpz_sgn(v) < 0);
}

/* m * 2**e mod P. Since 2**61 = 1 (mod P), multiplying by 2**e is a
 * rotation of the 61-bit residue by e mod 61 places. */
static uint64_t times_pow2(uint64_t m, int e)
{
    int r = e % HASH_BITS;
    if (r < 0)
        r += HASH_BITS;
    if (r == 0)
        return m;
    return ((m << r) & MODULUS) | (m >> (HASH_BITS - r));
}

int64_t tpy_num_hash_double(double x)
{
    if (isnan(x))
        return 0;
    if (isinf(x))
        return x > 0 ? TPY_NUM_HASH_INF : -TPY_NUM_HASH_INF;
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t m = biased == 0 ? frac : frac | (UINT64_C(1) << 52);
    int e = biased == 0 ? -1074 : biased - 1075;
    /* m < 2**53 < P: m is its own residue. */
    return finish(times_pow2(m, e), signbit(x) != 0);
}

/* xxHash64's primes and round, as CPython's tuplehash uses them. */
#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)

static uint64_t rotl31(uint64_t x)
{
    return (x << 31) | (x >> 33);
}

int64_t tpy_num_hash_tuple(const int64_t *hashes, size_t n)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        acc += (uint64_t)hashes[i] * XXPRIME_2;
        acc = rotl31(acc);
        acc *= XXPRIME_1;
    }
    /* The length goes in last, mixed with a constant so that () does not
     * hash to a small number. */
    acc += (uint64_t)n ^ (XXPRIME_5 ^ UINT64_C(3527539));
    if (acc == UINT64_MAX)
        return 1546275796;
    return (int64_t)acc;
}

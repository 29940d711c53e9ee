/*
 * Floats against CPython 3.11: repr(), float.hex(), hash(), is_integer(),
 * as_integer_ratio(), int(), round().
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vec.h"

/* An mpz result as text, the way the vectors write ints. */
static size_t mpz_text(char *out, size_t size, const mpz_t z)
{
    if (mpz_sizeinbase(z, 10) + 2 > size)
        return 0;
    mpz_get_str(out, 10, z);
    return strlen(out);
}

Test(vm_num_floats, repr_is_the_shortest_round_trip_string_laid_out_as_cpython)
{
    vec_file f;
    vec_open(&f, "repr.vec");
    vec_row r;
    while (vec_next(&f, &r)) {
        char out[TPY_NUM_REPR_MAX];
        size_t n = tpy_num_double_repr(vec_double(r.f[0]), out);
        char what[64];
        snprintf(what, sizeof what, "repr(%s)", r.f[0]);
        /* repr never fails: the expected field is the bare text */
        char expected[64];
        snprintf(expected, sizeof expected, "=%s", r.f[1]);
        vec_check(&f, &r, expected, TPY_NUM_OK, NULL, out, n, what);
    }
    vec_finish(&f);
}

static void check_misc(vec_file *f, const vec_row *r, double x)
{
    char what[64], expected[128], got[4096];
    /* hex() */
    char hex[TPY_NUM_HEX_MAX];
    size_t n = tpy_num_double_hex(x, hex);
    snprintf(what, sizeof what, "float.hex(%s)", r->f[0]);
    snprintf(expected, sizeof expected, "=%s", r->f[1]);
    vec_check(f, r, expected, TPY_NUM_OK, NULL, hex, n, what);
    /* hash(): NaN hashes by identity, the caller's business */
    if (!isnan(x)) {
        n = (size_t)snprintf(got, sizeof got, "%lld", (long long)tpy_num_hash_double(x));
        snprintf(what, sizeof what, "hash(%s)", r->f[0]);
        snprintf(expected, sizeof expected, "=%s", r->f[2]);
        vec_check(f, r, expected, TPY_NUM_OK, NULL, got, n, what);
    }
    /* is_integer() */
    snprintf(what, sizeof what, "is_integer(%s)", r->f[0]);
    snprintf(expected, sizeof expected, "=%s", r->f[3]);
    vec_check(f, r, expected, TPY_NUM_OK, NULL, tpy_num_double_is_integer(x) ? "1" : "0", 1, what);
    /* as_integer_ratio() */
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    mpz_t num, den, big;
    mpz_inits(num, den, big, NULL);
    int rc = tpy_num_double_as_integer_ratio(x, num, den, &err);
    n = 0;
    if (rc == TPY_NUM_OK) {
        n = mpz_text(got, sizeof got, num);
        got[n++] = '/';
        n += mpz_text(got + n, sizeof got - n, den);
    }
    snprintf(what, sizeof what, "as_integer_ratio(%s)", r->f[0]);
    vec_check(f, r, r->f[4], rc, &err, got, n, what);
    /* int() and round() */
    for (int k = 0; k < 2; k++) {
        int64_t word = 0;
        rc = k == 0 ? tpy_num_double_to_int(x, &word, big, &err)
                    : tpy_num_double_round_to_int(x, &word, big, &err);
        if (rc == TPY_NUM_OK)
            n = (size_t)snprintf(got, sizeof got, "%lld", (long long)word);
        else if (rc == TPY_NUM_BIG)
            n = mpz_text(got, sizeof got, big);
        snprintf(what, sizeof what, "%s(%s)", k == 0 ? "int" : "round", r->f[0]);
        vec_check(f, r, r->f[5 + k], rc, &err, got, n, what);
    }
    mpz_clears(num, den, big, NULL);
    tpy_num_error_clear(&err);
}

Test(vm_num_floats, hex_hash_ratio_and_integer_conversions_match_cpython)
{
    vec_file f;
    vec_open(&f, "float_misc.vec");
    vec_row r;
    while (vec_next(&f, &r))
        check_misc(&f, &r, vec_double(r.f[0]));
    vec_finish(&f);
}

Test(vm_num_floats, round_with_ndigits_is_correctly_rounded_as_cpython)
{
    vec_file f;
    vec_open(&f, "round.vec");
    vec_row r;
    while (vec_next(&f, &r)) {
        tpy_num_error err = TPY_NUM_ERROR_INIT;
        double out = 0;
        int rc = tpy_num_double_round(vec_double(r.f[0]), strtoll(r.f[1], NULL, 10), &out, &err);
        char got[17], what[64];
        vec_bits(out, got);
        snprintf(what, sizeof what, "round(%s, %s)", r.f[0], r.f[1]);
        /* NaN payloads differ between libms; any NaN is CPython's NaN. */
        if (rc == TPY_NUM_OK && isnan(out) && r.f[2][0] == '=' && isnan(vec_double(r.f[2] + 1)))
            vec_bits(vec_double(r.f[2] + 1), got);
        vec_check(&f, &r, r.f[2], rc, &err, got, 16, what);
        tpy_num_error_clear(&err);
    }
    vec_finish(&f);
}

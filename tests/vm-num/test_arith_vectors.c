/*
 * Hashes and arithmetic against CPython 3.11: numeric and tuple hashes,
 * int operations on words (with the GMP fallback) and on big ints, float
 * division, modulo, divmod and pow.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

Test(vm_num_arith, numeric_and_tuple_hashes_match_cpython)
{
    vec_file f;
    vec_open(&f, "hash.vec");
    vec_row r;
    mpz_t v;
    mpz_init(v);
    while (vec_next(&f, &r)) {
        char got[32], expected[40], what[128];
        snprintf(expected, sizeof expected, "=%s", r.f[2]);
        if (r.f[0][0] == 'i') {
            vec_mpz(v, r.f[1]);
            snprintf(what, sizeof what, "hash(%.60s)", r.f[1]);
            size_t n = (size_t)snprintf(got, sizeof got, "%lld", (long long)tpy_num_hash_mpz(v));
            vec_check(&f, &r, expected, TPY_NUM_OK, NULL, got, n, what);
            int64_t w;
            if (vec_word(v, &w)) {
                n = (size_t)snprintf(got, sizeof got, "%lld", (long long)tpy_num_hash_int64(w));
                vec_check(&f, &r, expected, TPY_NUM_OK, NULL, got, n, what);
            }
        } else {
            int64_t hashes[16];
            size_t count = 0;
            for (char *p = r.f[1]; *p && count < 16; p++) {
                hashes[count++] = strtoll(p, &p, 10);
                if (*p == '\0')
                    break;
            }
            snprintf(what, sizeof what, "hash(tuple of hashes %.60s)", r.f[1]);
            size_t n = (size_t)snprintf(got, sizeof got, "%lld",
                                        (long long)tpy_num_hash_tuple(hashes, count));
            vec_check(&f, &r, expected, TPY_NUM_OK, NULL, got, n, what);
        }
    }
    mpz_clear(v);
    vec_finish(&f);
}

/* The GMP version of the word operations, the fallback a VM would take. */
static int big_binary(const char *op, mpz_t out, const mpz_t a, const mpz_t b, tpy_num_error *err)
{
    if (strcmp(op, "+") == 0)
        mpz_add(out, a, b);
    else if (strcmp(op, "-") == 0)
        mpz_sub(out, a, b);
    else if (strcmp(op, "*") == 0)
        mpz_mul(out, a, b);
    else if (strcmp(op, "//") == 0)
        return tpy_num_mpz_divmod(out, NULL, a, b, err);
    else if (strcmp(op, "%") == 0)
        return tpy_num_mpz_divmod(NULL, out, a, b, err);
    else if (strcmp(op, "pow") == 0)
        mpz_pow_ui(out, a, mpz_get_ui(b));
    else if (strcmp(op, "round") == 0)
        tpy_num_mpz_round(out, a, mpz_get_si(b));
    else if (strcmp(op, "neg") == 0)
        mpz_neg(out, a);
    else if (strcmp(op, "bitlen") == 0)
        mpz_set_ui(out, tpy_num_mpz_bit_length(a));
    return TPY_NUM_OK;
}

/* The word version: TPY_NUM_BIG sends it to big_binary, as a VM would. */
static int word_binary(const char *op, int64_t a, int64_t b, int64_t *out, tpy_num_error *err)
{
    if (strcmp(op, "+") == 0)
        return tpy_num_int64_add(a, b, out);
    if (strcmp(op, "-") == 0)
        return tpy_num_int64_sub(a, b, out);
    if (strcmp(op, "*") == 0)
        return tpy_num_int64_mul(a, b, out);
    if (strcmp(op, "//") == 0)
        return tpy_num_int64_floordiv(a, b, out, err);
    if (strcmp(op, "%") == 0)
        return tpy_num_int64_mod(a, b, out, err);
    if (strcmp(op, "pow") == 0)
        return tpy_num_int64_pow(a, b, out);
    if (strcmp(op, "round") == 0)
        return tpy_num_int64_round(a, b, out);
    if (strcmp(op, "neg") == 0)
        return tpy_num_int64_neg(a, out);
    *out = tpy_num_int64_bit_length(a);
    return TPY_NUM_OK;
}

static void check_int_op(vec_file *f, const vec_row *r, const mpz_t a, const mpz_t b)
{
    const char *op = r->f[0];
    char what[200];
    snprintf(what, sizeof what, "%s(%.50s, %.50s)", op, r->f[1], r->f[2]);
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    int rc;
    if (strcmp(op, "truediv") == 0 || strcmp(op, "float") == 0) {
        double out = 0;
        int64_t wa, wb;
        if (strcmp(op, "float") == 0)
            rc = tpy_num_mpz_to_double(a, &out, &err);
        else if (vec_word(a, &wa) && vec_word(b, &wb))
            rc = tpy_num_int64_truediv(wa, wb, &out, &err);
        else
            rc = tpy_num_mpz_truediv(a, b, &out, &err);
        char got[17];
        vec_bits(out, got);
        vec_check(f, r, r->f[3], rc, &err, got, 16, what);
    } else {
        int64_t wa, wb, w = 0;
        rc = TPY_NUM_BIG;
        if (vec_word(a, &wa) && vec_word(b, &wb))
            rc = word_binary(op, wa, wb, &w, &err);
        mpz_t out;
        mpz_init(out);
        if (rc == TPY_NUM_NEG_EXPONENT) {
            tpy_num_buf_puts(&text, "negexp");
            rc = TPY_NUM_OK;
        } else if (rc == TPY_NUM_OK) {
            tpy_num_int64_to_text(&text, w, 10, false);
        } else if (rc == TPY_NUM_BIG) {
            rc = big_binary(op, out, a, b, &err);
            if (rc == TPY_NUM_OK)
                tpy_num_mpz_to_text(&text, out, 10, false, 0, NULL);
        }
        mpz_clear(out);
        vec_check(f, r, r->f[3], rc, &err, text.data ? text.data : "", text.len, what);
    }
    tpy_num_buf_free(&text);
    tpy_num_error_clear(&err);
}

Test(vm_num_arith, int_operations_with_word_fast_path_and_gmp_fallback_match_cpython)
{
    vec_file f;
    vec_open(&f, "int_arith.vec");
    vec_row r;
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    while (vec_next(&f, &r)) {
        vec_mpz(a, r.f[1]);
        vec_mpz(b, r.f[2]);
        check_int_op(&f, &r, a, b);
    }
    mpz_clears(a, b, NULL);
    vec_finish(&f);
}

static int float_op(const char *op, double a, double b, char *got, tpy_num_error *err)
{
    double q = 0, m = 0;
    int rc;
    if (strcmp(op, "divmod") == 0) {
        rc = tpy_num_double_divmod(a, b, &q, &m, err);
        char qb[17], mb[17];
        vec_bits(q, qb);
        vec_bits(m, mb);
        snprintf(got, 40, "%s,%s", qb, mb);
        return rc;
    }
    if (strcmp(op, "/") == 0)
        rc = tpy_num_double_div(a, b, &q, err);
    else if (strcmp(op, "//") == 0)
        rc = tpy_num_double_floordiv(a, b, &q, err);
    else if (strcmp(op, "%") == 0)
        rc = tpy_num_double_mod(a, b, &q, err);
    else
        rc = tpy_num_double_pow(a, b, &q, err);
    if (rc == TPY_NUM_COMPLEX) {
        strcpy(got, "complex");
        return TPY_NUM_OK;
    }
    vec_bits(q, got);
    return rc;
}

Test(vm_num_arith, float_division_modulo_divmod_and_pow_match_cpython)
{
    vec_file f;
    vec_open(&f, "float_arith.vec");
    vec_row r;
    while (vec_next(&f, &r)) {
        tpy_num_error err = TPY_NUM_ERROR_INIT;
        char got[48], what[96];
        double a = vec_double(r.f[1]), b = vec_double(r.f[2]);
        int rc = float_op(r.f[0], a, b, got, &err);
        /* any NaN is CPython's NaN: payloads are libm's business */
        if (rc == TPY_NUM_OK && strlen(got) == 16 && isnan(vec_double(got)) &&
            r.f[3][0] == '=' && strlen(r.f[3]) == 17 && isnan(vec_double(r.f[3] + 1)))
            strcpy(got, r.f[3] + 1);
        snprintf(what, sizeof what, "%s %s %s", r.f[1], r.f[0], r.f[2]);
        vec_check(&f, &r, r.f[3], rc, &err, got, strlen(got), what);
        tpy_num_error_clear(&err);
    }
    vec_finish(&f);
}

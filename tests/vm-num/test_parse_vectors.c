/*
 * Text to numbers and back against CPython 3.11: float(), float.fromhex(),
 * int(s, base), str()/bin()/oct()/hex() of ints.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

/* Any NaN matches a NaN: the payload is not part of the contract. */
static void bits_of_result(char got[17], double out, const char *expected)
{
    vec_bits(out, got);
    if (isnan(out) && expected[0] == '=' && isnan(vec_double(expected + 1)) &&
        signbit(out) == signbit(vec_double(expected + 1)))
        memcpy(got, expected + 1, 16);
}

Test(vm_num_parse, float_of_str_matches_cpython)
{
    vec_file f;
    vec_open(&f, "float_parse.vec");
    vec_row r;
    while (vec_next(&f, &r)) {
        tpy_num_error err = TPY_NUM_ERROR_INIT;
        double out = 0;
        int rc = tpy_num_double_parse(r.f[0], r.len[0], &out, &err);
        char got[17];
        bits_of_result(got, out, r.f[1]);
        char what[128];
        snprintf(what, sizeof what, "float('%.100s')", r.f[0]);
        vec_check(&f, &r, r.f[1], rc, &err, got, 16, what);
        tpy_num_error_clear(&err);
    }
    vec_finish(&f);
}

Test(vm_num_parse, float_fromhex_matches_cpython)
{
    vec_file f;
    vec_open(&f, "fromhex.vec");
    vec_row r;
    while (vec_next(&f, &r)) {
        tpy_num_error err = TPY_NUM_ERROR_INIT;
        double out = 0;
        int rc = tpy_num_double_fromhex(r.f[0], r.len[0], &out, &err);
        char got[17];
        bits_of_result(got, out, r.f[1]);
        char what[128];
        snprintf(what, sizeof what, "float.fromhex('%.100s')", r.f[0]);
        vec_check(&f, &r, r.f[1], rc, &err, got, 16, what);
        tpy_num_error_clear(&err);
    }
    vec_finish(&f);
}

Test(vm_num_parse, int_of_str_matches_cpython)
{
    vec_file f;
    vec_open(&f, "int_parse.vec");
    vec_row r;
    mpz_t big;
    mpz_init(big);
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    while (vec_next(&f, &r)) {
        tpy_num_error err = TPY_NUM_ERROR_INIT;
        int64_t word = 0;
        int base = atoi(r.f[1]), limit = atoi(r.f[2]);
        int rc = tpy_num_int_parse(r.f[0], r.len[0], base, limit, &word, big, &err);
        text.len = 0;
        if (rc == TPY_NUM_OK)
            tpy_num_int64_to_text(&text, word, 10, false);
        else if (rc == TPY_NUM_BIG)
            tpy_num_mpz_to_text(&text, big, 10, false, 0, NULL);
        char what[160];
        snprintf(what, sizeof what, "int('%.100s', %d) limit %d", r.f[0], base, limit);
        vec_check(&f, &r, r.f[3], rc, &err, text.data, text.len, what);
        /* A word answer must be a word, a big one must not fit a word. */
        if (rc == TPY_NUM_BIG)
            cr_expect(!mpz_fits_slong_p(big), "%s: a word result came back as TPY_NUM_BIG", what);
        tpy_num_error_clear(&err);
    }
    tpy_num_buf_free(&text);
    mpz_clear(big);
    vec_finish(&f);
}

Test(vm_num_parse, int_to_text_in_bases_2_8_10_16_matches_cpython)
{
    vec_file f;
    vec_open(&f, "int_text.vec");
    vec_row r;
    mpz_t v;
    mpz_init(v);
    tpy_num_buf text = TPY_NUM_BUF_INIT;
    static const int bases[] = {10, 2, 8, 16};
    while (vec_next(&f, &r)) {
        vec_mpz(v, r.f[0]);
        int limit = atoi(r.f[1]);
        int64_t word;
        bool is_word = vec_word(v, &word);
        for (int k = 0; k < 4; k++) {
            char what[96], expected[8];
            snprintf(what, sizeof what, "base %d of %.60s (limit %d)", bases[k], r.f[0], limit);
            const char *exp = r.f[2 + k];
            if (k > 0) { /* bin, oct, hex never fail: bare text */
                text.len = 0;
                tpy_num_buf_putc(&text, '=');
                tpy_num_buf_append(&text, r.f[2 + k], r.len[2 + k]);
                exp = NULL;
            }
            tpy_num_buf want = TPY_NUM_BUF_INIT;
            tpy_num_buf_puts(&want, exp != NULL ? exp : text.data);
            tpy_num_error err = TPY_NUM_ERROR_INIT;
            text.len = 0;
            int rc = tpy_num_mpz_to_text(&text, v, bases[k], k > 0, limit, &err);
            vec_check(&f, &r, want.data, rc, &err, text.data, text.len, what);
            if (is_word) {
                text.len = 0;
                tpy_num_int64_to_text(&text, word, bases[k], k > 0);
                snprintf(expected, sizeof expected, "word");
                vec_check(&f, &r, want.data, TPY_NUM_OK, NULL, text.data, text.len, expected);
            }
            tpy_num_buf_free(&want);
            tpy_num_error_clear(&err);
        }
    }
    tpy_num_buf_free(&text);
    mpz_clear(v);
    vec_finish(&f);
}

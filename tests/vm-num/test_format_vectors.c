/*
 * format() and %-formatting against CPython 3.11, error messages included.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

/* format(value, spec) for one record; the value's kind is row field 0. */
static int format_record(const vec_row *r, tpy_num_buf *out, tpy_num_error *err,
                         bool use_word)
{
    tpy_num_spec spec;
    char kind = r->f[0][0];
    char align = kind == 's' ? '<' : '>';
    uint32_t type = kind == 'i' ? 'd' : kind == 's' ? 's' : 0;
    const char *type_name = kind == 'i' ? "int" : kind == 's' ? "str" : "float";
    if (tpy_num_spec_parse(r->f[2], r->len[2], align, type, type_name, &spec, err) < 0)
        return TPY_NUM_FAIL;
    if (kind == 's')
        return tpy_num_format_str(out, r->f[1], r->len[1], &spec, type_name, err);
    if (kind == 'f')
        return tpy_num_format_double(out, vec_double(r->f[1]), &spec, type_name, err);
    mpz_t v;
    mpz_init(v);
    vec_mpz(v, r->f[1]);
    int64_t word;
    int rc = use_word && vec_word(v, &word)
                 ? tpy_num_format_int64(out, word, &spec, type_name, err)
                 : tpy_num_format_mpz(out, v, &spec, type_name, TPY_NUM_MAX_STR_DIGITS, err);
    mpz_clear(v);
    return rc;
}

Test(vm_num_format, format_spec_mini_language_matches_cpython)
{
    vec_file f;
    vec_open(&f, "format.vec");
    vec_row r;
    tpy_num_buf out = TPY_NUM_BUF_INIT;
    while (vec_next(&f, &r)) {
        /* ints go through both the word and the GMP formatter */
        for (int pass = 0; pass < (r.f[0][0] == 'i' ? 2 : 1); pass++) {
            tpy_num_error err = TPY_NUM_ERROR_INIT;
            out.len = 0;
            int rc = format_record(&r, &out, &err, pass == 0);
            char what[160];
            snprintf(what, sizeof what, "format(%c %.60s, '%.40s')%s", r.f[0][0], r.f[1], r.f[2],
                     pass ? " via GMP" : "");
            vec_check_n(&f, &r, r.f[3], r.len[3], rc, &err, out.data ? out.data : "", out.len, what);
            tpy_num_error_clear(&err);
        }
    }
    tpy_num_buf_free(&out);
    vec_finish(&f);
}

static bool is_int_conversion(uint32_t c)
{
    return c != 0 && strchr("diuxXo", (int)c) != NULL;
}

/* ('%' + spec) % value for one record. */
static int pct_record(const vec_row *r, tpy_num_buf *out, tpy_num_error *err, bool use_word)
{
    tpy_num_pct_spec spec;
    char kind = r->f[0][0];
    bool star = r->f[0][1] == '*';
    const char *text = star ? "*.*f" : r->f[2];
    size_t n = star ? 4 : r->len[2], pos = 0;
    if (tpy_num_pct_parse(text, n, &pos, &spec, err) < 0)
        return TPY_NUM_FAIL;
    cr_assert_eq(pos, n, "the conversion ends the spec in '%s'", text);
    if (star) {
        long w, p;
        sscanf(r->f[2], "%ld,%ld", &w, &p);
        tpy_num_pct_set_star(&spec, true, w);
        tpy_num_pct_set_star(&spec, false, p);
    }
    if (kind == 'f')
        return tpy_num_pct_double(out, vec_double(r->f[1]), &spec, err);
    cr_assert(is_int_conversion(spec.conversion));
    mpz_t v;
    mpz_init(v);
    vec_mpz(v, r->f[1]);
    int64_t word;
    int rc = use_word && vec_word(v, &word)
                 ? tpy_num_pct_int64(out, word, &spec, err)
                 : tpy_num_pct_mpz(out, v, &spec, TPY_NUM_MAX_STR_DIGITS, err);
    mpz_clear(v);
    return rc;
}

Test(vm_num_format, percent_formatting_matches_cpython)
{
    vec_file f;
    vec_open(&f, "pct.vec");
    vec_row r;
    tpy_num_buf out = TPY_NUM_BUF_INIT;
    while (vec_next(&f, &r)) {
        if (r.f[0][0] == 'i' && strchr(r.f[2], '*') != NULL)
            continue; /* '*' takes its value from the argument tuple: the VM's part */
        for (int pass = 0; pass < (r.f[0][0] == 'i' ? 2 : 1); pass++) {
            tpy_num_error err = TPY_NUM_ERROR_INIT;
            out.len = 0;
            int rc = pct_record(&r, &out, &err, pass == 0);
            char what[160];
            snprintf(what, sizeof what, "'%%%.40s' %% %c %.60s%s", r.f[2], r.f[0][0], r.f[1],
                     pass ? " via GMP" : "");
            vec_check_n(&f, &r, r.f[3], r.len[3], rc, &err, out.data ? out.data : "", out.len, what);
            tpy_num_error_clear(&err);
        }
    }
    tpy_num_buf_free(&out);
    vec_finish(&f);
}

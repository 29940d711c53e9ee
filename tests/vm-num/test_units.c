/*
 * vm/num by example: the behaviours worth stating one by one. The vector
 * tests cover the same ground by the thousand.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "num.h"

static const char *repr(double x)
{
    static char out[TPY_NUM_REPR_MAX];
    tpy_num_double_repr(x, out);
    return out;
}

Test(vm_num_units, float_repr_is_shortest_and_switches_to_exponent_at_1e16)
{
    cr_expect_str_eq(repr(0.1), "0.1");
    cr_expect_str_eq(repr(0.1 + 0.2), "0.30000000000000004");
    cr_expect_str_eq(repr(1.0), "1.0");
    cr_expect_str_eq(repr(-0.0), "-0.0");
    cr_expect_str_eq(repr(1e16), "1e+16");
    cr_expect_str_eq(repr(123456789012345.0), "123456789012345.0");
    cr_expect_str_eq(repr(1e-5), "1e-05");
    cr_expect_str_eq(repr(0.0001), "0.0001");
    cr_expect_str_eq(repr(5e-324), "5e-324");
    cr_expect_str_eq(repr(1.7976931348623157e308), "1.7976931348623157e+308");
    cr_expect_str_eq(repr(INFINITY), "inf");
    cr_expect_str_eq(repr(-INFINITY), "-inf");
    cr_expect_str_eq(repr(NAN), "nan");
}

Test(vm_num_units, float_repr_breaks_ties_between_shortest_candidates_to_even)
{
    /* x lies exactly halfway between ...624.2 and ...624.3, both of which
     * read back as x. */
    cr_expect_str_eq(repr(1125899906842624.25), "1125899906842624.2");
}

static const char *fmt_double(double x, const char *spec)
{
    static tpy_num_buf out = TPY_NUM_BUF_INIT;
    tpy_num_spec s;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    out.len = 0;
    cr_assert_eq(tpy_num_spec_parse(spec, strlen(spec), '>', 0, "float", &s, &err), TPY_NUM_OK);
    cr_assert_eq(tpy_num_format_double(&out, x, &s, "float", &err), TPY_NUM_OK);
    return out.data;
}

Test(vm_num_units, zero_padding_with_grouping_groups_the_zeros_too)
{
    cr_expect_str_eq(fmt_double(1234.5, "012,.2f"), "0,001,234.50");
    cr_expect_str_eq(fmt_double(-0.0001, "z.2f"), "0.00");
    cr_expect_str_eq(fmt_double(INFINITY, "06"), "000inf");
}

Test(vm_num_units, format_errors_carry_cpythons_class_and_message)
{
    tpy_num_spec s;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    cr_expect_eq(tpy_num_spec_parse("abc", 3, '>', 'd', "int", &s, &err), TPY_NUM_FAIL);
    cr_expect_eq(err.kind, TPY_NUM_ERR_VALUE);
    cr_expect_str_eq(tpy_num_error_text(&err),
                     "Invalid format specifier 'abc' for object of type 'int'");
    cr_expect_eq(tpy_num_spec_parse(",x", 2, '>', 'd', "int", &s, &err), TPY_NUM_FAIL);
    cr_expect_str_eq(tpy_num_error_text(&err), "Cannot specify ',' with 'x'.");
    tpy_num_error_clear(&err);
}

Test(vm_num_units, round_uses_the_exact_binary_value)
{
    double out;
    cr_expect_eq(tpy_num_double_round(2.675, 2, &out, NULL), TPY_NUM_OK);
    cr_expect_eq(out, 2.67);
    int64_t w;
    mpz_t big;
    mpz_init(big);
    tpy_num_double_round_to_int(0.5, &w, big, NULL);
    cr_expect_eq(w, 0);
    tpy_num_double_round_to_int(1.5, &w, big, NULL);
    cr_expect_eq(w, 2);
    mpz_clear(big);
}

Test(vm_num_units, word_arithmetic_reports_overflow_for_the_gmp_fallback)
{
    int64_t q;
    cr_expect_eq(tpy_num_int64_floordiv(INT64_MIN, -1, &q, NULL), TPY_NUM_BIG);
    cr_expect_eq(tpy_num_int64_mod(INT64_MIN, -1, &q, NULL), TPY_NUM_OK);
    cr_expect_eq(q, 0);
    cr_expect_eq(tpy_num_int64_floordiv(-7, 2, &q, NULL), TPY_NUM_OK);
    cr_expect_eq(q, -4);
    cr_expect_eq(tpy_num_int64_pow(2, 63, &q), TPY_NUM_BIG);
    cr_expect_eq(tpy_num_int64_pow(-2, 63, &q), TPY_NUM_OK);
    cr_expect_eq(q, INT64_MIN);
    cr_expect_eq(tpy_num_int64_pow(2, -1, &q), TPY_NUM_NEG_EXPONENT);
}

Test(vm_num_units, numeric_hash_agrees_across_int_and_float)
{
    cr_expect_eq(tpy_num_hash_double(1.0), tpy_num_hash_int64(1));
    cr_expect_eq(tpy_num_hash_double(0.5), INT64_C(1152921504606846976));
    cr_expect_eq(tpy_num_hash_double(INFINITY), 314159);
    cr_expect_eq(tpy_num_hash_int64(-1), -2);
}

Test(vm_num_units, int_parse_refuses_leading_zeros_in_base_0_and_counts_digits)
{
    int64_t w;
    mpz_t big;
    mpz_init(big);
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    cr_expect_eq(tpy_num_int_parse("0_0", 3, 0, 4300, &w, big, &err), TPY_NUM_OK);
    cr_expect_eq(tpy_num_int_parse("010", 3, 0, 4300, &w, big, &err), TPY_NUM_FAIL);
    cr_expect_str_eq(tpy_num_error_text(&err), "invalid literal for int() with base 0: '010'");
    cr_expect_eq(tpy_num_int_parse(" -0x_1f ", 8, 16, 4300, &w, big, &err), TPY_NUM_OK);
    cr_expect_eq(w, -31);
    tpy_num_error_clear(&err);
    mpz_clear(big);
}

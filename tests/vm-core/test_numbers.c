/* tests/vm-core: int and float arithmetic, comparisons, hashes and text
 * against CPython 3.11's answers (vectors/int_ops.txt, float_ops.txt). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static enum tpy_binop op_of(const char *s)
{
    static const struct { const char *s; enum tpy_binop op; } t[] = {
        {"+", TPY_OP_ADD}, {"-", TPY_OP_SUB}, {"*", TPY_OP_MUL}, {"//", TPY_OP_FLOORDIV},
        {"%", TPY_OP_MOD}, {"/", TPY_OP_TRUEDIV}, {"**", TPY_OP_POW}, {"<<", TPY_OP_LSHIFT},
        {">>", TPY_OP_RSHIFT}, {"&", TPY_OP_AND}, {"|", TPY_OP_OR}, {"^", TPY_OP_XOR},
        {"divmod", TPY_OP_DIVMOD}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(t[i].s, s) == 0)
            return t[i].op;
    cr_assert_fail("unknown op %s", s);
    return TPY_OP_ADD;
}

/* The vectors' form of a result: repr, or "f:<hex>" for a float, or
 * "t:<hex>,<hex>" for a pair of floats. */
static const char *result_text(tpy_object *r)
{
    static char out[1 << 15];
    if (!r)
        return t_error();
    if (tpy_float_check(r)) {
        snprintf(out, sizeof out, "f:%a", tpy_float_value(r));
        tpy_decref(vm, r);
        return out;
    }
    if (tpy_tuple_check(r) && tpy_tuple_len(r) == 2 && tpy_float_check(tpy_tuple_get(r, 0))) {
        snprintf(out, sizeof out, "t:%a,%a", tpy_float_value(tpy_tuple_get(r, 0)),
                 tpy_float_value(tpy_tuple_get(r, 1)));
        tpy_decref(vm, r);
        return out;
    }
    return t_repr(r);
}

/* Equal values, -0.0 apart from 0.0; NaN equal to NaN (float.hex() drops
 * its sign). */
static bool same_double(double a, double b)
{
    return (isnan(a) && isnan(b)) || (a == b && signbit(a) == signbit(b));
}

/* Python's float.hex() and C's %a differ in form; compare values. */
static bool same_result(const char *got, const char *want)
{
    if (strncmp(want, "f:", 2) == 0 && strncmp(got, "f:", 2) == 0) {
        double a = strtod(got + 2, NULL), b = strtod(want + 2, NULL);
        return same_double(a, b);
    }
    if (strncmp(want, "t:", 2) == 0 && strncmp(got, "t:", 2) == 0) {
        char *e1, *e2;
        double a1 = strtod(got + 2, &e1), b1 = strtod(want + 2, &e2);
        double a2 = strtod(e1 + 1, NULL), b2 = strtod(e2 + 1, NULL);
        return same_double(a1, b1) && same_double(a2, b2);
    }
    return strcmp(got, want) == 0;
}

static double hexd(const char *s)
{
    return strtod(s, NULL);   /* C99 reads float.hex()'s form (and inf/nan) */
}

static int int_cases;

static void int_vector(char **f, int n)
{
    if (strcmp(f[0], "pow3") == 0) {
        cr_assert_eq(n, 5);
        tpy_object *a = t_bigint(f[1]), *b = t_bigint(f[2]), *m = t_bigint(f[3]);
        const char *got = result_text(tpy_power(vm, a, b, m));
        cr_expect(same_result(got, f[4]), "pow(%s, %s, %s): got %s, want %s", f[1], f[2], f[3], got,
                  f[4]);
        return;
    }
    cr_assert_eq(n, 4);
    tpy_object *a = t_bigint(f[1]), *b = t_bigint(f[2]);
    const char *got = result_text(tpy_binary_op(vm, op_of(f[0]), a, b));
    cr_expect(same_result(got, f[3]), "%s %s %s: got %s, want %s", f[1], f[0], f[2], got, f[3]);
    int_cases++;
}

Test(int, arithmetic_matches_cpython_including_overflow_to_gmp_and_back)
{
    t_start();
    t_vectors("int_ops.txt", int_vector);
    cr_assert_gt(int_cases, 1000);
    t_end();
}

static void float_vector(char **f, int n)
{
    if (strcmp(f[0], "repr") == 0) {
        cr_expect_str_eq(t_repr(tpy_newref(t_float(hexd(f[1])))), f[2], "repr(%s)", f[1]);
    } else if (strcmp(f[0], "hash") == 0) {
        tpy_object *x = t_float(hexd(f[1]));
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)tpy_hash(vm, x));
        cr_expect_str_eq(buf, f[2], "hash(%s)", f[1]);
    } else if (strcmp(f[0], "ihash") == 0) {
        tpy_object *x = t_bigint(f[1]);
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)tpy_hash(vm, x));
        cr_expect_str_eq(buf, f[2], "hash(%s)", f[1]);
    } else if (strcmp(f[0], "i2f") == 0) {
        tpy_object *x = t_bigint(f[1]);
        const char *got = result_text(tpy_number_float(vm, x));
        cr_expect(same_result(got, f[2]), "float(%s): got %s want %s", f[1], got, f[2]);
    } else if (strcmp(f[0], "itruediv") == 0) {
        tpy_object *a = t_bigint(f[1]), *b = t_bigint(f[2]);
        const char *got = result_text(tpy_binary_op(vm, TPY_OP_TRUEDIV, a, b));
        cr_expect(same_result(got, f[3]), "%s / %s: got %s want %s", f[1], f[2], got, f[3]);
    } else if (strncmp(f[0], "cmp", 3) == 0) {
        static const char *const ops[] = {"<", "<=", "==", "!=", ">", ">="};
        enum tpy_cmp op = TPY_LT;
        for (int k = 0; k < 6; k++)
            if (strcmp(f[0] + 3, ops[k]) == 0)
                op = (enum tpy_cmp)k;
        tpy_object *a = t_bigint(f[1]), *b = t_float(hexd(f[2]));
        const char *got = t_repr(tpy_richcompare(vm, a, b, op));
        cr_expect_str_eq(got, f[3], "%s %s %s", f[1], f[0] + 3, f[2]);
    } else {
        cr_assert_eq(n, 4);
        tpy_object *a = t_float(hexd(f[1])), *b = t_float(hexd(f[2]));
        const char *got = result_text(tpy_binary_op(vm, op_of(f[0]), a, b));
        cr_expect(same_result(got, f[3]), "%s %s %s: got %s, want %s", f[1], f[0], f[2], got, f[3]);
    }
}

Test(float, repr_arithmetic_hash_and_exact_int_comparison_match_cpython)
{
    t_start();
    t_vectors("float_ops.txt", float_vector);
    t_end();
}

Test(int, mixed_operations_and_errors_are_worded_as_cpython)
{
    t_start();
    tpy_object *one = t_int(1), *s = t_s("a"), *f = t_float(2.5), *l = tpy_list_new(vm, 0);
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, one, s)),
                     "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, s, one)),
                     "!TypeError: can only concatenate str (not \"int\") to str");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, one, f)), "3.5");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_POW, s, one)),
                     "!TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
    cr_expect_str_eq(t_repr(tpy_neg(vm, s)), "!TypeError: bad operand type for unary -: 'str'");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_MUL, l, s)),
                     "!TypeError: can't multiply sequence by non-int of type 'str'");
    cr_expect_str_eq(t_repr(tpy_richcompare(vm, one, s, TPY_LT)),
                     "!TypeError: '<' not supported between instances of 'int' and 'str'");
    cr_expect_str_eq(t_repr(tpy_richcompare(vm, one, s, TPY_EQ)), "False");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_TRUEDIV, f, t_int(0))),
                     "!ZeroDivisionError: float division by zero");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_MOD, one, t_int(0))),
                     "!ZeroDivisionError: integer modulo by zero");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_AND, TPY_TRUE, TPY_FALSE)), "False");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, TPY_TRUE, TPY_TRUE)), "2");
    cr_expect_str_eq(t_repr(tpy_invert(vm, t_bigint("-18446744073709551617"))),
                     "18446744073709551616");
    cr_expect_str_eq(t_repr(tpy_abs(vm, t_int(INT64_MIN))), "9223372036854775808");
    tpy_decref(vm, l);
    t_end();
}

Test(int, str_conversion_has_the_4300_digit_limit)
{
    t_start();
    tpy_object *ten = t_int(10), *e = t_int(4300);
    tpy_object *big = tpy_binary_op(vm, TPY_OP_POW, ten, e);
    cr_expect_str_eq(t_repr(big),
                     "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit");
    t_end();
}


Test(int, methods_bit_length_to_bytes_from_bytes_round)
{
    t_start();
    tpy_object *x = t_bigint("-1234567890123456789012");
    cr_expect_str_eq(t_repr(t_call(x, "bit_length", NULL, 0, NULL)), "71");
    cr_expect_str_eq(t_repr(t_call(x, "bit_count", NULL, 0, NULL)), "29");
    tpy_object *args[3] = {t_int(10), t_s("little"), TPY_TRUE};
    tpy_object *kw = tpy_tuple_pack(vm, 1, t_s("signed"));
    tpy_object *b = t_keep(t_call(x, "to_bytes", args, 2, kw));
    cr_expect_str_eq(t_repr(tpy_newref(b)), "b\"\\xec\\xc5\\xdf'\\xf4\\xc4\\xed\\x12\\xbd\\xff\"");
    tpy_object *intt = &tpy_int_type.ob;
    tpy_object *fargs[3] = {b, args[1], TPY_TRUE};
    cr_expect_str_eq(t_repr(t_call(intt, "from_bytes", fargs, 2, kw)), "-1234567890123456789012");
    tpy_object *nd = t_int(-3);
    cr_expect_str_eq(t_repr(t_call(x, "__round__", &nd, 1, NULL)), "-1234567890123456789000");
    tpy_object *r = t_call(t_int(255), "to_bytes", NULL, 0, NULL);
    cr_expect_str_eq(t_repr(r), "b'\\xff'");
    r = t_call(t_int(256), "to_bytes", NULL, 0, NULL);
    cr_expect_str_eq(t_repr(r), "!OverflowError: int too big to convert");
    tpy_decref(vm, kw);
    t_end();
}

Test(float, methods_and_conversions)
{
    t_start();
    tpy_object *f = t_float(0.1);
    cr_expect_str_eq(t_repr(t_call(f, "as_integer_ratio", NULL, 0, NULL)),
                     "(3602879701896397, 36028797018963968)");
    cr_expect_str_eq(t_repr(t_call(f, "hex", NULL, 0, NULL)), "'0x1.999999999999ap-4'");
    cr_expect_str_eq(t_repr(t_call(f, "is_integer", NULL, 0, NULL)), "False");
    tpy_object *two = t_int(2);
    tpy_object *x = t_float(2.675);
    cr_expect_str_eq(t_repr(t_call(x, "__round__", &two, 1, NULL)), "2.67");
    cr_expect_str_eq(t_repr(t_call(t_float(2.5), "__round__", NULL, 0, NULL)), "2");
    cr_expect_str_eq(t_repr(tpy_number_int(vm, t_float(1e20))), "100000000000000000000");
    cr_expect_str_eq(t_repr(tpy_number_int(vm, t_float(INFINITY))),
                     "!OverflowError: cannot convert float infinity to integer");
    tpy_object *s = t_s(" 1e-5 ");
    tpy_object *ft = &tpy_float_type.ob;
    cr_expect_str_eq(t_repr(tpy_call(vm, ft, &s, 1, NULL)), "1e-05");
    tpy_object *hexs = t_s("0x1.8p1");
    cr_expect_str_eq(t_repr(t_call(ft, "fromhex", &hexs, 1, NULL)), "3.0");
    t_end();
}

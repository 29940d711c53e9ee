/* tests/vm-modules: the C parts of the standard modules that have a
 * meaning apart from Python: SHA-512 (random.seed of str and bytes)
 * against FIPS 180-4 results, and the native item conversions that
 * array.array and memoryview store numbers with. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

/* ---- SHA-512 ------------------------------------------------------------------------------ */

static void hex(const unsigned char *d, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        sprintf(out + 2 * i, "%02x", d[i]);
}

/* The digest of n copies of c (or of `text` when given). */
static void check_digest(const char *text, char c, size_t n, const char *expected)
{
    unsigned char data[1000], digest[64];
    char got[129];
    if (text)
        memcpy(data, text, n);
    else
        memset(data, c, n);
    tpy_sha512(data, n, digest);
    hex(digest, sizeof digest, got);
    cr_assert_str_eq(got, expected);
}

Test(sha512, empty_message)
{
    check_digest(NULL, 'a', 0,
                 "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                 "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
}

Test(sha512, abc)
{
    check_digest("abc", 0, 3,
                 "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                 "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
}

Test(sha512, padding_fits_in_the_last_block)
{
    check_digest(NULL, 'a', 111,
                 "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef8681819692176"
                 "0b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2");
}

Test(sha512, padding_needs_a_second_block)
{
    check_digest(NULL, 'a', 112,
                 "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32"
                 "bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca");
}

Test(sha512, message_longer_than_a_block)
{
    check_digest(NULL, 'a', 239,
                 "52c853cb8d907f3d4d6b889beb027985d7c273486d75f8baf26f80d24e90c74c"
                 "6c3de3e22131582380a7d14d43f2941a31385439cd6ddc469f628015e50bf286");
}

Test(sha512, message_of_many_blocks)
{
    check_digest(NULL, 'x', 1000,
                 "ae13575c5d98bfa689617bb19f0f55efdd52b39397fd620bcd1fbc03fda979e6"
                 "b69bfba24698176eafe766d31c48b70273b03198064323082e04cc4eb9126310");
}

/* ---- native items ------------------------------------------------------------------------ */

static tpy_vm *vm;

static void setup(void)
{
    tpy_runtime_process_init();
    vm = tpy_vm_create(NULL);
    cr_assert_not_null(vm);
    char *argv[] = {(char *)"test"};
    cr_assert_eq(tpy_runtime_init(vm, 1, argv), 0);
}

static void teardown(void)
{
    tpy_err_clear(vm);
    tpy_runtime_fini(vm);
    cr_assert_eq(tpy_vm_destroy_report(vm), 0, "objects leaked");
}

TestSuite(native, .init = setup, .fini = teardown);

/* Store v with code, read it back: the int read, or an error's message. */
static int64_t round_trip(char code, int64_t v)
{
    unsigned char buf[8];
    tpy_object *in = tpy_int_from_i64(vm, v);
    cr_assert_eq(tpy_native_set(vm, code, in, buf), 0);
    tpy_decref(vm, in);
    tpy_object *out = tpy_native_get(vm, code, buf);
    int64_t r;
    cr_assert_eq(tpy_int_to_i64(vm, out, &r), 0);
    tpy_decref(vm, out);
    return r;
}

Test(native, sizes_are_the_native_c_sizes)
{
    cr_assert_eq(tpy_native_size('b'), 1);
    cr_assert_eq(tpy_native_size('h'), 2);
    cr_assert_eq(tpy_native_size('i'), 4);
    cr_assert_eq(tpy_native_size('l'), 8);
    cr_assert_eq(tpy_native_size('d'), 8);
    cr_assert_eq(tpy_native_size('z'), 0);
}

Test(native, values_at_the_limits_survive_a_round_trip)
{
    cr_assert_eq(round_trip('b', -128), -128);
    cr_assert_eq(round_trip('B', 255), 255);
    cr_assert_eq(round_trip('h', -32768), -32768);
    cr_assert_eq(round_trip('H', 65535), 65535);
    cr_assert_eq(round_trip('i', INT32_MIN), INT32_MIN);
    cr_assert_eq(round_trip('I', UINT32_MAX), UINT32_MAX);
    cr_assert_eq(round_trip('q', INT64_MIN), INT64_MIN);
}

/* The OverflowError message of storing v with code. */
static void check_overflow(char code, int64_t v, const char *message)
{
    unsigned char buf[8];
    tpy_object *in = tpy_int_from_i64(vm, v);
    cr_assert_eq(tpy_native_set(vm, code, in, buf), -1);
    tpy_decref(vm, in);
    cr_assert(tpy_err_matches(vm, &tpy_exc_OverflowError));
    tpy_object *e = tpy_err_fetch(vm);
    tpy_object *s = tpy_str(vm, e);
    cr_assert_str_eq(tpy_str_utf8(vm, s, NULL), message);
    tpy_decref(vm, s);
    tpy_decref(vm, e);
}

Test(native, out_of_range_values_raise_cpythons_messages)
{
    check_overflow('b', 128, "signed char is greater than maximum");
    check_overflow('b', 40000, "signed short integer is greater than maximum");
    check_overflow('B', -1, "unsigned byte integer is less than minimum");
    check_overflow('H', 70000, "unsigned short is greater than maximum");
    check_overflow('I', -1, "can't convert negative value to unsigned int");
    check_overflow('Q', -1, "can't convert negative int to unsigned");
}

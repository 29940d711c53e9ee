/* tests/vm-core: str and bytes: storage kinds, reprs, parsing, slicing,
 * methods; against vectors/text.txt where CPython decides. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static void text_vector(char **f, int n)
{
    if (strcmp(f[0], "strrepr") == 0) {
        uint32_t cps[64];
        size_t k = 0;
        for (char *p = f[1]; *p; p++) {
            cps[k++] = (uint32_t)strtoul(p, &p, 16);
            if (!*p)
                break;
        }
        tpy_object *s = tpy_str_from_ucs4(vm, cps, k);
        cr_assert_not_null(s);
        cr_expect_eq(tpy_str_len(s), (intptr_t)k);
        cr_expect_str_eq(t_repr(s), f[2], "repr of code points %s", f[1]);
    } else if (strcmp(f[0], "bytesrepr") == 0) {
        unsigned char buf[256];
        size_t k = strlen(f[1]) / 2;
        for (size_t i = 0; i < k; i++) {
            char h[3] = {f[1][2 * i], f[1][2 * i + 1], 0};
            buf[i] = (unsigned char)strtoul(h, NULL, 16);
        }
        cr_expect_str_eq(t_repr(tpy_bytes_from(vm, buf, k)), f[2], "bytes %s", f[1]);
    } else if (strcmp(f[0], "intparse") == 0) {
        tpy_object *args[2] = {t_s(f[1]), t_int(atoi(f[2]))};
        cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_int_type.ob, args, 2, NULL)), f[3],
                         "int(%s, %s)", f[1], f[2]);
    } else if (strcmp(f[0], "floatparse") == 0) {
        tpy_object *arg = t_s(f[1]);
        const char *got = t_repr(tpy_call(vm, &tpy_float_type.ob, &arg, 1, NULL));
        /* the vectors give float results as hex */
        if (strncmp(f[2], "f:", 2) == 0) {
            tpy_object *want = tpy_float_from_double(vm, strtod(f[2] + 2, NULL));
            char w[64];
            snprintf(w, sizeof w, "%s", t_repr(want));
            cr_expect_str_eq(got, w, "float(%s)", f[1]);
        } else {
            cr_expect_str_eq(got, f[2], "float(%s)", f[1]);
        }
    }
    (void)n;
}

Test(str, reprs_parsing_and_bytes_match_cpython)
{
    t_start();
    t_vectors("text.txt", text_vector);
    t_end();
}

Test(str, storage_kind_follows_the_widest_code_point)
{
    t_start();
    cr_expect_eq(((tpy_strobj *)t_s("abc"))->kind, 1);
    cr_expect_eq(((tpy_strobj *)t_s("caf\xc3\xa9"))->kind, 1);
    cr_expect_eq(((tpy_strobj *)t_s("\xe2\x82\xac"))->kind, 2);
    tpy_object *wide = t_s("a\xf0\x9f\x98\x80z");
    cr_expect_eq(((tpy_strobj *)wide)->kind, 4);
    cr_expect_eq(tpy_str_len(wide), 3);
    cr_expect_eq(tpy_str_at(wide, 1), 0x1F600u);
    /* a slice holding only ASCII is stored narrow again */
    tpy_object *z = t_keep(tpy_str_substr(vm, wide, 2, 3));
    cr_expect_eq(((tpy_strobj *)z)->kind, 1);
    cr_expect_str_eq(t_repr(tpy_str_from_utf8(vm, "\xff", 1)),
                     "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: "
                     "invalid start byte");
    cr_expect_str_eq(t_repr(tpy_str_from_utf8(vm, "ab\xe2\x82", 4)),
                     "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: "
                     "unexpected end of data");
    t_end();
}

Test(str, interning_gives_one_object_and_method_names_are_preseeded)
{
    t_start();
    tpy_object *a = t_keep(tpy_str_intern(vm, tpy_str_from_cstr(vm, "append")));
    tpy_object *b = t_keep(tpy_str_intern_c(vm, "append"));
    cr_expect_eq(a, b);
    /* the key in list's dict is that same object */
    tpy_object *d = tpy_type_dict(vm, &tpy_list_type);
    intptr_t pos = 0;
    tpy_object *k, *v;
    bool found = false;
    while (tpy_dict_next(d, &pos, &k, &v))
        found = found || k == a;
    cr_expect(found);
    t_end();
}

static tpy_object *slice(long long a, long long b, long long c)
{
    return t_keep(tpy_slice_new(vm, t_int(a), t_int(b), t_int(c)));
}

Test(str, indexing_slicing_concat_repeat_contains)
{
    t_start();
    tpy_object *s = t_s("h\xc3\xa9llo w\xc3\xb6rld");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, s, t_int(1))), "'\xc3\xa9'");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, s, t_int(-1))), "'d'");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, s, t_int(11))), "!IndexError: string index out of range");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, s, slice(1, 9, 2))), "'\xc3\xa9l \xc3\xb6'");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, s, slice(-1, -12, -3))), "'d\xc3\xb6o\xc3\xa9'");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, s, t_s("x"))),
                     "!TypeError: string indices must be integers, not 'str'");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_MUL, t_s("ab"), t_int(3))), "'ababab'");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_MUL, t_int(2), t_s("\xe2\x82\xac"))),
                     "'\xe2\x82\xac\xe2\x82\xac'");
    cr_expect_eq(tpy_contains(vm, s, t_s("lo w")), 1);
    cr_expect_eq(tpy_contains(vm, s, t_s("low")), 0);
    cr_expect_eq(tpy_contains(vm, s, t_int(1)), -1);
    cr_expect_str_eq(t_error(), "!TypeError: 'in <string>' requires string as left operand, not int");
    cr_expect_eq(tpy_richcompare_bool(vm, t_s("abc"), t_s("abd"), TPY_LT), 1);
    cr_expect_eq(tpy_richcompare_bool(vm, t_s("\xe2\x82\xac"), t_s("z"), TPY_GT), 1);
    cr_expect_eq(tpy_hash(vm, t_s("same")), tpy_hash(vm, t_s("same")));
    t_end();
}

Test(str, methods)
{
    t_start();
    tpy_object *s = t_s("  a,b,,c  ");
    tpy_object *comma = t_s(",");
    cr_expect_str_eq(t_repr(t_call(s, "split", &comma, 1, NULL)), "['  a', 'b', '', 'c  ']");
    cr_expect_str_eq(t_repr(t_call(t_s(" a  b\tc\n"), "split", NULL, 0, NULL)), "['a', 'b', 'c']");
    tpy_object *args2[2] = {TPY_NONE, t_int(1)};
    cr_expect_str_eq(t_repr(t_call(t_s(" a  b c "), "split", args2, 2, NULL)), "['a', 'b c ']");
    cr_expect_str_eq(t_repr(t_call(s, "strip", NULL, 0, NULL)), "'a,b,,c'");
    tpy_object *parts = t_keep(tpy_tuple_pack(vm, 3, t_s("x"), t_s("y"), t_s("\xc3\xa9")));
    cr_expect_str_eq(t_repr(t_call(t_s("-"), "join", &parts, 1, NULL)), "'x-y-\xc3\xa9'");
    tpy_object *bad = t_keep(tpy_tuple_pack(vm, 2, t_s("x"), t_int(1)));
    cr_expect_str_eq(t_repr(t_call(t_s("-"), "join", &bad, 1, NULL)),
                     "!TypeError: sequence item 1: expected str instance, int found");
    tpy_object *rep[2] = {t_s("b"), t_s("XY")};
    cr_expect_str_eq(t_repr(t_call(t_s("abcabc"), "replace", rep, 2, NULL)), "'aXYcaXYc'");
    tpy_object *sub = t_s("c");
    cr_expect_str_eq(t_repr(t_call(t_s("abcabc"), "find", &sub, 1, NULL)), "2");
    cr_expect_str_eq(t_repr(t_call(t_s("abcabc"), "rfind", &sub, 1, NULL)), "5");
    cr_expect_str_eq(t_repr(t_call(t_s("abcabc"), "count", &sub, 1, NULL)), "2");
    tpy_object *z = t_s("z");
    cr_expect_str_eq(t_repr(t_call(t_s("abc"), "index", &z, 1, NULL)),
                     "!ValueError: substring not found");
    tpy_object *pre = t_keep(tpy_tuple_pack(vm, 2, t_s("x"), t_s("ab")));
    cr_expect_str_eq(t_repr(t_call(t_s("abc"), "startswith", &pre, 1, NULL)), "True");
    cr_expect_str_eq(t_repr(t_call(t_s("Stra\xc3\x9f" "e"), "upper", NULL, 0, NULL)),
                     "'STRASSE'");
    cr_expect_str_eq(t_repr(t_call(t_s("\xc3\x84" "BC"), "lower", NULL, 0, NULL)), "'\xc3\xa4" "bc'");
    cr_expect_str_eq(t_repr(t_call(t_s("123"), "isdigit", NULL, 0, NULL)), "True");
    cr_expect_str_eq(t_repr(t_call(t_s(""), "isdigit", NULL, 0, NULL)), "False");
    cr_expect_str_eq(t_repr(t_call(t_s("\xc3\xa9t\xc3\xa9"), "encode", NULL, 0, NULL)),
                     "b'\\xc3\\xa9t\\xc3\\xa9'");
    t_end();
}

Test(bytes, indexing_slicing_concat_decode)
{
    t_start();
    tpy_object *b = t_keep(tpy_bytes_from(vm, "abc\xff", 4));
    cr_expect_str_eq(t_repr(tpy_getitem(vm, b, t_int(3))), "255");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, b, slice(0, 4, 2))), "b'ac'");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, b, b)), "b'abc\\xffabc\\xff'");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, b, t_s("x"))),
                     "!TypeError: can't concat str to bytes");
    cr_expect_str_eq(t_repr(t_call(b, "decode", NULL, 0, NULL)),
                     "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 3: "
                     "invalid start byte");
    cr_expect_eq(tpy_len(vm, b), 4);
    cr_expect_eq(tpy_hash(vm, b), tpy_hash(vm, t_keep(tpy_bytes_from(vm, "abc\xff", 4))));
    t_end();
}

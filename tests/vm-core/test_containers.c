/* tests/vm-core: tuple, list, dict, set, range, slice: iteration order,
 * hashes and reprs against vectors/containers.txt; mutation rules. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* "1,2,3" -> a list of ints (kept). */
static tpy_object *ints_of(const char *csv)
{
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    for (const char *p = csv; *p;) {
        char *end;
        long long v = strtoll(p, &end, 10);
        cr_assert_eq(tpy_list_append(vm, l, tpy_int_from_i64(vm, v)), 0);
        p = *end ? end + 1 : end;
    }
    return l;
}

static const char *hash_text(tpy_object *o)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)tpy_hash(vm, o));
    tpy_decref(vm, o);
    return buf;
}

static tpy_object *dict_from_ops(const char *ops);

static void container_vector(char **f, int n)
{
    const char *want = f[n - 1];
    if (strcmp(f[0], "set") == 0)
        cr_expect_str_eq(t_repr(tpy_set_new(vm, ints_of(f[1]))), want, "set(%s)", f[1]);
    else if (strcmp(f[0], "frozenset") == 0)
        cr_expect_str_eq(t_repr(tpy_frozenset_new(vm, ints_of(f[1]))), want, "frozenset(%s)", f[1]);
    else if (strcmp(f[0], "fshash") == 0)
        cr_expect_str_eq(hash_text(tpy_frozenset_new(vm, ints_of(f[1]))), want, "hash fs(%s)", f[1]);
    else if (strcmp(f[0], "tuplehash") == 0)
        cr_expect_str_eq(hash_text(tpy_sequence_tuple(vm, ints_of(f[1]))), want, "hash t(%s)", f[1]);
    else if (strcmp(f[0], "dictops") == 0)
        cr_expect_str_eq(t_repr(dict_from_ops(f[1])), want, "dict ops %s", f[1]);
}

/* "+k" sets d[k] = 2k, "-k" deletes k, in order. */
static tpy_object *dict_from_ops(const char *ops)
{
    tpy_object *d = tpy_dict_new(vm);
    for (const char *p = ops; *p;) {
        char *end;
        tpy_object *k = tpy_int_from_i64(vm, strtoll(p + 1, &end, 10));
        if (*p == '+') {
            tpy_object *v = tpy_binary_op(vm, TPY_OP_ADD, k, k);
            cr_assert_eq(tpy_dict_set(vm, d, k, v), 0);
            tpy_decref(vm, v);
        } else {
            cr_assert_eq(tpy_dict_del(vm, d, k), 0);
        }
        tpy_decref(vm, k);
        p = *end ? end + 1 : end;
    }
    return d;
}

Test(containers, set_order_and_hashes_match_cpython)
{
    t_start();
    t_vectors("containers.txt", container_vector);
    t_end();
}

static void sort_vector(char **f, int n)
{
    if (strcmp(f[0], "sortkey") != 0)
        return;
    cr_assert_eq(n, 4);
    /* pairs "k:t,..." -> a list of (k, t) tuples sorted by key=first item */
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    for (const char *p = f[2]; *p;) {
        char *end;
        long long k = strtoll(p, &end, 10);
        long long t = strtoll(end + 1, &end, 10);
        tpy_object *a = tpy_int_from_i64(vm, k), *b = tpy_int_from_i64(vm, t);
        tpy_list_append(vm, l, tpy_tuple_pack(vm, 2, a, b));
        tpy_decref(vm, a);
        tpy_decref(vm, b);
        p = *end ? end + 1 : end;
    }
    /* key: operator.itemgetter(0) is not here yet; use tuple.__getitem__
     * bound to nothing... instead sort tuples (k, t) by key = tuple's
     * first item via a bound method of a dict mapping tuple -> k. */
    tpy_object *keys = t_keep(tpy_dict_new(vm));
    for (intptr_t i = 0; i < tpy_list_len(l); i++) {
        tpy_object *t = tpy_list_get(l, i);
        tpy_dict_set(vm, keys, t, tpy_tuple_get(t, 0));
    }
    tpy_object *keyfn = t_keep(tpy_getattr_c(vm, keys, "__getitem__"));
    cr_assert_eq(tpy_list_sort(vm, l, keyfn, atoi(f[1])), 0, "%s", t_error());
    char got[8192] = "";
    for (intptr_t i = 0; i < tpy_list_len(l); i++) {
        char num[24];
        snprintf(num, sizeof num, "%s%lld", i ? "," : "",
                 (long long)((tpy_int *)tpy_tuple_get(tpy_list_get(l, i), 1))->value);
        strcat(got, num);
    }
    cr_expect_str_eq(got, f[3], "stable sort, reverse=%s", f[1]);
}

Test(list, sort_is_stable_with_key_and_reverse)
{
    t_start();
    t_vectors("containers.txt", sort_vector);
    t_end();
}

Test(list, sort_reports_comparison_errors_and_keeps_every_item)
{
    t_start();
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    for (int i = 0; i < 50; i++)
        tpy_list_append(vm, l, i == 25 ? tpy_str_from_cstr(vm, "x") : tpy_int_from_i64(vm, 50 - i));
    cr_expect_eq(tpy_list_sort(vm, l, NULL, false), -1);
    cr_expect_str_eq(t_error(), "!TypeError: '<' not supported between instances of 'str' and 'int'");
    cr_expect_eq(tpy_list_len(l), 50);
    t_end();
}

Test(list, sort_detects_a_list_modified_by_the_key_function)
{
    t_start();
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    tpy_list_append(vm, l, tpy_int_from_i64(vm, 4));
    /* key = l.append: appends to the list being sorted (one item, so no
     * comparison of the None keys happens) */
    tpy_object *key = t_keep(tpy_getattr_c(vm, l, "append"));
    cr_expect_eq(tpy_list_sort(vm, l, key, false), -1);
    cr_expect_str_eq(t_error(), "!ValueError: list modified during sort");
    cr_expect_str_eq(t_repr(tpy_newref(l)), "[4]");
    t_end();
}

static tpy_object *slice3(tpy_object *a, tpy_object *b, tpy_object *c)
{
    return t_keep(tpy_slice_new(vm, a, b, c));
}

Test(list, slicing_assignment_deletion_and_methods)
{
    t_start();
    long long v[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    tpy_object *l = t_ints_list(v, 10);
    cr_expect_str_eq(t_repr(tpy_getitem(vm, l, slice3(t_int(1), t_int(8), t_int(3)))), "[1, 4, 7]");
    cr_expect_eq(tpy_setitem(vm, l, slice3(t_int(0), t_int(10), t_int(2)),
                             t_keep(tpy_sequence_list(vm, t_s("abcde")))), 0);
    cr_expect_str_eq(t_repr(tpy_newref(l)), "['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]");
    cr_expect_eq(tpy_setitem(vm, l, slice3(t_int(0), t_int(10), t_int(2)), t_s("ab")), -1);
    cr_expect_str_eq(t_error(),
                     "!ValueError: attempt to assign sequence of size 2 to extended slice of size 5");
    cr_expect_eq(tpy_delitem(vm, l, slice3(TPY_NONE, TPY_NONE, t_int(-3))), 0);
    cr_expect_str_eq(t_repr(tpy_newref(l)), "[1, 'b', 'c', 5, 7, 'e']");
    cr_expect_eq(tpy_setitem(vm, l, slice3(t_int(1), t_int(3), TPY_NONE), t_s("XYZ")), 0);
    cr_expect_str_eq(t_repr(tpy_newref(l)), "[1, 'X', 'Y', 'Z', 5, 7, 'e']");
    cr_expect_eq(tpy_setitem(vm, l, t_int(7), t_int(0)), -1);
    cr_expect_str_eq(t_error(), "!IndexError: list assignment index out of range");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, l, t_int(-8))), "!IndexError: list index out of range");
    tpy_object *x = t_s("Z");
    cr_expect_str_eq(t_repr(t_call(l, "index", &x, 1, NULL)), "3");
    cr_expect_str_eq(t_repr(t_call(l, "remove", &x, 1, NULL)), "None");
    cr_expect_str_eq(t_repr(t_call(l, "remove", &x, 1, NULL)),
                     "!ValueError: list.remove(x): x not in list");
    tpy_object *two = t_int(-2);
    cr_expect_str_eq(t_repr(t_call(l, "pop", &two, 1, NULL)), "7");
    tpy_object *ins[2] = {t_int(-100), t_s("first")};
    t_repr(t_call(l, "insert", ins, 2, NULL));
    cr_expect_str_eq(t_repr(tpy_newref(l)), "['first', 1, 'X', 'Y', 5, 'e']");
    cr_expect_str_eq(t_repr(t_call(l, "append", NULL, 0, NULL)),
                     "!TypeError: list.append() takes exactly one argument (0 given)");
    cr_expect_str_eq(t_repr(t_call(t_keep(tpy_list_new(vm, 0)), "pop", NULL, 0, NULL)),
                     "!IndexError: pop from empty list");
    /* list.append(l, x) through the type, and l * 2, l += ... */
    tpy_object *app = t_keep(tpy_getattr_c(vm, &tpy_list_type.ob, "append"));
    cr_expect_str_eq(t_repr(tpy_newref(app)), "<method 'append' of 'list' objects>");
    tpy_object *args[2] = {l, t_int(8)};
    cr_expect_str_eq(t_repr(tpy_call(vm, app, args, 2, NULL)), "None");
    args[0] = t_int(1);
    cr_expect_str_eq(t_repr(tpy_call(vm, app, args, 2, NULL)),
                     "!TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' "
                     "object");
    tpy_object *l2 = t_keep(tpy_inplace_op(vm, TPY_OP_ADD, l, t_s("hi")));
    cr_expect_eq(l2, l);
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, l, t_int(1))),
                     "!TypeError: can only concatenate list (not \"int\") to list");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_MUL, t_keep(tpy_list_new(vm, 0)), t_int(3))),
                     "[]");
    cr_expect_str_eq(t_repr(tpy_hash(vm, l) == -1 ? NULL : TPY_NONE), "!TypeError: unhashable type: 'list'");
    t_end();
}

Test(list, repr_of_a_list_that_contains_itself)
{
    t_start();
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    tpy_list_append(vm, l, tpy_newref(l));
    tpy_list_append(vm, l, tpy_int_from_i64(vm, 1));
    cr_expect_str_eq(t_repr(tpy_newref(l)), "[[...], 1]");
    /* break the cycle so that reference counting can free it (no collector yet) */
    tpy_object *idx = t_int(0);
    cr_expect_eq(tpy_delitem(vm, l, idx), 0);
    t_end();
}

Test(tuple, repr_compare_concat_index)
{
    t_start();
    tpy_object *one = t_keep(tpy_tuple_pack(vm, 1, t_int(1)));
    cr_expect_str_eq(t_repr(tpy_newref(one)), "(1,)");
    cr_expect_str_eq(t_repr(tpy_newref(vm->empty_tuple)), "()");
    tpy_object *a = t_keep(tpy_tuple_pack(vm, 3, t_int(1), t_s("x"), TPY_NONE));
    tpy_object *b = t_keep(tpy_tuple_pack(vm, 2, t_int(1), t_s("y")));
    cr_expect_eq(tpy_richcompare_bool(vm, a, b, TPY_LT), 1);
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, a, one)), "(1, 'x', None, 1)");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, a, t_int(3))), "!IndexError: tuple index out of range");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_ADD, a, t_int(1))),
                     "!TypeError: can only concatenate tuple (not \"int\") to tuple");
    tpy_object *x = t_s("x");
    cr_expect_str_eq(t_repr(t_call(a, "index", &x, 1, NULL)), "1");
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    tpy_object *with_list = t_keep(tpy_tuple_pack(vm, 2, t_int(1), l));
    cr_expect_str_eq(t_repr(tpy_hash(vm, with_list) == -1 ? NULL : TPY_NONE),
                     "!TypeError: unhashable type: 'list'");
    cr_expect_eq(tpy_sequence_tuple(vm, vm->empty_tuple), vm->empty_tuple);
    t_end();
}

Test(dict, get_set_delete_views_and_errors)
{
    t_start();
    tpy_object *d = t_keep(tpy_dict_new(vm));
    for (int i = 0; i < 100; i++) {
        tpy_object *k = tpy_int_from_i64(vm, i * 7), *v = tpy_str_format(vm, "v%d", i);
        cr_assert_eq(tpy_dict_set(vm, d, k, v), 0);
        tpy_decref(vm, k);
        tpy_decref(vm, v);
    }
    for (int i = 0; i < 100; i += 2)
        cr_assert_eq(tpy_dict_del(vm, d, t_int(i * 7)), 0);
    cr_expect_eq(tpy_dict_len(d), 50);
    cr_expect_str_eq(t_repr(tpy_getitem(vm, d, t_int(21))), "'v3'");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, d, t_int(14))), "!KeyError: 14");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, d, t_s(""))), "!KeyError: ''");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, d, t_keep(tpy_list_new(vm, 0)))),
                     "!TypeError: unhashable type: 'list'");
    tpy_object *small = t_keep(tpy_dict_new(vm));
    tpy_dict_set(vm, small, t_s("b"), t_int(1));
    tpy_dict_set(vm, small, t_s("a"), t_int(2));
    tpy_dict_set(vm, small, t_s("b"), t_int(3));
    cr_expect_str_eq(t_repr(tpy_newref(small)), "{'b': 3, 'a': 2}");
    cr_expect_str_eq(t_repr(t_call(small, "keys", NULL, 0, NULL)), "dict_keys(['b', 'a'])");
    cr_expect_str_eq(t_repr(t_call(small, "items", NULL, 0, NULL)), "dict_items([('b', 3), ('a', 2)])");
    cr_expect_str_eq(t_repr(t_call(small, "popitem", NULL, 0, NULL)), "('a', 2)");
    tpy_object *pa[2] = {t_s("zz"), t_int(0)};
    cr_expect_str_eq(t_repr(t_call(small, "pop", pa, 2, NULL)), "0");
    cr_expect_str_eq(t_repr(t_call(small, "pop", pa, 1, NULL)), "!KeyError: 'zz'");
    cr_expect_str_eq(t_repr(t_call(small, "setdefault", pa, 2, NULL)), "0");
    tpy_object *merged = t_keep(tpy_binary_op(vm, TPY_OP_OR, small, d));
    cr_expect_eq(tpy_dict_len(merged), tpy_dict_len(small) + tpy_dict_len(d));
    tpy_object *fk = t_keep(tpy_getattr_c(vm, &tpy_dict_type.ob, "fromkeys"));
    tpy_object *src = t_s("ab");
    cr_expect_str_eq(t_repr(tpy_call(vm, fk, &src, 1, NULL)), "{'a': None, 'b': None}");
    /* dict(a=1, b=2) and equality */
    tpy_object *kw = t_kwnames("a", "b");
    tpy_object *vals[2] = {t_int(1), t_int(2)};
    tpy_object *d2 = t_keep(tpy_call(vm, &tpy_dict_type.ob, vals, 0, kw));
    cr_expect_str_eq(t_repr(tpy_newref(d2)), "{'a': 1, 'b': 2}");
    tpy_object *pairs = t_keep(tpy_sequence_list(vm, t_keep(t_call(d2, "items", NULL, 0, NULL))));
    tpy_object *d3 = t_keep(tpy_call(vm, &tpy_dict_type.ob, &pairs, 1, NULL));
    cr_expect_eq(tpy_richcompare_bool(vm, d2, d3, TPY_EQ), 1);
    tpy_object *badpairs = t_keep(tpy_sequence_list(vm, t_s("ab")));
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_dict_type.ob, &badpairs, 1, NULL)),
                     "!ValueError: dictionary update sequence element #0 has length 1; 2 is required");
    t_end();
}

Test(dict, iteration_raises_when_the_size_changes)
{
    t_start();
    tpy_object *d = t_keep(tpy_dict_new(vm));
    tpy_dict_set(vm, d, t_int(1), t_int(1));
    tpy_dict_set(vm, d, t_int(2), t_int(2));
    tpy_object *it = t_keep(tpy_iter(vm, d));
    cr_expect_str_eq(t_repr(tpy_next(vm, it)), "1");
    tpy_dict_set(vm, d, t_int(3), t_int(3));
    cr_expect_null(tpy_next(vm, it));
    cr_expect_str_eq(t_error(), "!RuntimeError: dictionary changed size during iteration");
    t_end();
}

Test(set, operations_and_reprs)
{
    t_start();
    long long a[] = {1, 2, 3, 4}, b[] = {3, 4, 5};
    tpy_object *x = t_keep(tpy_set_new(vm, t_ints_list(a, 4)));
    tpy_object *y = t_keep(tpy_frozenset_new(vm, t_ints_list(b, 3)));
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_OR, x, y)), "{1, 2, 3, 4, 5}");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_AND, y, x)), "frozenset({3, 4})");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_SUB, x, y)), "{1, 2}");
    cr_expect_str_eq(t_repr(tpy_binary_op(vm, TPY_OP_XOR, x, y)), "{1, 2, 5}");
    cr_expect_str_eq(t_repr(tpy_set_new(vm, NULL)), "set()");
    cr_expect_str_eq(t_repr(tpy_frozenset_new(vm, NULL)), "frozenset()");
    cr_expect_eq(tpy_richcompare_bool(vm, y, x, TPY_LT), 0);
    tpy_object *sub = t_keep(tpy_set_new(vm, t_ints_list(b, 2)));
    cr_expect_eq(tpy_richcompare_bool(vm, sub, x, TPY_LT), 1);
    tpy_object *nine = t_int(9);
    cr_expect_str_eq(t_repr(t_call(x, "remove", &nine, 1, NULL)), "!KeyError: 9");
    cr_expect_str_eq(t_repr(t_call(x, "pop", NULL, 0, NULL)), "1");
    cr_expect_eq(tpy_set_add(vm, x, t_keep(tpy_list_new(vm, 0))), -1);
    cr_expect_str_eq(t_error(), "!TypeError: unhashable type: 'list'");
    t_end();
}

Test(range, len_index_contains_iteration_repr)
{
    t_start();
    tpy_object *r = t_keep(tpy_call(vm, &tpy_range_type.ob, (tpy_object *[]){t_int(10), t_int(-5), t_int(-3)}, 3, NULL));
    cr_expect_str_eq(t_repr(tpy_newref(r)), "range(10, -5, -3)");
    cr_expect_eq(tpy_len(vm, r), 5);
    cr_expect_str_eq(t_repr(tpy_sequence_list(vm, r)), "[10, 7, 4, 1, -2]");
    cr_expect_eq(tpy_contains(vm, r, t_int(4)), 1);
    cr_expect_eq(tpy_contains(vm, r, t_int(5)), 0);
    cr_expect_str_eq(t_repr(tpy_getitem(vm, r, t_int(-1))), "-2");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, r, t_int(5))), "!IndexError: range object index out of range");
    cr_expect_str_eq(t_repr(tpy_getitem(vm, r, slice3(t_int(1), TPY_NONE, t_int(2)))), "range(7, -5, -6)");
    tpy_object *r2 = t_keep(tpy_call(vm, &tpy_range_type.ob, (tpy_object *[]){t_int(3)}, 1, NULL));
    cr_expect_str_eq(t_repr(tpy_newref(r2)), "range(0, 3)");
    tpy_object *rev = t_keep(t_call(r2, "__reversed__", NULL, 0, NULL));
    cr_expect_str_eq(t_repr(tpy_sequence_list(vm, rev)), "[2, 1, 0]");
    cr_expect_str_eq(t_repr(tpy_call(vm, &tpy_range_type.ob, (tpy_object *[]){t_int(1), t_int(2), t_int(0)}, 3, NULL)),
                     "!ValueError: range() arg 3 must not be zero");
    tpy_object *sl = slice3(t_int(-3), TPY_NONE, TPY_NONE);
    tpy_object *ten = t_int(10);
    cr_expect_str_eq(t_repr(t_call(sl, "indices", &ten, 1, NULL)), "(7, 10, 1)");
    t_end();
}

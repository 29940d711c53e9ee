/* tests/vm-gc: deep and large structures: no recursion on the C stack
 * when they are freed, collected or compared, and a million objects of
 * cyclic churn leave every tier where it started. */
#include <criterion/criterion.h>

#include "gc_helpers.h"

TestSuite(deep, .init = t_start, .fini = t_end, .timeout = 120);

#define DEEP 1000000

/* [[[...[]...]]], `depth` lists deep. */
static tpy_object *nested_lists(int depth)
{
    tpy_object *l = tpy_list_new(vm, 0);
    for (int i = 1; i < depth; i++)
        l = g_list1(l);
    return l;
}

Test(deep, a_million_nested_lists_are_freed_without_stack_overflow)
{
    tiers before = g_tiers();
    tpy_object *l = nested_lists(DEEP);
    tpy_decref(vm, l);
    g_assert_tiers(before);
}

Test(deep, a_million_nested_tuples_are_freed_without_stack_overflow)
{
    tiers before = g_tiers();
    tpy_object *t = tpy_tuple_pack(vm, 1, TPY_NONE);
    for (int i = 1; i < DEEP; i++) {
        tpy_object *u = tpy_tuple_pack(vm, 1, t);
        tpy_decref(vm, t);
        t = u;
    }
    tpy_decref(vm, t);
    g_assert_tiers(before);
}

Test(deep, nested_dicts_are_freed_without_stack_overflow)
{
    tiers before = g_tiers();
    tpy_object *d = tpy_dict_new(vm);
    for (int i = 1; i < DEEP / 4; i++) {
        tpy_object *e = tpy_dict_new(vm);
        tpy_dict_set_c(vm, e, "d", d);
        tpy_decref(vm, d);
        d = e;
    }
    tpy_decref(vm, d);
    g_assert_tiers(before);
}

Test(deep, a_deep_live_chain_is_collected_through_without_recursion)
{
    tpy_object *l = t_keep(nested_lists(DEEP));
    cr_assert_eq(tpy_gc_collect(vm, 2), 0);
    cr_assert_eq(tpy_list_len(l), 1);
}

/* The innermost list refers back to the outermost: a million-object
 * cycle, whose clearing frees a chain through the trashcan. */
Test(deep, a_million_object_cycle_is_collected)
{
    tiers before = g_tiers();
    tpy_object *inner = tpy_list_new(vm, 0);
    tpy_object *outer = tpy_newref(inner);
    for (int i = 1; i < DEEP; i++)
        outer = g_list1(outer);
    tpy_list_append(vm, inner, outer);   /* inner -> outer closes the ring */
    tpy_decref(vm, inner);
    cr_assert_eq(tpy_gc_collect(vm, 2), DEEP);
    g_assert_tiers(before);
}

/* A million objects in short-lived cycles, with collections driven by
 * the default thresholds at a safe point after each allocation. */
Test(deep, a_million_objects_of_cyclic_churn_return_every_tier)
{
    tiers before = g_tiers();
    for (int i = 0; i < DEEP / 2; i++) {
        tpy_object *a = tpy_list_new(vm, 0);
        tpy_gc_maybe_collect(vm);
        tpy_object *d = tpy_dict_new(vm);
        tpy_gc_maybe_collect(vm);
        tpy_list_append(vm, a, tpy_newref(d));
        tpy_dict_set_c(vm, d, "a", a);
        tpy_decref(vm, a);
        tpy_decref(vm, d);
    }
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    cr_assert_gt(st.gen[0].collections, 1000);
    cr_assert_lt(g_live() - before.objects, 2000, "automatic collections keep the heap small");
    tpy_gc_collect(vm, 2);
    g_assert_tiers(before);
}

Test(deep, repr_of_deep_nesting_raises_recursion_error)
{
    tpy_object *l = t_keep(nested_lists(100000));
    cr_assert_null(tpy_repr(vm, l));
    cr_assert(tpy_err_matches(vm, &tpy_exc_RecursionError));
    tpy_err_clear(vm);
    cr_assert_eq(vm->depth, 0);
}

Test(deep, equality_of_deep_nesting_raises_recursion_error)
{
    tpy_object *a = t_keep(nested_lists(100000)), *b = t_keep(nested_lists(100000));
    cr_assert_eq(tpy_richcompare_bool(vm, a, b, TPY_EQ), -1);
    cr_assert(tpy_err_matches(vm, &tpy_exc_RecursionError));
    tpy_err_clear(vm);
    cr_assert_eq(vm->depth, 0);
}

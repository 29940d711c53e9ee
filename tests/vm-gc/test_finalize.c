/* tests/vm-gc: finalizers run once per object (PEP 442), a finalizer may
 * resurrect its object, and the collector stays safe around both. */
#include <criterion/criterion.h>

#include "gc_helpers.h"

static void start(void)
{
    t_start();
    g_fin_reset();
}

TestSuite(finalize, .init = start, .fini = t_end);

/* Two finalizable objects referring to each other, dropped. */
static void fin_pair(tpy_object **pa, tpy_object **pb)
{
    tpy_object *a = g_fin_new(), *b = g_fin_new();
    ((gfin *)a)->a = b;
    ((gfin *)b)->a = tpy_newref(a);
    *pa = a;
    *pb = b;
    tpy_decref(vm, a);
}

Test(finalize, each_object_of_a_cycle_is_finalized_once_then_freed)
{
    tiers before = g_tiers();
    tpy_object *a, *b;
    fin_pair(&a, &b);
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
    cr_assert_eq(g_finalized, 2);
    g_assert_tiers(before);
}

Test(finalize, refcount_death_runs_the_finalizer_once)
{
    tpy_object *a = g_fin_new();
    tpy_decref(vm, a);
    cr_assert_eq(g_finalized, 1);
}

Test(finalize, a_resurrected_object_survives_and_is_not_finalized_again)
{
    tpy_object *a, *b;
    fin_pair(&a, &b);
    ((gfin *)a)->resurrect = 1;
    size_t live = g_live();
    cr_assert_eq(tpy_gc_collect(vm, 2), 0, "the whole cycle is reachable from g_saved again");
    cr_assert_eq(g_finalized, 2, "both finalizers ran");
    cr_assert_eq(g_live(), live, "nothing was freed");
    cr_assert_eq(tpy_list_len(g_saved), 1);
    cr_assert_eq(tpy_list_get(g_saved, 0), a);
    cr_assert(tpy_gc_object_finalized(a));
    cr_assert(tpy_gc_object_finalized(b));
    cr_assert(tpy_gc_object_tracked(a), "resurrected objects join the old generation");
    cr_assert_eq(((gfin *)a)->a, b, "nothing was cleared");

    /* Garbage again: freed this time without finalizers. */
    tpy_object *r = tpy_call_method(vm, g_saved, "clear", NULL, 0);
    tpy_decref(vm, r);
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
    cr_assert_eq(g_finalized, 2);
}

Test(finalize, resurrection_keeps_what_the_survivor_refers_to)
{
    tiers before = g_tiers();
    tpy_object *a, *b;
    fin_pair(&a, &b);
    tpy_object *l = tpy_list_new(vm, 0);
    tpy_list_append(vm, l, tpy_newref(l));
    ((gfin *)b)->b = l;              /* b -> l, l a cycle of its own */
    ((gfin *)b)->resurrect = 1;
    cr_assert_eq(tpy_gc_collect(vm, 2), 0);
    cr_assert_eq(tpy_list_len(l), 1, "l was reachable from the survivor: not cleared");
    tpy_object *r = tpy_call_method(vm, g_saved, "clear", NULL, 0);
    tpy_decref(vm, r);
    cr_assert_eq(tpy_gc_collect(vm, 2), 3);
    g_assert_tiers(before);
}

Test(finalize, a_refcount_resurrection_after_gc_finalization_is_not_finalized_again)
{
    tpy_object *a = g_fin_new();
    ((gfin *)a)->resurrect = 1;
    tpy_decref(vm, a);               /* finalizer runs, resurrects into g_saved */
    cr_assert_eq(g_finalized, 1);
    cr_assert_eq(tpy_list_len(g_saved), 1);
    cr_assert(tpy_gc_object_tracked(a), "tracked again after resurrection");
    tpy_object *r = tpy_call_method(vm, g_saved, "clear", NULL, 0);   /* dies for good */
    tpy_decref(vm, r);
    cr_assert_eq(g_finalized, 1);
}

/* ---- a finalizer that raises, or collects ------------------------------------------------------ */

static int nested_result = -1;

static void collecting_finalize(tpy_vm *v, tpy_object *o)
{
    (void)o;
    cr_assert(tpy_gc_collecting(v));
    nested_result = (int)tpy_gc_collect(v, 2);
    tpy_err_set(v, &tpy_exc_RuntimeError, "finalizer failed");
}

Test(finalize, collecting_inside_a_finalizer_is_a_no_op_and_errors_are_unraisable)
{
    void (*saved)(tpy_vm *, tpy_object *) = g_fin_type.finalize;
    g_fin_type.finalize = collecting_finalize;
    tpy_object *a, *b;
    fin_pair(&a, &b);
    tpy_err_set(vm, &tpy_exc_KeyError, "pending");
    intptr_t n = tpy_gc_collect(vm, 2);
    g_fin_type.finalize = saved;
    cr_assert_eq(n, 2);
    cr_assert_eq(nested_result, 0);
    cr_assert(tpy_err_matches(vm, &tpy_exc_KeyError), "the caller's exception is kept");
    tpy_err_clear(vm);
}

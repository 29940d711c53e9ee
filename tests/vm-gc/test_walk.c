/* tests/vm-gc: the passes of one collection over the heap
 * (vm/gc/collect.c). A full collection with nothing frozen counts the
 * references from inside in one pass, a member starting when first met;
 * the marking walk decides each survivor's untracking (vm/gc/untrack.c)
 * as it keeps it, in the order of the finished list. */
#include <criterion/criterion.h>

#include "gc_helpers.h"

TestSuite(walk, .init = t_start, .fini = t_end);

/* A pair of lists referring to each other; returns the first, owned. */
static tpy_object *list_pair(void)
{
    tpy_object *a = tpy_list_new(vm, 0), *b = tpy_list_new(vm, 0);
    tpy_list_append(vm, a, b);
    tpy_list_append(vm, b, tpy_newref(a));
    return a;
}

/* Live cycles, garbage cycles that refer to live objects, a live object
 * met first as a referent of garbage (the counting pass starts it there):
 * only the garbage goes, and the links of the survivors stay whole for
 * the collections after. */
Test(walk, a_full_collection_frees_the_garbage_and_keeps_the_reachable)
{
    tiers before = g_tiers();
    tpy_object *live = tpy_list_new(vm, 0);
    for (int i = 0; i < 100; i++) {
        tpy_object *shared = tpy_list_new(vm, 0);   /* made before its holders */
        tpy_object *garbage = list_pair();
        tpy_list_append(vm, garbage, tpy_newref(shared));
        tpy_decref(vm, garbage);
        tpy_list_append(vm, live, shared);
        tpy_list_append(vm, live, list_pair());      /* a live cycle */
    }
    cr_assert_eq(tpy_gc_collect(vm, 2), 200, "the 100 garbage pairs");
    cr_assert_eq(tpy_list_len(live), 200);
    for (intptr_t i = 0; i < 200; i++)
        cr_assert(tpy_gc_object_tracked(tpy_list_get(live, i)));
    tpy_decref(vm, list_pair());
    cr_assert_eq(tpy_gc_collect(vm, 0), 2, "a young collection after the full one");
    cr_assert_eq(tpy_gc_collect(vm, 2), 0);
    tpy_decref(vm, live);
    cr_assert_eq(tpy_gc_collect(vm, 2), 200, "the live pairs, once dropped");
    g_assert_tiers(before);
}

/* gc.freeze() sets objects aside: they are tracked but no members, so
 * the full collection counts with the members marked ahead; a frozen
 * object referred to by garbage keeps its links (the permanent list
 * must still merge back whole). */
Test(walk, a_frozen_object_referred_to_by_garbage_stays_on_its_list)
{
    tpy_object *frozen = t_keep(tpy_list_new(vm, 0));
    tpy_gc_freeze(vm);
    size_t nfrozen = tpy_gc_get_freeze_count(vm);
    tpy_object *garbage = list_pair();
    tpy_list_append(vm, garbage, tpy_newref(frozen));
    tpy_decref(vm, garbage);
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
    cr_assert_eq(tpy_gc_get_freeze_count(vm), nfrozen);
    cr_assert_eq(frozen->refcnt, 1, "the garbage's reference went with it");
    cr_assert_not(tpy_gc_in_collected_set(frozen), "its head holds links, not a count");
    tpy_gc_untrack(frozen);   /* unlinking follows its prev link */
    cr_assert_eq(tpy_gc_get_freeze_count(vm), nfrozen - 1);
    tpy_gc_track(vm, frozen);
    tpy_gc_unfreeze(vm);
    cr_assert(tpy_gc_object_tracked(frozen));
    cr_assert_eq(tpy_gc_collect(vm, 2), 0);
    cr_assert(tpy_gc_object_tracked(frozen), "a list stays tracked");
}

/* outer = (middle,), middle = ("a", inner), inner = (3.5,): only outer
 * is held from outside. When the walk keeps outer, middle is back in
 * young and inner still judged unreachable; all three leave at once. */
Test(walk, an_item_tuple_still_judged_unreachable_leaves_with_its_holder)
{
    tpy_object *f = t_float(3.5);
    tpy_object *inner = tpy_tuple_pack(vm, 1, f);
    tpy_object *middle = tpy_tuple_pack(vm, 2, t_s("a"), inner);
    tpy_object *outer = t_keep(tpy_tuple_pack(vm, 1, middle));
    tpy_decref(vm, inner);
    tpy_decref(vm, middle);
    tpy_decref(vm, list_pair());
    cr_assert(tpy_gc_object_tracked(inner) && tpy_gc_object_tracked(middle));
    cr_assert_eq(tpy_gc_collect(vm, 2), 2, "the pair, not the tuples");
    cr_assert_not(tpy_gc_object_tracked(outer));
    cr_assert_not(tpy_gc_object_tracked(middle));
    cr_assert_not(tpy_gc_object_tracked(inner));
    cr_assert_eq(tpy_tuple_get(tpy_tuple_get(middle, 1), 0), f, "the nest is whole");
}

/* Twelve tuples nested in one another, the outermost held: a holder looks
 * eight levels down, so the first collection untracks the nine innermost
 * and the second the three outermost, whose items are atomic by then. */
Test(walk, a_nest_deeper_than_eight_leaves_the_lists_over_two_collections)
{
    enum { DEPTH = 12 };
    tpy_object *level[DEPTH];   /* level[0] outermost; borrowed from it */
    tpy_object *t = tpy_tuple_pack(vm, 1, t_int(7));
    for (int i = DEPTH - 1; i > 0; i--) {
        level[i] = t;
        t = tpy_tuple_pack(vm, 1, t);
        tpy_decref(vm, level[i]);
    }
    level[0] = t_keep(t);
    cr_assert_eq(tpy_gc_collect(vm, 2), 0);
    for (int i = 0; i < DEPTH; i++)
        cr_assert_eq(tpy_gc_object_tracked(level[i]), i < 3, "level %d", i);
    cr_assert_eq(tpy_gc_collect(vm, 2), 0);
    for (int i = 0; i < DEPTH; i++)
        cr_assert_not(tpy_gc_object_tracked(level[i]), "level %d", i);
}

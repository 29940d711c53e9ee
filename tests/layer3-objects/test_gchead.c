/* tests/layer3-objects: the GC head sits in the 16 bytes before a
 * container, packs its flags and the collector's copied count the way
 * CPython 3.8+ does, and links every container into generation 0 from its
 * birth until it is freed. */
#include "helpers.h"

#include <criterion/criterion.h>

#include <stdalign.h>

Test(gchead, is_two_words_placed_immediately_before_the_object)
{
    cr_assert_eq(sizeof(tpy_gc_head), 2 * sizeof(uintptr_t));
    if (sizeof(void *) == 8)
        cr_assert_eq(sizeof(tpy_gc_head), 16, "16 bytes on 64-bit, as in CPython");
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *l = tpy_obj_new(t.heap, &list_type);
    tpy_gc_head *g = TPY_GC_HEAD(l);
    cr_assert_eq((char *)l - (char *)g, (ptrdiff_t)sizeof(tpy_gc_head));
    cr_assert_eq(TPY_GC_OBJ(g), l);
    cr_assert_eq((uintptr_t)g % 16, 0, "the head, and so the object, is 16-byte aligned");
    tpy_obj_free(t.heap, l);
    heap_done(&t);
}

Test(gchead, leaves_the_low_pointer_bits_free_for_flags)
{
    cr_assert_geq(alignof(tpy_gc_head), 4);
    cr_assert_eq(TPY_GC_PREV_MASK & (TPY_GC_PREV_FINALIZED | TPY_GC_PREV_COLLECTING), 0);
    cr_assert_eq((uintptr_t)1 << TPY_GC_PREV_SHIFT, 4);
}

Test(gchead, every_container_is_tracked_in_generation_zero_in_birth_order)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_gc_generation *gen = tpy_obj_heap_gc(t.heap);
        cr_assert(tpy_gc_list_is_empty(&gen[0].head));
        tpy_object *o[6];
        for (int i = 0; i < 6; i++)
            o[i] = (i % 2) ? tpy_obj_new(t.heap, &list_type)
                           : tpy_obj_new_var(t.heap, &tuple_type, (size_t)i);
        tpy_object *f = tpy_obj_new(t.heap, &float_type);
        cr_assert_eq(gen[0].count, 6, "%s: floats are not counted", mode_name(m));
        cr_assert_eq(tpy_gc_list_size(&gen[0].head), 6);
        int i = 0;
        for (tpy_gc_head *g = tpy_gc_next(&gen[0].head); g != &gen[0].head; g = tpy_gc_next(g))
            cr_assert_eq(TPY_GC_OBJ(g), o[i++]);
        cr_assert(tpy_gc_list_is_empty(&gen[1].head));
        cr_assert(tpy_gc_list_is_empty(&gen[2].head));
        tpy_obj_free(t.heap, f);
        for (i = 0; i < 6; i++)
            tpy_obj_free(t.heap, o[i]);
        heap_done(&t);
    }
}

Test(gchead, freeing_a_container_unlinks_it_and_lowers_the_count)
{
    test_heap t = heap_in_mode(MODE_POOL);
    tpy_gc_generation *gen = tpy_obj_heap_gc(t.heap);
    tpy_object *a = tpy_obj_new(t.heap, &list_type);
    tpy_object *b = tpy_obj_new(t.heap, &list_type);
    tpy_object *c = tpy_obj_new(t.heap, &list_type);
    tpy_obj_free(t.heap, b);
    cr_assert_eq(gen[0].count, 2);
    cr_assert_eq(tpy_gc_next(TPY_GC_HEAD(a)), TPY_GC_HEAD(c));
    cr_assert_eq(tpy_gc_prev(TPY_GC_HEAD(c)), TPY_GC_HEAD(a));
    gen[0].count = 0;   /* the collector ran */
    tpy_obj_free(t.heap, a);
    cr_assert_eq(gen[0].count, 0, "the count never goes below zero");
    tpy_obj_free(t.heap, c);
    cr_assert(tpy_gc_list_is_empty(&gen[0].head));
    heap_done(&t);
}

Test(gchead, a_container_freed_from_an_older_generation_leaves_it)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_gc_generation *gen = tpy_obj_heap_gc(t.heap);
    tpy_object *a = tpy_obj_new(t.heap, &list_type);
    tpy_object *b = tpy_obj_new(t.heap, &list_type);
    tpy_gc_list_merge(&gen[0].head, &gen[2].head);   /* what a collection does */
    cr_assert(tpy_gc_list_is_empty(&gen[0].head));
    cr_assert_eq(tpy_gc_list_size(&gen[2].head), 2);
    tpy_obj_free(t.heap, a);
    cr_assert_eq(tpy_gc_list_size(&gen[2].head), 1);
    cr_assert_eq(tpy_gc_next(&gen[2].head), TPY_GC_HEAD(b));
    tpy_obj_free(t.heap, b);
    cr_assert(tpy_gc_list_is_empty(&gen[2].head));
    heap_done(&t);
}

Test(gchead, untrack_and_track_move_a_container_out_of_and_into_generation_zero)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_gc_generation *gen = tpy_obj_heap_gc(t.heap);
    tpy_object *tu = tpy_obj_new_var(t.heap, &tuple_type, 2);
    tpy_obj_gc_untrack(tu);
    cr_assert_not(tpy_gc_is_tracked(tu));
    cr_assert(tpy_gc_list_is_empty(&gen[0].head));
    tpy_obj_gc_untrack(tu);   /* twice is harmless */
    tpy_obj_gc_track(t.heap, tu);
    tpy_obj_gc_track(t.heap, tu);   /* and so is tracking twice */
    cr_assert_eq(tpy_gc_list_size(&gen[0].head), 1);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    tpy_obj_gc_track(t.heap, f);   /* no GC head: ignored */
    cr_assert_eq(tpy_gc_list_size(&gen[0].head), 1);
    tpy_obj_gc_untrack(tu);
    tpy_obj_free(t.heap, tu);   /* freeing an untracked container is fine */
    tpy_obj_free(t.heap, f);
    cr_assert_eq(gen[0].count, 0);
    heap_done(&t);
}

Test(gchead, prev_keeps_its_flags_while_the_object_moves_between_lists)
{
    tpy_gc_head a, b, list1, list2;
    tpy_gc_list_init(&list1);
    tpy_gc_list_init(&list2);
    a.prev = 0;
    b.prev = TPY_GC_PREV_FINALIZED;
    tpy_gc_list_append(&a, &list1);
    tpy_gc_list_append(&b, &list1);
    cr_assert_eq(tpy_gc_prev(&b), &a);
    cr_assert(b.prev & TPY_GC_PREV_FINALIZED);
    tpy_gc_list_move(&b, &list2);
    cr_assert(b.prev & TPY_GC_PREV_FINALIZED, "the flag survives the move");
    cr_assert_eq(tpy_gc_prev(&b), &list2);
    cr_assert_eq(tpy_gc_next(&a), &list1);
    cr_assert_eq(tpy_gc_list_size(&list1), 1);
    tpy_gc_list_remove(&b);
    cr_assert_eq(b.next, 0, "a removed head reads as untracked");
    cr_assert(tpy_gc_list_is_empty(&list2));
}

Test(gchead, the_copied_count_round_trips_and_keeps_the_flags)
{
    tpy_gc_head g = {0, TPY_GC_PREV_FINALIZED | TPY_GC_PREV_COLLECTING};
    tpy_gc_set_refs(&g, 123456789);
    cr_assert_eq(tpy_gc_refs(&g), 123456789);
    tpy_gc_decref(&g);
    tpy_gc_decref(&g);
    cr_assert_eq(tpy_gc_refs(&g), 123456787);
    cr_assert_eq(g.prev & 3, TPY_GC_PREV_FINALIZED | TPY_GC_PREV_COLLECTING);
    tpy_gc_set_refs(&g, 0);
    cr_assert_eq(tpy_gc_refs(&g), 0);
    cr_assert_eq(g.prev, TPY_GC_PREV_FINALIZED | TPY_GC_PREV_COLLECTING);
}

Test(gchead, next_hides_the_unreachable_mark)
{
    tpy_gc_head a, list;
    tpy_gc_list_init(&list);
    a.prev = 0;
    tpy_gc_list_append(&a, &list);
    list.next |= TPY_GC_NEXT_UNREACHABLE;
    cr_assert_eq(tpy_gc_next(&list), &a);
    tpy_gc_set_next(&list, &a);
    cr_assert_eq(list.next & TPY_GC_NEXT_UNREACHABLE, 0, "setting next clears the mark");
}

Test(gchead, merge_appends_in_order_and_empties_the_source)
{
    tpy_gc_head n[5], from, to;
    tpy_gc_list_init(&from);
    tpy_gc_list_init(&to);
    for (int i = 0; i < 5; i++) {
        n[i].prev = 0;
        tpy_gc_list_append(&n[i], i < 2 ? &to : &from);
    }
    tpy_gc_list_merge(&from, &to);
    cr_assert(tpy_gc_list_is_empty(&from));
    int i = 0;
    for (tpy_gc_head *g = tpy_gc_next(&to); g != &to; g = tpy_gc_next(g), i++) {
        cr_assert_eq(g, &n[i]);
        cr_assert_eq(tpy_gc_next(tpy_gc_prev(g)), g);
    }
    cr_assert_eq(i, 5);
    tpy_gc_list_merge(&from, &to);   /* merging an empty list changes nothing */
    cr_assert_eq(tpy_gc_list_size(&to), 5);
}

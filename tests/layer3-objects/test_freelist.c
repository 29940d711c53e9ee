/* tests/layer3-objects: free lists hand back the object freed last, keep
 * no more than their capacity, are kept per item count for variable-size
 * types, and can be switched off, overridden and emptied. */
#include "helpers.h"

#include <criterion/criterion.h>

Test(freelist, reuses_objects_last_freed_first)
{
    for (int m = MODE_FREELISTS; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_object *o[5];
        for (int i = 0; i < 5; i++)
            o[i] = tpy_obj_new(t.heap, &float_type);
        for (int i = 0; i < 5; i++)
            tpy_obj_free(t.heap, o[i]);
        for (int i = 4; i >= 0; i--) {
            tpy_object *r = tpy_obj_new(t.heap, &float_type);
            cr_assert_eq(r, o[i], "%s: LIFO, expected object %d", mode_name(m), i);
            cr_assert_eq(r->refcnt, 1);
            cr_assert_eq(r->type, &float_type);
        }
        tpy_obj_type_stats_t s = type_stats(t.heap, &float_type);
        cr_assert_eq(s.freelist_hits, 5);
        cr_assert_eq(s.freelist_misses, 5);
        cr_assert_eq(s.allocated, 10);
        for (int i = 0; i < 5; i++)
            tpy_obj_free(t.heap, o[i]);
        heap_done(&t);
    }
}

Test(freelist, keeps_at_most_its_capacity_and_releases_the_rest)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_object *o[6];
    for (int i = 0; i < 6; i++)
        o[i] = tpy_obj_new(t.heap, &cap3_type);
    size_t blocks = mem_blocks_live(t.mem);
    for (int i = 0; i < 6; i++)
        tpy_obj_free(t.heap, o[i]);
    tpy_obj_type_stats_t s = type_stats(t.heap, &cap3_type);
    cr_assert_eq(s.freelist_objects, 3);
    cr_assert_eq(s.freelist_bytes, 3 * cap3_type.basic_size);
    cr_assert_eq(s.freelist_full, 3);
    cr_assert_eq(mem_blocks_live(t.mem), blocks - 3, "three blocks went back to layer1");
    /* the three kept are the first three freed, handed out newest first */
    cr_assert_eq(tpy_obj_new(t.heap, &cap3_type), o[2]);
    cr_assert_eq(tpy_obj_new(t.heap, &cap3_type), o[1]);
    cr_assert_eq(tpy_obj_new(t.heap, &cap3_type), o[0]);
    tpy_object *fresh = tpy_obj_new(t.heap, &cap3_type);
    s = type_stats(t.heap, &cap3_type);
    cr_assert_eq(s.freelist_hits, 3);
    cr_assert_eq(s.freelist_misses, 7);
    cr_assert_eq(s.freelist_objects, 0);
    tpy_obj_free(t.heap, o[0]);
    tpy_obj_free(t.heap, o[1]);
    tpy_obj_free(t.heap, o[2]);
    tpy_obj_free(t.heap, fresh);
    heap_done(&t);
}

Test(freelist, variable_objects_are_kept_per_item_count)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *two = tpy_obj_new_var(t.heap, &tuple_type, 2);
    tpy_object *three = tpy_obj_new_var(t.heap, &tuple_type, 3);
    tpy_obj_free(t.heap, two);
    tpy_obj_free(t.heap, three);
    tpy_object *r2 = tpy_obj_new_var(t.heap, &tuple_type, 2);
    cr_assert_eq(r2, two, "the 2-tuple list is not disturbed by the 3-tuple freed after it");
    cr_assert_eq(((tpy_var_object *)r2)->size, 2);
    tpy_object *r4 = tpy_obj_new_var(t.heap, &tuple_type, 4);
    cr_assert_neq(r4, three, "no 4-tuple is kept, and a 3-tuple block is too small");
    tpy_object *r3 = tpy_obj_new_var(t.heap, &tuple_type, 3);
    cr_assert_eq(r3, three);
    tpy_obj_free(t.heap, r2);
    tpy_obj_free(t.heap, r3);
    tpy_obj_free(t.heap, r4);
    tpy_obj_type_stats_t s = type_stats(t.heap, &tuple_type);
    cr_assert_eq(s.freelist_objects, 3);
    cr_assert_eq(s.freelist_bytes, 3 * (sizeof(tpy_gc_head) + sizeof(t_tuple)) +
                                    9 * sizeof(tpy_object *));
    heap_done(&t);
}

Test(freelist, objects_of_more_than_twenty_items_are_never_kept)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_object *big = tpy_obj_new_var(t.heap, &tuple_type, TPY_OBJ_FREELIST_MAX_ITEMS + 1);
    tpy_object *edge = tpy_obj_new_var(t.heap, &tuple_type, TPY_OBJ_FREELIST_MAX_ITEMS);
    size_t blocks = mem_blocks_live(t.mem);
    tpy_obj_free(t.heap, big);
    tpy_obj_free(t.heap, edge);
    cr_assert_eq(mem_blocks_live(t.mem), blocks - 1);
    tpy_obj_type_stats_t s = type_stats(t.heap, &tuple_type);
    cr_assert_eq(s.freelist_objects, 1, "the 20-tuple is kept");
    cr_assert_eq(s.freelist_misses, 1, "a 21-tuple is no miss: it never could hit");
    heap_done(&t);
}

Test(freelist, switched_off_every_free_returns_the_block)
{
    for (int m = 0; m < MODE_FREELISTS; m++) {
        test_heap t = heap_in_mode(m);
        tpy_obj_type_register(t.heap, &float_type);
        tpy_obj_type_register(t.heap, &tuple_type);
        size_t blocks = mem_blocks_live(t.mem);
        tpy_object *a = tpy_obj_new(t.heap, &float_type);
        tpy_obj_free(t.heap, a);
        tpy_object *b = tpy_obj_new_var(t.heap, &tuple_type, 2);
        tpy_obj_free(t.heap, b);
        tpy_obj_type_stats_t s = type_stats(t.heap, &float_type);
        cr_assert_eq(s.freelist_cap, 0);
        cr_assert_eq(s.freelist_objects, 0);
        cr_assert_eq(s.freelist_hits + s.freelist_misses, 0);
        cr_assert_eq(type_stats(t.heap, &tuple_type).freelist_objects, 0);
        if (!(m & MODE_POOL))
            cr_assert_eq(mem_blocks_live(t.mem), blocks, "both blocks went back to layer1");
        heap_done(&t);
    }
}

Test(freelist, a_capacity_override_applies_to_every_type)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("debug", NULL, 0);
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cfg.mem = mem;
    cfg.freelist_cap = 1;
    tpy_obj_heap *h = tpy_obj_heap_new(&cfg);
    tpy_object *a = tpy_obj_new(h, &float_type);
    tpy_object *b = tpy_obj_new(h, &float_type);
    tpy_object *c = tpy_obj_new(h, &bare_type);
    tpy_object *d = tpy_obj_new(h, &bare_type);
    tpy_obj_free(h, a);
    tpy_obj_free(h, b);
    tpy_obj_free(h, c);
    tpy_obj_free(h, d);
    cr_assert_eq(type_stats(h, &float_type).freelist_cap, 1);
    cr_assert_eq(type_stats(h, &float_type).freelist_objects, 1);
    cr_assert_eq(type_stats(h, &bare_type).freelist_objects, 1,
                 "even a type without a free list of its own gets one");
    cr_assert_eq(tpy_obj_new(h, &float_type), a);
    tpy_obj_free(h, a);
    tpy_obj_heap_delete(h);
    cr_assert_eq(mem_blocks_live(mem), 0);
    tpy_mem_allocator_delete(mem);
}

Test(freelist, clearing_gives_every_kept_block_back)
{
    for (int m = MODE_FREELISTS; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_obj_type_register(t.heap, &float_type);
        tpy_obj_type_register(t.heap, &tuple_type);
        size_t before = mem_blocks_live(t.mem);
        tpy_pool_stats_t p0;
        if (m & MODE_POOL)
            tpy_pool_stats(tpy_obj_heap_pool(t.heap), &p0);
        tpy_object *o[40];
        for (int i = 0; i < 40; i++)
            o[i] = (i % 2) ? tpy_obj_new(t.heap, &float_type)
                           : tpy_obj_new_var(t.heap, &tuple_type, (size_t)i % 7);
        for (int i = 0; i < 40; i++)
            tpy_obj_free(t.heap, o[i]);
        tpy_obj_stats_t s = heap_totals(t.heap);
        cr_assert_eq(s.freelist_objects, 40);
        tpy_obj_heap_clear_freelists(t.heap);
        s = heap_totals(t.heap);
        cr_assert_eq(s.freelist_objects, 0);
        cr_assert_eq(s.freelist_bytes, 0);
        if (m & MODE_POOL) {
            tpy_pool_stats_t p1;
            tpy_pool_stats(tpy_obj_heap_pool(t.heap), &p1);
            cr_assert_eq(p1.small_blocks_live, p0.small_blocks_live, "every block back in layer2");
        } else {
            cr_assert_eq(mem_blocks_live(t.mem), before, "every block back in layer1");
        }
        heap_done(&t);
    }
}

Test(freelist, a_container_on_a_free_list_is_untracked_and_tracked_again_on_reuse)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_gc_generation *gen = tpy_obj_heap_gc(t.heap);
    tpy_object *l = tpy_obj_new(t.heap, &list_type);
    cr_assert(tpy_gc_is_tracked(l));
    tpy_obj_free(t.heap, l);
    cr_assert(tpy_gc_list_is_empty(&gen[0].head));
    cr_assert_eq(gen[0].count, 0);
    tpy_object *again = tpy_obj_new(t.heap, &list_type);
    cr_assert_eq(again, l);
    cr_assert(tpy_gc_is_tracked(again));
    cr_assert_eq(tpy_gc_list_size(&gen[0].head), 1);
    cr_assert_eq(gen[0].count, 1);
    tpy_obj_free(t.heap, again);
    heap_done(&t);
}

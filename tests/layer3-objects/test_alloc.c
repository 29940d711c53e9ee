/* tests/layer3-objects: objects of fixed and variable size come out of a
 * heap with their header set, aligned, in every configuration; resize keeps
 * what fits; counting down to zero runs the type's destroy hook. */
#include "helpers.h"

#include <criterion/criterion.h>

#include <string.h>

Test(alloc, a_fixed_object_starts_with_one_reference_and_its_type)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        t_float *f = (t_float *)tpy_obj_new(t.heap, &float_type);
        cr_assert_not_null(f, "%s", mode_name(m));
        cr_assert_eq(f->ob.refcnt, 1);
        cr_assert_eq(f->ob.type, &float_type);
        f->value = 2.5;
        cr_assert_eq(type_stats(t.heap, &float_type).live, 1);
        tpy_obj_free(t.heap, &f->ob);
        cr_assert_eq(type_stats(t.heap, &float_type).live, 0);
        heap_done(&t);
    }
}

Test(alloc, a_variable_object_records_its_item_count_and_holds_every_item)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        for (size_t n = 0; n < 70; n += 7) {
            t_int *i = (t_int *)tpy_obj_new_var(t.heap, &int_type, n);
            cr_assert_not_null(i);
            cr_assert_eq(i->ob.size, (intptr_t)n);
            cr_assert_eq(i->ob.base.type, &int_type);
            for (size_t k = 0; k < n; k++)
                i->digits[k] = (unsigned)(k * 7 + 1);
            for (size_t k = 0; k < n; k++)
                cr_assert_eq(i->digits[k], k * 7 + 1);
            tpy_obj_free(t.heap, &i->ob.base);
        }
        heap_done(&t);
    }
}

Test(alloc, new_on_a_variable_type_gives_zero_items)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    t_tuple *e = (t_tuple *)tpy_obj_new(t.heap, &tuple_type);
    cr_assert_not_null(e);
    cr_assert_eq(e->ob.size, 0);
    tpy_obj_free(t.heap, &e->ob.base);
    heap_done(&t);
}

Test(alloc, objects_and_gc_heads_are_16_byte_aligned_in_every_mode)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_object *objs[64];
        for (int i = 0; i < 64; i++) {
            objs[i] = (i % 2) ? tpy_obj_new(t.heap, &float_type)
                              : tpy_obj_new_var(t.heap, &tuple_type, (size_t)i % 5);
            cr_assert_not_null(objs[i]);
            cr_assert_eq((uintptr_t)objs[i] % 16, 0, "%s: object %d at %p",
                         mode_name(m), i, (void *)objs[i]);
        }
        for (int i = 0; i < 64; i++)
            tpy_obj_free(t.heap, objs[i]);
        heap_done(&t);
    }
}

Test(alloc, a_container_is_zeroed_at_birth_even_when_reused)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    t_tuple *a = (t_tuple *)tpy_obj_new_var(t.heap, &tuple_type, 3);
    for (int k = 0; k < 3; k++)
        a->items[k] = (tpy_object *)(uintptr_t)0xdead0;
    tpy_obj_free(t.heap, &a->ob.base);
    t_tuple *b = (t_tuple *)tpy_obj_new_var(t.heap, &tuple_type, 3);
    cr_assert_eq(b, a, "the 3-tuple comes back from the free list");
    for (int k = 0; k < 3; k++)
        cr_assert_null(b->items[k], "item %d is zero so traverse may run at once", k);
    t_list *l = (t_list *)tpy_obj_new(t.heap, &list_type);
    cr_assert_null(l->items);
    cr_assert_eq(l->n, 0);
    tpy_obj_free(t.heap, &b->ob.base);
    tpy_obj_free(t.heap, &l->ob);
    heap_done(&t);
}

Test(alloc, a_block_holds_the_gc_head_the_basic_size_and_the_items)
{
    test_heap t = heap_in_mode(MODE_POOL);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    cr_assert_eq(type_stats(t.heap, &float_type).bytes_live, sizeof(t_float));
    tpy_object *tu = tpy_obj_new_var(t.heap, &tuple_type, 5);
    cr_assert_eq(type_stats(t.heap, &tuple_type).bytes_live,
                 sizeof(tpy_gc_head) + sizeof(t_tuple) + 5 * sizeof(tpy_object *));
    tpy_obj_free(t.heap, f);
    tpy_obj_free(t.heap, tu);
    cr_assert_eq(type_stats(t.heap, &tuple_type).bytes_live, 0);
    heap_done(&t);
}

Test(alloc, objects_above_the_pool_threshold_are_served_too)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_object *b = tpy_obj_new(t.heap, &big_type);
        cr_assert_not_null(b);
        memset((char *)b + sizeof(tpy_object), 0x5a, big_type.basic_size - sizeof(tpy_object));
        tpy_obj_free(t.heap, b);
        heap_done(&t);
    }
}

Test(alloc, an_impossible_item_count_fails_cleanly)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    cr_assert_null(tpy_obj_new_var(t.heap, &tuple_type, SIZE_MAX / 2));
    cr_assert_null(tpy_obj_new_var(t.heap, &int_type, SIZE_MAX));
    cr_assert_eq(type_stats(t.heap, &tuple_type).failures, 1);
    cr_assert_eq(type_stats(t.heap, &tuple_type).live, 0);
    heap_done(&t);
}

Test(resize, growing_keeps_the_items_and_sets_the_new_count)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        t_int *i = (t_int *)tpy_obj_new_var(t.heap, &int_type, 4);
        for (unsigned k = 0; k < 4; k++)
            i->digits[k] = 100 + k;
        i = (t_int *)tpy_obj_resize(t.heap, &i->ob.base, 500);
        cr_assert_not_null(i);
        cr_assert_eq(i->ob.size, 500);
        for (unsigned k = 0; k < 4; k++)
            cr_assert_eq(i->digits[k], 100 + k);
        i->digits[499] = 7;
        i = (t_int *)tpy_obj_resize(t.heap, &i->ob.base, 2);
        cr_assert_not_null(i);
        cr_assert_eq(i->ob.size, 2);
        cr_assert_eq(i->digits[1], 101);
        tpy_obj_type_stats_t s = type_stats(t.heap, &int_type);
        cr_assert_eq(s.resizes, 2);
        cr_assert_eq(s.bytes_live, sizeof(t_int) + 2 * sizeof(unsigned));
        tpy_obj_free(t.heap, &i->ob.base);
        cr_assert_eq(type_stats(t.heap, &int_type).bytes_live, 0);
        heap_done(&t);
    }
}

Test(resize, new_items_of_a_container_are_zero)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    t_tuple *tu = (t_tuple *)tpy_obj_new_var(t.heap, &tuple_type, 1);
    tu->items[0] = (tpy_object *)tu;
    tu = (t_tuple *)tpy_obj_resize(t.heap, &tu->ob.base, 40);
    cr_assert_not_null(tu);
    cr_assert_not_null(tu->items[0]);
    for (int k = 1; k < 40; k++)
        cr_assert_null(tu->items[k]);
    tpy_obj_free(t.heap, &tu->ob.base);
    heap_done(&t);
}

Test(resize, a_container_that_moves_keeps_its_place_in_its_generation)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_object *a = tpy_obj_new(t.heap, &list_type);
        tpy_object *b = tpy_obj_new_var(t.heap, &tuple_type, 1);
        tpy_object *c = tpy_obj_new(t.heap, &list_type);
        tpy_object *b2 = tpy_obj_resize(t.heap, b, 4000);   /* from a pool block to layer1: moves */
        cr_assert_not_null(b2);
        cr_assert_neq(b2, b, "%s: the object moved", mode_name(m));
        tpy_gc_head *gen0 = &tpy_obj_heap_gc(t.heap)[0].head;
        tpy_object *order[3] = {a, b2, c};
        tpy_gc_head *g = tpy_gc_next(gen0);
        for (int k = 0; k < 3; k++, g = tpy_gc_next(g)) {
            cr_assert_eq(TPY_GC_OBJ(g), order[k], "%s: position %d", mode_name(m), k);
            cr_assert_eq(tpy_gc_next(tpy_gc_prev(g)), g, "links agree both ways");
        }
        cr_assert_eq(g, gen0);
        cr_assert_eq(tpy_gc_prev(gen0), TPY_GC_HEAD(c));
        tpy_obj_free(t.heap, b2);
        tpy_obj_free(t.heap, a);
        tpy_obj_free(t.heap, c);
        cr_assert(tpy_gc_list_is_empty(gen0));
        heap_done(&t);
    }
}

Test(resize, fixed_size_objects_and_impossible_counts_are_refused)
{
    test_heap t = heap_in_mode(MODE_POOL);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    cr_assert_null(tpy_obj_resize(t.heap, f, 3));
    tpy_object *i = tpy_obj_new_var(t.heap, &int_type, 3);
    cr_assert_null(tpy_obj_resize(t.heap, i, SIZE_MAX));
    cr_assert_eq(((tpy_var_object *)i)->size, 3, "the object is intact");
    tpy_obj_free(t.heap, f);
    tpy_obj_free(t.heap, i);
    heap_done(&t);
}

Test(resize, a_failed_resize_leaves_the_object_intact)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        t_int *i = (t_int *)tpy_obj_new_var(t.heap, &int_type, 3);
        i->digits[2] = 42;
        if (m & MODE_POOL)
            tpy_pool_fail_at(tpy_obj_heap_pool(t.heap), 1, false);
        else
            tpy_mem_fail_at(t.mem, 1, false);
        cr_assert_null(tpy_obj_resize(t.heap, &i->ob.base, 1000));
        cr_assert_eq(i->ob.size, 3);
        cr_assert_eq(i->digits[2], 42);
        tpy_obj_type_stats_t s = type_stats(t.heap, &int_type);
        cr_assert_eq(s.failures, 1);
        cr_assert_eq(s.resizes, 0);
        cr_assert_eq(s.bytes_live, sizeof(t_int) + 3 * sizeof(unsigned));
        tpy_obj_free(t.heap, &i->ob.base);
        heap_done(&t);
    }
}

static int destroyed;

static void destroy_counting(tpy_obj_heap *heap, tpy_object *o)
{
    destroyed++;
    tpy_obj_free(heap, o);
}

static tpy_obj_type hooked_type = {
    .name = "hooked", .basic_size = sizeof(t_float), .freelist_cap = 10,
    .destroy = destroy_counting,
};

Test(refcount, the_last_decref_runs_the_destroy_hook_once)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *o = tpy_obj_new(t.heap, &hooked_type);
    tpy_obj_incref(o);
    tpy_obj_incref(o);
    cr_assert_eq(o->refcnt, 3);
    tpy_obj_decref(t.heap, o);
    tpy_obj_decref(t.heap, o);
    cr_assert_eq(destroyed, 0);
    tpy_obj_decref(t.heap, o);
    cr_assert_eq(destroyed, 1);
    cr_assert_eq(type_stats(t.heap, &hooked_type).freed, 1);
    heap_done(&t);
}

Test(refcount, without_a_hook_the_last_decref_frees)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_object *o = tpy_obj_new(t.heap, &float_type);
    tpy_obj_decref(t.heap, o);
    tpy_obj_type_stats_t s = type_stats(t.heap, &float_type);
    cr_assert_eq(s.freed, 1);
    cr_assert_eq(s.live, 0);
    cr_assert_eq(s.freelist_objects, 1);
    heap_done(&t);
}

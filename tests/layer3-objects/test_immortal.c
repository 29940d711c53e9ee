/* tests/layer3-objects: immortal objects and the small ints: counting never
 * frees them, tpy_obj_free refuses them, the heap owns and releases them. */
#include "helpers.h"

#include <criterion/criterion.h>

static int destroyed;

static void destroy_counting(tpy_obj_heap *heap, tpy_object *o)
{
    destroyed++;
    tpy_obj_free(heap, o);
}

static tpy_obj_type none_type = {
    .name = "NoneType", .basic_size = sizeof(tpy_object), .destroy = destroy_counting,
};

Test(immortal, survives_any_number_of_decrefs)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *none = tpy_obj_new_immortal(t.heap, &none_type, 0);
    cr_assert_not_null(none);
    cr_assert(tpy_obj_is_immortal(none));
    cr_assert_eq(none->refcnt, TPY_OBJ_IMMORTAL_REFCNT);
    for (int i = 0; i < 100000; i++)
        tpy_obj_decref(t.heap, none);
    cr_assert(tpy_obj_is_immortal(none));
    cr_assert_eq(destroyed, 0);
    tpy_object *plain = tpy_obj_new(t.heap, &float_type);
    cr_assert_not(tpy_obj_is_immortal(plain));
    tpy_obj_free(t.heap, plain);
    heap_done(&t);
}

Test(immortal, free_refuses_it_and_counts_the_refusal)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_object *none = tpy_obj_new_immortal(t.heap, &none_type, 0);
        tpy_obj_free(t.heap, none);
        tpy_obj_free(t.heap, none);
        tpy_obj_stats_t s = heap_totals(t.heap);
        cr_assert_eq(s.refused_frees, 2);
        cr_assert_eq(s.immortals, 1);
        cr_assert_eq(s.freed, 0);
        cr_assert_eq(none->type, &none_type, "still intact");
        cr_assert_eq(type_stats(t.heap, &none_type).freelist_objects, 0);
        heap_done(&t);   /* and the heap releases it: layer1 ends at zero */
    }
}

Test(immortal, a_container_is_never_tracked_and_cannot_be_resized)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *empty = tpy_obj_new_immortal(t.heap, &tuple_type, 0);
    cr_assert_not(tpy_gc_is_tracked(empty));
    tpy_obj_gc_track(t.heap, empty);
    cr_assert_not(tpy_gc_is_tracked(empty), "the collector has nothing to free among immortals");
    cr_assert_eq(tpy_obj_heap_gc(t.heap)[0].count, 0);
    cr_assert_null(tpy_obj_resize(t.heap, empty, 3));
    cr_assert_eq(((tpy_var_object *)empty)->size, 0);
    tpy_object *pair = tpy_obj_new_immortal(t.heap, &tuple_type, 2);
    cr_assert_eq(((tpy_var_object *)pair)->size, 2);
    cr_assert_null(((t_tuple *)pair)->items[1]);
    heap_done(&t);
}

Test(small_ints, are_262_immortal_objects_one_stride_apart)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        tpy_object *base = tpy_obj_small_ints(t.heap, &int_type);
        cr_assert_not_null(base);
        size_t stride = tpy_obj_small_int_stride(&int_type);
        cr_assert_geq(stride, sizeof(t_int) + sizeof(unsigned));
        cr_assert_eq(stride % 16, 0);
        cr_assert_eq(TPY_OBJ_SMALL_INT_COUNT, 262);
        for (long v = TPY_OBJ_SMALL_INT_MIN; v <= TPY_OBJ_SMALL_INT_MAX; v++) {
            t_int *i = (t_int *)tpy_obj_small_int_at(base, stride, v);
            cr_assert(tpy_obj_is_immortal(&i->ob.base), "%ld", v);
            cr_assert_eq(i->ob.base.type, &int_type);
            cr_assert_eq(i->ob.size, 1, "room for one digit");
            cr_assert_eq(i->digits[0], 0, "the body is left zero for the VM");
            i->digits[0] = (unsigned)(v < 0 ? -v : v);
        }
        cr_assert_eq(tpy_obj_small_int_at(base, stride, -5), base);
        cr_assert_eq(((t_int *)tpy_obj_small_int_at(base, stride, 256))->digits[0], 256);
        cr_assert_eq(tpy_obj_small_ints(t.heap, &int_type), base, "allocated once per heap");
        cr_assert_eq(type_stats(t.heap, &int_type).immortals, 262);
        tpy_obj_free(t.heap, tpy_obj_small_int_at(base, stride, 7));
        tpy_obj_stats_t s = heap_totals(t.heap);
        cr_assert_eq(s.refused_frees, 1);
        heap_done(&t);
    }
}

Test(small_ints, refuse_a_second_type_and_container_types)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    cr_assert_null(tpy_obj_small_ints(t.heap, &list_type), "containers are refused");
    cr_assert_not_null(tpy_obj_small_ints(t.heap, &int_type));
    cr_assert_null(tpy_obj_small_ints(t.heap, &float_type), "the storage has one type");
    heap_done(&t);
}

Test(small_ints, fixed_size_types_get_their_basic_size)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_object *base = tpy_obj_small_ints(t.heap, &float_type);
    cr_assert_not_null(base);
    size_t stride = tpy_obj_small_int_stride(&float_type);
    cr_assert_eq(stride, 32, "24 bytes rounded to 16");
    t_float *f = (t_float *)tpy_obj_small_int_at(base, stride, 256);
    cr_assert_eq(f->ob.type, &float_type);
    cr_assert_eq(f->value, 0.0);
    heap_done(&t);
}

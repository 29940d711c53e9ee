/* tests/layer3-objects: tpy_obj_retype() moves a live object to a type of
 * the same layout, its counts with it, and refuses any other. */
#include "helpers.h"

#include <criterion/criterion.h>

Test(retype, moves_live_and_bytes_to_the_new_type_in_every_mode)
{
    for (int mode = 0; mode < N_MODES; mode++) {
        test_heap t = heap_in_mode(mode);
        tpy_object *keep = tpy_obj_new(t.heap, &float_type);
        tpy_object *o = tpy_obj_new(t.heap, &float_type);
        cr_assert_eq(tpy_obj_retype(t.heap, o, &bare_type), 0, "%s", mode_name(mode));
        cr_assert_eq(o->type, &bare_type);
        tpy_obj_type_stats_t f = type_stats(t.heap, &float_type);
        tpy_obj_type_stats_t b = type_stats(t.heap, &bare_type);
        cr_assert_eq(f.live, 1, "%s", mode_name(mode));
        cr_assert_eq(b.live, 1, "%s", mode_name(mode));
        cr_assert_eq(f.bytes_live, sizeof(t_float));
        cr_assert_eq(b.bytes_live, sizeof(t_float));
        tpy_obj_free(t.heap, o);   /* freed as a bare object */
        b = type_stats(t.heap, &bare_type);
        cr_assert_eq(b.live, 0);
        cr_assert_eq(b.bytes_live, 0);
        cr_assert_eq(type_stats(t.heap, &float_type).live, 1);
        tpy_obj_free(t.heap, keep);
        cr_assert_eq(heap_totals(t.heap).live, 0);
        heap_done(&t);
    }
}

Test(retype, same_type_is_a_no_op)
{
    test_heap t = heap_in_mode(MODE_POOL);
    tpy_object *o = tpy_obj_new(t.heap, &float_type);
    cr_assert_eq(tpy_obj_retype(t.heap, o, &float_type), 0);
    cr_assert_eq(type_stats(t.heap, &float_type).live, 1);
    cr_assert_eq(type_stats(t.heap, &float_type).allocated, 1);
    tpy_obj_free(t.heap, o);
    heap_done(&t);
}

Test(retype, refuses_another_layout_and_changes_nothing)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *o = tpy_obj_new(t.heap, &float_type);
    cr_assert_eq(tpy_obj_retype(t.heap, o, &list_type), -1, "a container's block differs");
    cr_assert_eq(tpy_obj_retype(t.heap, o, &big_type), -1, "another size");
    cr_assert_eq(tpy_obj_retype(t.heap, o, &int_type), -1, "variable-size");
    cr_assert_eq(tpy_obj_retype(t.heap, NULL, &bare_type), -1);
    cr_assert_eq(o->type, &float_type);
    cr_assert_eq(type_stats(t.heap, &float_type).live, 1);
    cr_assert_eq(type_stats(t.heap, &list_type).live, 0);
    tpy_obj_free(t.heap, o);
    heap_done(&t);
}

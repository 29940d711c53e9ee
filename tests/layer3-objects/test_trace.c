/* tests/layer3-objects: the trace hook (tpy_obj_heap_set_trace) reports
 * each allocation, free and resize of objects and raw blocks once, naming
 * the tier that served it, and nothing once switched off. */
#include "helpers.h"

#include <criterion/criterion.h>

typedef struct event {
    tpy_obj_trace_op op;
    int tier;
    const void *from, *to;
    size_t size;
} event;

typedef struct log {
    event e[64];
    int n;
} log_t;

static void record(void *ctx, tpy_obj_trace_op op, int tier, const void *from, const void *to,
                   size_t size)
{
    log_t *l = ctx;
    cr_assert_lt(l->n, 64);
    l->e[l->n++] = (event){op, tier, from, to, size};
}

static void expect(const log_t *l, int i, tpy_obj_trace_op op, int tier, const void *from,
                   const void *to)
{
    cr_assert_gt(l->n, i, "event %d missing", i);
    cr_assert_eq(l->e[i].op, op, "event %d: op %d, expected %d", i, l->e[i].op, op);
    cr_assert_eq(l->e[i].tier, tier, "event %d: tier %d, expected %d", i, l->e[i].tier, tier);
    cr_assert_eq(l->e[i].from, from, "event %d: old address", i);
    cr_assert_eq(l->e[i].to, to, "event %d: new address", i);
}

Test(trace, objects_name_the_tier_that_served_them)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    log_t l = {0};
    tpy_obj_heap_set_trace(t.heap, record, &l);
    tpy_object *a = tpy_obj_new(t.heap, &float_type);   /* a miss: from layer2 */
    tpy_obj_free(t.heap, a);                             /* kept on the free list */
    tpy_object *b = tpy_obj_new(t.heap, &float_type);   /* a hit: layer3's own */
    tpy_object *big = tpy_obj_new(t.heap, &big_type);   /* above the pool's threshold */
    tpy_obj_free(t.heap, b);
    cr_assert_eq(b, a);
    expect(&l, 0, TPY_OBJ_TRACE_ALLOC, 2, NULL, a);
    cr_assert_gt(l.e[0].size, sizeof(t_float) - 1, "the block's size is reported");
    expect(&l, 1, TPY_OBJ_TRACE_FREE, 3, a, NULL);
    expect(&l, 2, TPY_OBJ_TRACE_ALLOC, 3, NULL, a);
    expect(&l, 3, TPY_OBJ_TRACE_ALLOC, 1, NULL, big);
    expect(&l, 4, TPY_OBJ_TRACE_FREE, 3, a, NULL);
    cr_assert_eq(l.n, 5);
    tpy_obj_heap_set_trace(t.heap, NULL, NULL);
    tpy_obj_free(t.heap, big);
    cr_assert_eq(l.n, 5, "nothing is reported once the trace is off");
    heap_done(&t);
}

Test(trace, resizes_and_raw_blocks_are_reported)
{
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        log_t l = {0};
        tpy_obj_heap_set_trace(t.heap, record, &l);
        tpy_object *o = tpy_obj_new_var(t.heap, &int_type, 1);
        tpy_object *r = tpy_obj_resize(t.heap, o, 3);
        void *p = tpy_obj_heap_malloc(t.heap, 40);
        void *q = tpy_obj_heap_realloc(t.heap, p, 1000);
        tpy_obj_heap_free(t.heap, q);
        tpy_obj_free(t.heap, r);
        int small = m & MODE_POOL ? 2 : 1;
        expect(&l, 0, TPY_OBJ_TRACE_ALLOC, small, NULL, o);
        expect(&l, 1, TPY_OBJ_TRACE_REALLOC, small, o, r);
        expect(&l, 2, TPY_OBJ_TRACE_ALLOC, small, NULL, p);
        cr_assert_eq(l.e[2].size, 40);
        expect(&l, 3, TPY_OBJ_TRACE_REALLOC, 1, p, q);
        cr_assert_eq(l.e[3].size, 1000);
        expect(&l, 4, TPY_OBJ_TRACE_FREE, 1, q, NULL);
        expect(&l, 5, TPY_OBJ_TRACE_FREE, small, r, NULL);
        cr_assert_eq(l.n, 6, "%s: one event per request", mode_name(m));
        heap_done(&t);
    }
}

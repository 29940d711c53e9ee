/* tests/layer3-objects: a heap bundles the pool, the free lists and the
 * immortals; deleting it gives every block back to layer2 and layer1 and
 * every arena back to layer0; out of memory anywhere below is a clean NULL. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <tierpy/os.h>

#include <pthread.h>
#include <string.h>

static size_t os_arenas_live(void)
{
    tpy_os_stats_t s;
    tpy_os_stats(&s);
    return s.arenas_live;
}

/* Objects of every kind, some freed onto free lists, some immortal, a
 * small-int block and a raw block, all freed by the "VM" except what the
 * heap owns. */
static void exercise(tpy_obj_heap *h)
{
    tpy_object *o[300];
    for (int i = 0; i < 300; i++) {
        switch (i % 4) {
        case 0: o[i] = tpy_obj_new(h, &float_type); break;
        case 1: o[i] = tpy_obj_new_var(h, &tuple_type, (size_t)i % 25); break;
        case 2: o[i] = tpy_obj_new(h, &list_type); break;
        default: o[i] = tpy_obj_new(h, &big_type); break;
        }
        cr_assert_not_null(o[i]);
    }
    void *raw = tpy_obj_heap_malloc(h, 100);
    raw = tpy_obj_heap_realloc(h, raw, 5000);
    cr_assert_not_null(raw);
    cr_assert_not_null(tpy_obj_new_immortal(h, &bare_type, 0));
    cr_assert_not_null(tpy_obj_small_ints(h, &int_type));
    for (int i = 0; i < 300; i++)
        tpy_obj_free(h, o[i]);
    tpy_obj_heap_free(h, raw);
    char err[256] = "";
    if (tpy_obj_heap_pool(h) != NULL)
        cr_assert_eq(tpy_pool_check(tpy_obj_heap_pool(h), err, sizeof err), 0,
                     "layer3 kept layer2 consistent: %s", err);
}

Test(heap, deletion_leaves_layer0_and_layer1_where_they_were)
{
    size_t arenas = os_arenas_live();
    for (int m = 0; m < N_MODES; m++) {
        test_heap t = heap_in_mode(m);
        exercise(t.heap);
        if (m & MODE_POOL)
            cr_assert_gt(os_arenas_live(), arenas, "the pool holds arenas");
        heap_done(&t);   /* asserts layer1 holds no block of the heap */
        cr_assert_eq(os_arenas_live(), arenas, "%s: every arena back to layer0", mode_name(m));
    }
}

Test(heap, with_objects_freed_and_free_lists_cleared_the_pool_holds_only_the_immortals)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    exercise(t.heap);
    tpy_pool_stats_t p;
    tpy_pool *pool = tpy_obj_heap_pool(t.heap);
    tpy_pool_stats(pool, &p);
    cr_assert_gt(p.small_blocks_live, 2, "the free lists keep blocks");
    tpy_obj_heap_clear_freelists(t.heap);
    tpy_pool_stats(pool, &p);
    cr_assert_eq(p.small_blocks_live, 1, "only the immortal object");
    cr_assert_eq(p.large_blocks_live, 1, "only the small-int block");
    heap_done(&t);
}

Test(heap, defaults_are_pool_on_free_lists_on_per_type_capacity)
{
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cr_assert(cfg.use_pool);
    cr_assert(cfg.freelists);
    cr_assert_eq(cfg.freelist_cap, TPY_OBJ_CAP_PER_TYPE);
    cr_assert_null(cfg.mem);
    tpy_obj_heap *h = tpy_obj_heap_new(NULL);
    cr_assert_not_null(h);
    cr_assert_not_null(tpy_obj_heap_pool(h));
    cr_assert_eq(tpy_obj_heap_mem(h), tpy_mem_default());
    tpy_object *f = tpy_obj_new(h, &float_type);
    cr_assert_eq(type_stats(h, &float_type).freelist_cap, TPY_OBJ_FREELIST_FLOAT);
    tpy_obj_free(h, f);
    tpy_obj_heap_delete(h);
    tpy_obj_heap_delete(NULL);
}

Test(heap, an_invalid_pool_configuration_is_refused)
{
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cfg.pool.pool_size = 3000;   /* not a power of two */
    cr_assert_null(tpy_obj_heap_new(&cfg));
    cfg.use_pool = false;        /* the pool's layout is then irrelevant */
    tpy_obj_heap *h = tpy_obj_heap_new(&cfg);
    cr_assert_not_null(h);
    cr_assert_null(tpy_obj_heap_pool(h));
    tpy_obj_heap_delete(h);
}

Test(heap, raw_memory_goes_where_objects_go)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    char *p = tpy_obj_heap_malloc(t.heap, 64);
    cr_assert(tpy_pool_owns(tpy_obj_heap_pool(t.heap), p), "a small block from layer2");
    int *z = tpy_obj_heap_calloc(t.heap, 10, sizeof(int));
    for (int i = 0; i < 10; i++)
        cr_assert_eq(z[i], 0);
    cr_assert_null(tpy_obj_heap_calloc(t.heap, SIZE_MAX / 2, 4));
    tpy_obj_heap_free(t.heap, p);
    tpy_obj_heap_free(t.heap, z);
    tpy_obj_heap_free(t.heap, NULL);
    tpy_obj_stats_t s = heap_totals(t.heap);
    cr_assert_eq(s.raw_allocs, 2);
    cr_assert_eq(s.raw_frees, 2);
    heap_done(&t);

    t = heap_in_mode(MODE_FREELISTS);
    size_t before = mem_blocks_live(t.mem);
    p = tpy_obj_heap_malloc(t.heap, 64);
    cr_assert_eq(mem_blocks_live(t.mem), before + 1, "with layer2 off, a layer1 block");
    strcpy(p, "kept");
    p = tpy_obj_heap_realloc(t.heap, p, 10000);
    cr_assert_str_eq(p, "kept");
    tpy_obj_heap_free(t.heap, p);
    cr_assert_eq(mem_blocks_live(t.mem), before);
    heap_done(&t);
}

/* --- out of memory ---------------------------------------------------------- */

Test(oom, making_a_heap_fails_cleanly_at_every_step)
{
    for (int m = 0; m < N_MODES; m++) {
        tpy_mem_allocator *mem = tpy_mem_allocator_new("debug", NULL, 0);
        tpy_obj_heap_config cfg;
        tpy_obj_heap_config_init(&cfg);
        cfg.use_pool = (m & MODE_POOL) != 0;
        cfg.mem = mem;
        int failures = 0;
        for (uint64_t nth = 1; nth < 10; nth++) {
            tpy_mem_fail_at(mem, nth, false);
            tpy_obj_heap *h = tpy_obj_heap_new(&cfg);
            tpy_mem_fail_at(mem, 0, false);
            if (h == NULL) {
                failures++;
                cr_assert_eq(mem_blocks_live(mem), 0, "%s: nothing left after failing at %llu",
                             mode_name(m), (unsigned long long)nth);
            }
            tpy_obj_heap_delete(h);
            cr_assert_eq(mem_blocks_live(mem), 0);
        }
        cr_assert_geq(failures, 1);
        tpy_mem_allocator_delete(mem);
    }
}

Test(oom, an_allocation_returns_null_when_layer1_fails_and_the_heap_goes_on)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_obj_type_register(t.heap, &float_type);
    tpy_mem_fail_at(t.mem, 1, true);
    cr_assert_null(tpy_obj_new(t.heap, &float_type));
    cr_assert_null(tpy_obj_new_var(t.heap, &tuple_type, 3), "registration fails too");
    cr_assert_null(tpy_obj_heap_malloc(t.heap, 10));
    cr_assert_null(tpy_obj_new_immortal(t.heap, &float_type, 0));
    cr_assert_null(tpy_obj_small_ints(t.heap, &int_type));
    tpy_mem_fail_at(t.mem, 0, false);
    tpy_obj_stats_t s = heap_totals(t.heap);
    cr_assert_eq(s.live, 0);
    cr_assert_geq(s.failures, 3);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    cr_assert_not_null(f, "the heap works again once memory is back");
    tpy_obj_free(t.heap, f);
    heap_done(&t);
}

Test(oom, an_allocation_returns_null_when_layer2_fails)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_obj_type_register(t.heap, &tuple_type);
    tpy_pool_fail_at(tpy_obj_heap_pool(t.heap), 1, false);
    cr_assert_null(tpy_obj_new_var(t.heap, &tuple_type, 2));
    tpy_gc_generation *gen = tpy_obj_heap_gc(t.heap);
    cr_assert(tpy_gc_list_is_empty(&gen[0].head), "nothing half-made is tracked");
    cr_assert_eq(gen[0].count, 0);
    tpy_object *ok = tpy_obj_new_var(t.heap, &tuple_type, 2);
    cr_assert_not_null(ok);
    tpy_obj_type_stats_t s = type_stats(t.heap, &tuple_type);
    cr_assert_eq(s.failures, 1);
    cr_assert_eq(s.allocated, 1);
    tpy_obj_free(t.heap, ok);
    heap_done(&t);
}

Test(oom, an_allocation_returns_null_when_layer0_refuses_an_arena)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_obj_type_register(t.heap, &float_type);
    tpy_os_fail_at(1, true);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    tpy_os_fail_at(0, false);
    cr_assert_null(f, "a fresh pool needs an arena for its first block");
    f = tpy_obj_new(t.heap, &float_type);
    cr_assert_not_null(f);
    tpy_obj_free(t.heap, f);
    heap_done(&t);
}

/* --- type ids ----------------------------------------------------------------- */

Test(types, an_id_is_assigned_once_and_shared_by_every_heap)
{
    static tpy_obj_type fresh = {.name = "fresh", .basic_size = 32};
    cr_assert_eq(tpy_obj_type_id(&fresh), 0);
    test_heap a = heap_in_mode(MODE_POOL);
    test_heap b = heap_in_mode(0);
    cr_assert_eq(tpy_obj_type_register(a.heap, &fresh), 0);
    int id = tpy_obj_type_id(&fresh);
    cr_assert_gt(id, 0);
    tpy_object *o = tpy_obj_new(b.heap, &fresh);
    cr_assert_eq(tpy_obj_type_id(&fresh), id);
    cr_assert_eq(type_stats(a.heap, &fresh).live, 0, "each heap counts its own objects");
    cr_assert_eq(type_stats(b.heap, &fresh).live, 1);
    tpy_obj_free(b.heap, o);
    heap_done(&a);
    heap_done(&b);
}

#define N_THREADS 4
#define N_RACE_TYPES 64
static tpy_obj_type race_types[N_RACE_TYPES];
static int seen_ids[N_THREADS][N_RACE_TYPES];

static void *register_all(void *arg)
{
    int k = (int)(intptr_t)arg;
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cfg.use_pool = (k % 2) == 0;
    cfg.mem = tpy_mem_allocator_new("libc", NULL, 0);   /* one allocator per thread */
    tpy_obj_heap *h = tpy_obj_heap_new(&cfg);
    for (int i = 0; i < N_RACE_TYPES; i++) {
        tpy_object *o = tpy_obj_new(h, &race_types[i]);
        seen_ids[k][i] = o ? tpy_obj_type_id(&race_types[i]) : -1;
        tpy_obj_free(h, o);
    }
    tpy_obj_heap_delete(h);
    tpy_mem_allocator_delete(cfg.mem);
    return NULL;
}

Test(types, threads_registering_the_same_types_agree_on_their_ids)
{
    for (int i = 0; i < N_RACE_TYPES; i++)
        race_types[i] = (tpy_obj_type){.name = "race", .basic_size = 16 + 8 * (size_t)(i % 8),
                                       .freelist_cap = 2};
    pthread_t th[N_THREADS];
    for (int k = 0; k < N_THREADS; k++)
        pthread_create(&th[k], NULL, register_all, (void *)(intptr_t)k);
    for (int k = 0; k < N_THREADS; k++)
        pthread_join(th[k], NULL);
    for (int i = 0; i < N_RACE_TYPES; i++) {
        cr_assert_gt(seen_ids[0][i], 0);
        for (int k = 1; k < N_THREADS; k++)
            cr_assert_eq(seen_ids[k][i], seen_ids[0][i], "type %d, thread %d", i, k);
        for (int j = 0; j < i; j++)
            cr_assert_neq(seen_ids[0][j], seen_ids[0][i], "ids are distinct");
    }
}

/* The owner's pointer: NULL until set, returned as given, never touched. */
Test(heap, user_pointer_is_null_until_set_and_returned_as_given)
{
    tpy_obj_heap *h = tpy_obj_heap_new(NULL);
    cr_assert_not_null(h);
    cr_assert_null(tpy_obj_heap_user(h));
    int owner = 0;
    tpy_obj_heap_set_user(h, &owner);
    cr_assert_eq(tpy_obj_heap_user(h), &owner);
    tpy_obj_heap_set_user(h, NULL);
    cr_assert_null(tpy_obj_heap_user(h));
    tpy_obj_heap_delete(h);
}

/* tests/layer2-pool: out of memory. When layer0 refuses an arena (injected
 * fault or cap), when layer1 refuses a large block or bookkeeping, or when
 * the heap's own fault injection fires, the request returns NULL, counts a
 * failure, leaks nothing, and the heap goes on working. */
#include "helpers.h"

#include <tierpy/mem.h>

static size_t stats_of_mem(tpy_mem_allocator *mem)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(mem, &s);
    return s.blocks_live;
}

Test(oom, a_refused_arena_gives_null_and_the_heap_recovers)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    tpy_os_stats_t before = os_snap();
    tpy_os_fail_at(1, false);
    cr_assert_null(tpy_pool_malloc(h, 16));
    cr_assert_eq(pool_snap(h).failures, 1);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live);
    void *p = tpy_pool_malloc(h, 16);
    cr_assert_not_null(p);
    assert_consistent(h);
    tpy_pool_free(h, p);
    tpy_pool_delete(h);
}

Test(oom, the_cap_stops_new_arenas_while_existing_ones_still_serve)
{
    tpy_pool *h = heap_with(layout(512, 16, 1024, 4096));
    void *first = tpy_pool_malloc(h, 512);
    tpy_os_set_cap(os_snap().bytes_live);       /* no further arena */
    void *more[3];
    for (int i = 0; i < 3; i++)
        cr_assert_not_null(more[i] = tpy_pool_malloc(h, 512), "the first arena's pools");
    cr_assert_null(tpy_pool_malloc(h, 512));
    cr_assert_null(tpy_pool_malloc(h, 16), "no pool left for any class");
    tpy_pool_free(h, more[1]);
    cr_assert_not_null(tpy_pool_malloc(h, 16), "a freed pool serves another class");
    tpy_os_set_cap(0);
    cr_assert_not_null(tpy_pool_malloc(h, 512));
    cr_assert_eq(pool_snap(h).failures, 2);
    assert_consistent(h);
    (void)first;
    tpy_pool_delete(h);
}

Test(oom, fail_at_counts_small_and_large_requests)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    tpy_pool_fail_at(h, 3, false);
    void *a = tpy_pool_malloc(h, 16);
    void *b = tpy_pool_malloc(h, 1000);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_null(tpy_pool_malloc(h, 16), "the third request fails");
    void *c = tpy_pool_malloc(h, 16);
    cr_assert_not_null(c, "only the third");
    tpy_pool_fail_at(h, 2, false);
    cr_assert_not_null(tpy_pool_calloc(h, 1, 8));
    cr_assert_null(tpy_pool_realloc(h, c, 100), "calloc and realloc count too");
    cr_assert_eq(pool_snap(h).failures, 2);
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    tpy_pool_delete(h);
}

Test(oom, a_shared_plan_counts_small_requests_in_the_pool_and_large_ones_in_layer1)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("libc", NULL, 0);
    tpy_pool_config cfg;
    tpy_pool_config_init(&cfg);
    cfg.mem = mem;
    tpy_pool *h = tpy_pool_new(&cfg);
    tpy_pool_free(h, tpy_pool_malloc(h, 16));   /* its arena (bookkeeping is counted too) */
    tpy_mem_faults plan = {.nth = 4};
    tpy_mem_set_faults(mem, &plan);
    tpy_pool_set_faults(h, &plan);
    void *a = tpy_pool_malloc(h, 16);     /* 1: the pool's */
    void *b = tpy_pool_malloc(h, 1000);   /* 2: layer1's, counted once */
    void *c = tpy_pool_calloc(h, 4, 8);   /* 3 */
    cr_assert(a && b && c);
    cr_assert_null(tpy_pool_realloc(h, c, 48), "the fourth request of the two tiers");
    cr_assert_eq(plan.requests, 4);
    cr_assert_eq(plan.injected, 1);
    tpy_pool_set_faults(h, NULL);
    tpy_mem_set_faults(mem, NULL);
    void *d = tpy_pool_malloc(h, 16);
    cr_assert_not_null(d, "detached: the fast path serves again");
    cr_assert_eq(plan.requests, 4);
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    tpy_pool_free(h, c);
    tpy_pool_free(h, d);
    tpy_pool_delete(h);
    cr_assert_eq(stats_of_mem(mem), 0, "every layer1 block back");
    tpy_mem_allocator_delete(mem);
}

Test(oom, fail_at_every_fails_from_the_nth_on_until_turned_off)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    tpy_pool_fail_at(h, 2, true);
    cr_assert_not_null(tpy_pool_malloc(h, 16));
    for (int i = 0; i < 10; i++)
        cr_assert_null(tpy_pool_malloc(h, (size_t)i * 100));
    tpy_pool_fail_at(h, 0, false);
    cr_assert_not_null(tpy_pool_malloc(h, 16));
    cr_assert_eq(pool_snap(h).failures, 10);
    tpy_pool_delete(h);
}

Test(oom, a_refused_large_block_or_arena_record_leaks_nothing)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("libc", NULL, 0);
    tpy_pool_config c = layout(256, 16, 4096, 262144);
    c.mem = mem;
    tpy_pool *h = heap_with(c);
    tpy_os_stats_t os0 = os_snap();
    tpy_mem_fail_at(mem, 1, false);
    cr_assert_null(tpy_pool_malloc(h, 1000));
    tpy_mem_fail_at(mem, 1, false);
    cr_assert_null(tpy_pool_malloc(h, 16), "the arena's record cannot be had");
    cr_assert_eq(os_snap().arenas_live, os0.arenas_live, "the arena went back");
    void *p = tpy_pool_malloc(h, 16);
    cr_assert_not_null(p);
    tpy_mem_fail_at(mem, 1, true);
    void *q = tpy_pool_malloc(h, 200);
    cr_assert_not_null(q, "an arena in hand serves while layer1 refuses");
    tpy_mem_fail_at(mem, 0, false);
    assert_consistent(h);
    tpy_pool_delete(h);
    tpy_mem_stats_t m;
    tpy_mem_stats(mem, &m);
    cr_assert_eq(m.blocks_live, 0);
    tpy_mem_allocator_delete(mem);
}

Test(oom, a_refused_table_growth_gives_null_and_unmaps_the_arena)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("libc", NULL, 0);
    tpy_pool_config c = layout(512, 16, 1024, 4096);
    c.mem = mem;
    tpy_pool *h = heap_with(c);
    void *ps[64];
    int n = 0, nulls = 0;
    tpy_mem_fail_at(mem, 0, false);
    /* Each 4th block needs an arena; the 9th arena needs the table grown
     * (16 slots, at most half full). Let layer1 give records but refuse
     * the table's growth by failing every call from then on. */
    for (n = 0; n < 32; n++)
        ps[n] = tpy_pool_malloc(h, 512);
    tpy_mem_fail_at(mem, 2, true);
    for (int i = 0; i < 8; i++)
        if (tpy_pool_malloc(h, 512) == NULL)
            nulls++;
    cr_assert_eq(nulls, 8);
    tpy_mem_fail_at(mem, 0, false);
    assert_consistent(h);
    cr_assert_eq(pool_snap(h).arenas_live, 8);
    cr_assert_not_null(tpy_pool_malloc(h, 512));
    cr_assert_eq(pool_snap(h).arenas_live, 9);
    assert_consistent(h);
    tpy_pool_delete(h);
    tpy_mem_stats_t m;
    tpy_mem_stats(mem, &m);
    cr_assert_eq(m.blocks_live, 0);
    tpy_mem_allocator_delete(mem);
    (void)ps;
}

Test(oom, a_new_heap_fails_cleanly_when_layer1_refuses)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("libc", NULL, 0);
    tpy_pool_config c = layout(256, 16, 4096, 262144);
    c.mem = mem;
    for (uint64_t nth = 1; nth <= 4; nth++) {
        tpy_mem_fail_at(mem, nth, false);
        cr_assert_null(tpy_pool_new(&c), "failing layer1 call %llu", (unsigned long long)nth);
        tpy_mem_stats_t m;
        tpy_mem_stats(mem, &m);
        cr_assert_eq(m.blocks_live, 0);
    }
    tpy_mem_fail_at(mem, 0, false);
    tpy_pool *h = heap_with(c);
    tpy_pool_delete(h);
    tpy_mem_allocator_delete(mem);
}

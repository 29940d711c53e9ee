/* tests/layer2-pool: arenas. They come from layer0 aligned to their size;
 * new pools come from the fullest arena; an emptied arena goes back to
 * layer0, except one kept (mostly decommitted) so that an alloc/free pair
 * on an empty heap maps nothing; and the heap tells its blocks from
 * anyone else's in O(1) through its table of arena bases. */
#include "helpers.h"

#include <tierpy/mem.h>

/* 1 KiB pools, 4 KiB arenas, 512-byte blocks: one block fills a pool and
 * four fill an arena, so tests can steer arenas block by block. */
static tpy_pool_config tiny(void) { return layout(512, 16, 1024, 4096); }

Test(arena, comes_from_layer0_aligned_to_its_size)
{
    tpy_os_stats_t before = os_snap();
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    cr_assert_eq(os_snap().arenas_live, before.arenas_live, "no arena until a block is asked for");
    void *p = tpy_pool_malloc(h, 24);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live + 1);
    cr_assert_eq(os_snap().bytes_live, before.bytes_live + 262144);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.arenas_live, 1);
    cr_assert_eq(s.arenas_allocated, 1);
    cr_assert_lt((uintptr_t)p - base_of(p, 262144), 4096, "first pool of the arena");
    tpy_pool_free(h, p);
    tpy_pool_delete(h);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live, "delete returns every arena");
}

Test(arena, an_alloc_free_pair_on_an_empty_heap_maps_no_arena_after_the_first)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    tpy_pool_free(h, tpy_pool_malloc(h, 32));
    tpy_os_stats_t before = os_snap();
    for (int i = 0; i < 100000; i++)
        tpy_pool_free(h, tpy_pool_malloc(h, 16 + (size_t)(i % 15) * 16));
    tpy_os_stats_t after = os_snap();
    cr_assert_eq(after.alloc_calls, before.alloc_calls);
    cr_assert_eq(after.free_calls, before.free_calls);
    cr_assert_eq(after.decommit_calls, before.decommit_calls);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.arenas_live, 1);
    cr_assert_eq(s.arenas_allocated, 1);
    tpy_pool_delete(h);
}

Test(arena, emptied_arenas_go_back_to_layer0_but_one_which_trim_releases)
{
    tpy_os_stats_t before = os_snap();
    tpy_pool *h = heap_with(tiny());
    void *ps[12];
    for (int i = 0; i < 12; i++)
        ps[i] = tpy_pool_malloc(h, 512);
    cr_assert_eq(pool_snap(h).arenas_live, 3);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live + 3);
    for (int i = 0; i < 12; i++)
        tpy_pool_free(h, ps[i]);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.small_blocks_live, 0);
    cr_assert_eq(s.arenas_cached, 1);
    cr_assert_geq(s.arenas_returned, 1);
    cr_assert_leq(s.arenas_live, 2, "the spare, and the arena of the class's reserve");
    cr_assert_eq(s.arenas_peak, 3);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live + s.arenas_live);
    assert_consistent(h);
    tpy_pool_trim(h);
    s = pool_snap(h);
    cr_assert_eq(s.arenas_live, 0);
    cr_assert_eq(s.arenas_cached, 0);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live);
    cr_assert_not_null(tpy_pool_malloc(h, 8), "a trimmed heap maps again when asked");
    tpy_pool_delete(h);
}

/* Three full arenas of one-block pools. The last pool allocated is still
 * at the head of its class's list, so freeing its block first makes it the
 * class's reserve; then A, B and C are left with 1, 2 and 3 free pools.
 * The reserve serves first, then new pools come from the fullest arena. */
Test(arena, new_pools_come_from_the_fullest_arena)
{
    tpy_pool *h = heap_with(tiny());
    void *ps[12];
    for (int i = 0; i < 12; i++)
        ps[i] = tpy_pool_malloc(h, 512);
    uintptr_t a = base_of(ps[0], 4096), b = base_of(ps[4], 4096), c = base_of(ps[8], 4096);
    cr_assert(a != b && b != c && a != c);
    int order[] = {11, 0, 4, 5, 8, 9, 10};
    for (int i = 0; i < 7; i++)
        tpy_pool_free(h, ps[order[i]]);
    assert_consistent(h);
    cr_assert_eq(pool_snap(h).pools_empty, 7);
    uintptr_t want[] = {c, a, b, b, c, c, c};
    for (int i = 0; i < 7; i++) {
        void *p = tpy_pool_malloc(h, 512);
        if (i == 0)
            cr_assert_eq(p, ps[11], "the reserve serves first");
        cr_assert_eq(base_of(p, 4096), want[i], "allocation %d comes from the fullest arena", i);
        assert_consistent(h);
    }
    tpy_pool_delete(h);
}

static void fill_and_free(tpy_pool *h, size_t n)
{
    void **ps = malloc(n * sizeof *ps);
    for (size_t i = 0; i < n; i++)
        ps[i] = tpy_pool_malloc(h, 256);
    for (size_t i = 0; i < n; i++)
        tpy_pool_free(h, ps[i]);
    free(ps);
}

Test(arena, the_spare_stays_whole_until_the_heap_shrinks_past_it)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *x = tpy_pool_malloc(h, 256);
    size_t per_pool = pool_snap(h).classes[15].blocks_free + 1;
    size_t n = per_pool * 64;                                 /* one arena's worth */
    tpy_pool_free(h, x);
    tpy_os_stats_t before = os_snap();
    for (int round = 0; round < 10; round++)
        fill_and_free(h, n);
    tpy_os_stats_t after = os_snap();
    cr_assert_eq(after.decommit_calls, before.decommit_calls,
                 "a heap that empties and refills keeps its arena whole");
    cr_assert_eq(after.alloc_calls - before.alloc_calls, after.free_calls - before.free_calls);
    cr_assert_leq(after.alloc_calls - before.alloc_calls, 10, "at most one arena per round");

    before = os_snap();
    fill_and_free(h, 3 * n);
    after = os_snap();
    cr_assert_eq(after.decommit_calls, before.decommit_calls + 1);
    cr_assert_eq(after.bytes_decommitted - before.bytes_decommitted, (64 - 16) * 4096,
                 "64 KiB of the spare stay resident once another arena goes back");
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.arenas_cached, 1);
    cr_assert_leq(s.arenas_live, 2, "the spare, and the arena of the class's reserve");
    assert_consistent(h);
    tpy_pool_trim(h);
    cr_assert_eq(pool_snap(h).arenas_live, 0);
    tpy_pool_delete(h);
}

Test(ownership, tells_pool_blocks_from_layer1_blocks_and_foreign_memory)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    int on_stack;
    void *small = tpy_pool_malloc(h, 100);
    void *large = tpy_pool_malloc(h, 1000);
    void *foreign = malloc(100);
    cr_assert(tpy_pool_owns(h, small));
    cr_assert_not(tpy_pool_owns(h, large));
    cr_assert_not(tpy_pool_owns(h, foreign));
    cr_assert_not(tpy_pool_owns(h, &on_stack));
    cr_assert_not(tpy_pool_owns(h, NULL));
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.large_blocks_live, 1);
    tpy_pool_free(h, large);
    tpy_pool_free(h, small);
    tpy_pool_free(h, NULL);
    s = pool_snap(h);
    cr_assert_eq(s.large_blocks_live, 0);
    cr_assert_eq(s.small_blocks_live, 0);
    cr_assert_eq(s.free_calls, 2);
    free(foreign);
    tpy_pool_delete(h);
}

Test(ownership, another_heaps_blocks_are_not_mine)
{
    tpy_pool *h1 = heap_with(layout(256, 16, 4096, 262144));
    tpy_pool *h2 = heap_with(layout(256, 16, 4096, 262144));
    void *p1 = tpy_pool_malloc(h1, 64), *p2 = tpy_pool_malloc(h2, 64);
    cr_assert(tpy_pool_owns(h1, p1) && !tpy_pool_owns(h1, p2));
    cr_assert(tpy_pool_owns(h2, p2) && !tpy_pool_owns(h2, p1));
    tpy_pool_delete(h1);
    tpy_pool_delete(h2);
}

/* Hundreds of arenas: the table grows, every block stays found, and
 * removals in random order keep every remaining base reachable. */
Test(ownership, the_arena_table_grows_and_shrinks_without_losing_an_arena)
{
    enum { N = 3000 };
    tpy_os_stats_t before = os_snap();
    tpy_pool *h = heap_with(tiny());
    void **ps = malloc(N * sizeof *ps);
    for (int i = 0; i < N; i++)
        ps[i] = tpy_pool_malloc(h, 512);
    cr_assert_eq(pool_snap(h).arenas_live, N / 4);
    for (int i = 0; i < N; i++)
        cr_assert(tpy_pool_owns(h, ps[i]));
    assert_consistent(h);
    srand(7);
    for (int i = N - 1; i > 0; i--) {
        int j = rand() % (i + 1);
        void *t = ps[i];
        ps[i] = ps[j];
        ps[j] = t;
    }
    for (int i = 0; i < N; i++) {
        tpy_pool_free(h, ps[i]);
        if (i % 250 == 0) {
            assert_consistent(h);
            for (int k = i + 1; k < N; k++)
                cr_assert(tpy_pool_owns(h, ps[k]));
        }
    }
    tpy_pool_trim(h);
    cr_assert_eq(pool_snap(h).arenas_live, 0);
    cr_assert_eq(os_snap().arenas_live, before.arenas_live);
    free(ps);
    tpy_pool_delete(h);
}

/* tests/layer2-pool: size classes and pools. A request is rounded up to
 * its class; blocks of one class share a pool; a pool is carved lazily;
 * freed blocks are reused last in, first out; full pools leave their
 * class's ring and come back on the first free; empty pools go back to
 * their arena and keep their free list for their class. */
#include "helpers.h"

#include <string.h>
#include <sys/mman.h>

Test(sizeclass, requests_round_up_to_the_next_multiple_of_the_step)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    for (size_t n = 1; n <= 256; n++) {
        void *p = tpy_pool_malloc(h, n);
        tpy_pool_stats_t s = pool_snap(h);
        size_t c = (n - 1) / 16;
        cr_assert_eq(s.classes[c].blocks_used, 1, "size %zu is in class %zu", n, c);
        cr_assert_eq(s.classes[c].block_size, (c + 1) * 16);
        tpy_pool_free(h, p);
    }
    tpy_pool_delete(h);
}

Test(sizeclass, with_step_8_there_are_twice_as_many_classes)
{
    tpy_pool *h = heap_with(layout(512, 8, 4096, 262144));
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.nclasses, 64);
    cr_assert_eq(s.classes[63].block_size, 512);
    void *a = tpy_pool_malloc(h, 8), *b = tpy_pool_malloc(h, 9), *c = tpy_pool_malloc(h, 512);
    s = pool_snap(h);
    cr_assert_eq(s.classes[0].blocks_used, 1);
    cr_assert_eq(s.classes[1].blocks_used, 1);
    cr_assert_eq(s.classes[63].blocks_used, 1);
    cr_assert_eq((uintptr_t)a % 8, 0);
    cr_assert_eq((uintptr_t)b % 16, 0, "a class of 16 bytes keeps 16-byte alignment");
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    tpy_pool_free(h, c);
    tpy_pool_delete(h);
}

Test(sizeclass, with_step_16_every_block_is_16_aligned)
{
    tpy_pool *h = heap_with(layout(512, 16, 4096, 262144));
    void *ps[512];
    for (size_t n = 1; n <= 512; n++) {
        ps[n - 1] = tpy_pool_malloc(h, n);
        cr_assert_eq((uintptr_t)ps[n - 1] % 16, 0, "size %zu at %p", n, ps[n - 1]);
    }
    for (size_t i = 0; i < 512; i++)
        tpy_pool_free(h, ps[i]);
    tpy_pool_delete(h);
}

Test(sizeclass, size_zero_is_a_one_byte_request_with_a_unique_pointer)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *a = tpy_pool_malloc(h, 0), *b = tpy_pool_malloc(h, 0);
    cr_assert_not_null(a);
    cr_assert_neq(a, b);
    cr_assert(tpy_pool_owns(h, a));
    cr_assert_eq(pool_snap(h).classes[0].blocks_used, 2);
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    tpy_pool_delete(h);
}

Test(pool, blocks_of_one_class_share_a_pool_until_it_is_full)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *first = tpy_pool_malloc(h, 64);
    tpy_pool_stats_t s = pool_snap(h);
    size_t per_pool = s.classes[3].blocks_used + s.classes[3].blocks_free;
    cr_assert_geq(per_pool, (4096 - 64) / 64, "a pool header is small");
    cr_assert_lt(per_pool, 4096 / 64);
    void **ps = malloc(per_pool * sizeof *ps);
    ps[0] = first;
    for (size_t i = 1; i < per_pool; i++) {
        ps[i] = tpy_pool_malloc(h, 64);
        cr_assert_eq(base_of(ps[i], 4096), base_of(first, 4096), "block %zu shares the pool", i);
    }
    cr_assert_eq(pool_snap(h).classes[3].pools, 1);
    void *next = tpy_pool_malloc(h, 64);
    cr_assert_neq(base_of(next, 4096), base_of(first, 4096), "a full pool is left for a new one");
    cr_assert_eq(pool_snap(h).classes[3].pools, 2);
    assert_consistent(h);
    tpy_pool_free(h, ps[7]);
    cr_assert_eq(tpy_pool_malloc(h, 64), ps[7], "a full pool that gets a block back serves next");
    for (size_t i = 0; i < per_pool; i++)
        tpy_pool_free(h, ps[i]);
    tpy_pool_free(h, next);
    assert_consistent(h);
    free(ps);
    tpy_pool_delete(h);
}

Test(pool, freed_blocks_are_reused_last_in_first_out)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *a = tpy_pool_malloc(h, 40), *b = tpy_pool_malloc(h, 40), *keep = tpy_pool_malloc(h, 40);
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    cr_assert_eq(tpy_pool_malloc(h, 33), b);
    cr_assert_eq(tpy_pool_malloc(h, 48), a);
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    tpy_pool_free(h, keep);
    tpy_pool_delete(h);
}

/* Lazy carving: a fresh pool's pages are touched only as blocks are
 * handed out, so one block in a 64 KiB pool makes one page resident. */
Test(pool, is_carved_lazily_so_untouched_pages_stay_unmapped)
{
    size_t page = tpy_os_page_size();
    tpy_pool *h = heap_with(layout(256, 16, 65536, 262144));
    char *p = tpy_pool_malloc(h, 16);
    uintptr_t pool = base_of(p, 65536);
    unsigned char vec[16];
    cr_assert_eq(mincore((void *)pool, 65536, vec), 0);
    cr_assert(vec[0] & 1, "the first page holds the header and the block");
    for (size_t i = 1; i < 65536 / page; i++)
        cr_assert_not(vec[i] & 1, "page %zu of the pool was never touched", i);
    tpy_pool_free(h, p);
    tpy_pool_delete(h);
}

Test(pool, an_emptied_pool_goes_back_to_its_arena_and_serves_any_class)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *first = tpy_pool_malloc(h, 100);
    size_t per_pool = pool_snap(h).classes[6].blocks_free + 1;
    void **ps = malloc((per_pool + 1) * sizeof *ps);
    ps[0] = first;
    for (size_t i = 1; i <= per_pool; i++)
        ps[i] = tpy_pool_malloc(h, 100);          /* the last one opens a second pool */
    for (size_t i = 0; i < per_pool; i++)
        tpy_pool_free(h, ps[i]);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.classes[6].pools, 1);
    cr_assert_eq(s.pools_empty, 1, "the emptied pool went back to the arena");
    void *c = tpy_pool_malloc(h, 200);
    cr_assert_eq(base_of(c, 4096), base_of(first, 4096), "the empty pool is used again first");
    cr_assert_eq(pool_snap(h).pools_empty, 0);
    assert_consistent(h);
    tpy_pool_free(h, c);
    tpy_pool_free(h, ps[per_pool]);
    free(ps);
    tpy_pool_delete(h);
}

Test(pool, the_last_pool_of_a_class_stays_as_its_reserve_until_trim)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *a = tpy_pool_malloc(h, 100);
    tpy_pool_free(h, a);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.classes[6].pools, 0, "an empty pool belongs to no class in the stats");
    cr_assert_eq(s.pools_empty, 1);
    cr_assert_eq(s.arenas_cached, 0, "the arena is still held by the reserve");
    void *b = tpy_pool_malloc(h, 200);
    cr_assert_neq(base_of(b, 4096), base_of(a, 4096), "another class does not take it");
    cr_assert_eq(tpy_pool_malloc(h, 100), a, "its class finds it as it left it");
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    assert_consistent(h);
    tpy_pool_trim(h);
    s = pool_snap(h);
    cr_assert_eq(s.pools_empty, 0);
    cr_assert_eq(s.arenas_live, 0, "trim hands the reserves back, then the spare");
    tpy_pool_delete(h);
}

Test(pool, an_empty_pool_taken_again_by_its_class_keeps_its_free_list)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *anchor = tpy_pool_malloc(h, 16);
    void *a = tpy_pool_malloc(h, 100), *b = tpy_pool_malloc(h, 100), *c = tpy_pool_malloc(h, 100);
    tpy_pool_free(h, a);
    tpy_pool_free(h, c);
    tpy_pool_free(h, b);
    cr_assert_eq(tpy_pool_malloc(h, 100), b, "the free list survived the pool's idle time");
    cr_assert_eq(tpy_pool_malloc(h, 100), c);
    assert_consistent(h);
    tpy_pool_delete(h);
    (void)anchor;
}

Test(pool, a_pool_with_room_for_one_block_goes_straight_from_full_to_empty)
{
    tpy_pool *h = heap_with(layout(512, 16, 1024, 4096));
    void *a = tpy_pool_malloc(h, 512), *b = tpy_pool_malloc(h, 512);
    cr_assert_neq(base_of(a, 1024), base_of(b, 1024));
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.classes[31].pools, 2);
    cr_assert_eq(s.classes[31].blocks_free, 0);
    tpy_pool_free(h, a);
    assert_consistent(h);
    cr_assert_eq(tpy_pool_malloc(h, 500), a);
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    assert_consistent(h);
    tpy_pool_delete(h);
}

Test(pool, check_reports_a_double_free)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *a = tpy_pool_malloc(h, 32);
    void *b = tpy_pool_malloc(h, 32);
    void *c = tpy_pool_malloc(h, 32);
    tpy_pool_free(h, a);
    tpy_pool_free(h, a);
    char why[256];
    cr_assert_eq(tpy_pool_check(h, why, sizeof why), -1);
    cr_assert(strstr(why, "pool") != NULL, "%s", why);
    (void)b;
    (void)c;
    tpy_pool_delete(h);
}

/* tests/layer2-pool: realloc and calloc, and blocks above the threshold.
 * realloc stays in place within a class, moves between classes, crosses to
 * and from layer1 at the threshold, keeps the contents, and leaves the old
 * block untouched when it fails; calloc zeroes and refuses overflow; large
 * blocks pass through to layer1 and all go back when the heap is deleted. */
#include "helpers.h"

#include <tierpy/mem.h>

#include <string.h>

static void fill(void *p, size_t n, int seed)
{
    for (size_t i = 0; i < n; i++)
        ((unsigned char *)p)[i] = (unsigned char)(seed + i);
}

static void assert_filled(const void *p, size_t n, int seed)
{
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(((const unsigned char *)p)[i], (unsigned char)(seed + i), "byte %zu", i);
}

Test(realloc, stays_in_place_within_the_class)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p = tpy_pool_malloc(h, 20);
    cr_assert_eq(tpy_pool_realloc(h, p, 32), p);
    cr_assert_eq(tpy_pool_realloc(h, p, 17), p);
    cr_assert_eq(pool_snap(h).classes[1].blocks_used, 1);
    tpy_pool_free(h, p);
    tpy_pool_delete(h);
}

Test(realloc, moves_between_classes_and_keeps_the_contents)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p = tpy_pool_malloc(h, 20);
    fill(p, 20, 3);
    void *q = tpy_pool_realloc(h, p, 100);
    cr_assert_neq(q, p);
    assert_filled(q, 20, 3);
    void *r = tpy_pool_realloc(h, q, 10);
    cr_assert_neq(r, q, "shrinking to a smaller class moves, so no space is held idle");
    assert_filled(r, 10, 3);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.small_blocks_live, 1);
    cr_assert_eq(s.classes[0].blocks_used, 1);
    tpy_pool_free(h, r);
    tpy_pool_delete(h);
}

Test(realloc, crosses_to_layer1_above_the_threshold_and_back)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p = tpy_pool_malloc(h, 200);
    fill(p, 200, 9);
    void *q = tpy_pool_realloc(h, p, 1000);
    cr_assert_not(tpy_pool_owns(h, q));
    assert_filled(q, 200, 9);
    fill(q, 1000, 11);
    void *r = tpy_pool_realloc(h, q, 5000);
    assert_filled(r, 1000, 11);
    cr_assert_eq(pool_snap(h).large_blocks_live, 1);
    void *s = tpy_pool_realloc(h, r, 100);
    cr_assert(tpy_pool_owns(h, s));
    assert_filled(s, 100, 11);
    tpy_pool_stats_t st = pool_snap(h);
    cr_assert_eq(st.large_blocks_live, 0);
    cr_assert_eq(st.small_blocks_live, 1);
    tpy_pool_free(h, s);
    tpy_pool_delete(h);
}

Test(realloc, of_null_allocates_and_to_zero_keeps_a_one_byte_block)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p = tpy_pool_realloc(h, NULL, 10);
    cr_assert(tpy_pool_owns(h, p));
    void *q = tpy_pool_realloc(h, p, 0);
    cr_assert_not_null(q);
    cr_assert(tpy_pool_owns(h, q));
    void *big = tpy_pool_realloc(h, NULL, 700);
    void *small = tpy_pool_realloc(h, big, 0);
    cr_assert(tpy_pool_owns(h, small));
    tpy_pool_free(h, q);
    tpy_pool_free(h, small);
    cr_assert_eq(pool_snap(h).realloc_calls, 4);
    tpy_pool_delete(h);
}

Test(realloc, leaves_the_old_block_untouched_when_it_fails)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("libc", NULL, 0);
    tpy_pool_config c = layout(256, 16, 4096, 262144);
    c.mem = mem;
    tpy_pool *h = heap_with(c);
    void *small = tpy_pool_malloc(h, 50), *large = tpy_pool_malloc(h, 2000);
    fill(small, 50, 1);
    fill(large, 2000, 2);

    tpy_pool_fail_at(h, 1, false);              /* the heap refuses a move */
    cr_assert_null(tpy_pool_realloc(h, small, 150));
    assert_filled(small, 50, 1);
    tpy_mem_fail_at(mem, 1, false);             /* layer1 refuses to grow */
    cr_assert_null(tpy_pool_realloc(h, large, 100000));
    assert_filled(large, 2000, 2);
    tpy_mem_fail_at(mem, 1, false);             /* layer1 refuses small -> large */
    cr_assert_null(tpy_pool_realloc(h, small, 3000));
    assert_filled(small, 50, 1);
    cr_assert_eq(pool_snap(h).failures, 3);

    cr_assert(tpy_pool_owns(h, small));
    void *q = tpy_pool_realloc(h, small, 3000);
    cr_assert_not_null(q, "the heap works again");
    assert_filled(q, 50, 1);
    tpy_pool_free(h, q);
    tpy_pool_free(h, large);
    assert_consistent(h);
    tpy_pool_delete(h);
    tpy_mem_allocator_delete(mem);
}

Test(calloc, zeroes_small_and_large_blocks)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *dirty = tpy_pool_malloc(h, 64);
    memset(dirty, 0xAB, 64);
    tpy_pool_free(h, dirty);
    unsigned char *z = tpy_pool_calloc(h, 8, 8);
    cr_assert_eq((void *)z, dirty, "the dirty block is the one reused");
    for (int i = 0; i < 64; i++)
        cr_assert_eq(z[i], 0);
    unsigned char *big = tpy_pool_calloc(h, 100, 30);
    cr_assert_not(tpy_pool_owns(h, big));
    for (int i = 0; i < 3000; i++)
        cr_assert_eq(big[i], 0);
    void *zero = tpy_pool_calloc(h, 0, 5);
    cr_assert_not_null(zero);
    tpy_pool_free(h, z);
    tpy_pool_free(h, big);
    tpy_pool_free(h, zero);
    cr_assert_eq(pool_snap(h).calloc_calls, 3);
    tpy_pool_delete(h);
}

Test(calloc, refuses_a_size_that_overflows)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    cr_assert_null(tpy_pool_calloc(h, SIZE_MAX / 2, 4));
    cr_assert_null(tpy_pool_malloc(h, SIZE_MAX - 8), "too big even for the large header");
    cr_assert_eq(pool_snap(h).failures, 2);
    tpy_pool_delete(h);
}

Test(large, blocks_go_to_layer1_with_the_pool_api_and_all_return_on_delete)
{
    tpy_mem_allocator *mem = tpy_mem_allocator_new("debug", NULL, 0);
    cr_assert_not_null(mem);
    tpy_pool_config c = layout(256, 16, 4096, 262144);
    c.mem = mem;
    tpy_pool *h = heap_with(c);
    tpy_mem_stats_t m0;
    tpy_mem_stats(mem, &m0);
    for (int i = 0; i < 20; i++) {
        cr_assert_not_null(tpy_pool_malloc(h, 257 + (size_t)i * 100));
        cr_assert_not_null(tpy_pool_malloc(h, 1 + (size_t)i * 10));
    }
    tpy_mem_stats_t m1;
    tpy_mem_stats(mem, &m1);
    cr_assert_eq(m1.blocks_live, m0.blocks_live + 20 + 1, "20 large blocks and 1 arena record");
    cr_assert_eq(pool_snap(h).large_blocks_live, 20);
    tpy_pool_delete(h);
    tpy_mem_stats(mem, &m1);
    cr_assert_eq(m1.blocks_live, 0, "nothing of the heap is left in layer1");
    tpy_mem_allocator_delete(mem);
}

/* tests/layer2-pool: a heap's layout is configurable within stated limits;
 * every invalid value is rejected with a message naming the field, never
 * clamped, and every valid combination makes a working heap. */
#include "helpers.h"

#include <string.h>

static void assert_rejected(tpy_pool_config c, const char *field)
{
    char err[256] = "";
    cr_assert_eq(tpy_pool_config_check(&c, err, sizeof err), -1);
    cr_assert(strncmp(err, field, strlen(field)) == 0, "message names '%s': %s", field, err);
    cr_assert_null(tpy_pool_new(&c), "no heap is made from an invalid layout");
}

Test(config, defaults_are_256_16_4k_256k_and_the_default_layer1)
{
    tpy_pool_config c;
    tpy_pool_config_init(&c);
    cr_assert_eq(c.threshold, 256);
    cr_assert_eq(c.step, 16);
    cr_assert_eq(c.pool_size, 4096);
    cr_assert_eq(c.arena_size, 256 * 1024);
    cr_assert_null(c.mem);
    cr_assert_eq(tpy_pool_config_check(&c, NULL, 0), 0);
}

Test(config, a_null_config_makes_a_heap_with_the_defaults)
{
    tpy_pool *h = tpy_pool_new(NULL);
    cr_assert_not_null(h);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.nclasses, 16);
    cr_assert_eq(s.classes[15].block_size, 256);
    tpy_pool_delete(h);
    char err[64];
    cr_assert_eq(tpy_pool_config_check(NULL, err, sizeof err), -1);
    cr_assert(strstr(err, "NULL") != NULL);
}

Test(config, rejects_a_step_other_than_8_or_16)
{
    assert_rejected(layout(256, 4, 4096, 262144), "step");
    assert_rejected(layout(256, 32, 4096, 262144), "step");
    assert_rejected(layout(256, 0, 4096, 262144), "step");
}

Test(config, rejects_thresholds_out_of_range_or_off_the_step)
{
    assert_rejected(layout(0, 16, 4096, 262144), "threshold");
    assert_rejected(layout(8, 16, 4096, 262144), "threshold");
    assert_rejected(layout(528, 16, 4096, 262144), "threshold");
    assert_rejected(layout(520, 8, 4096, 262144), "threshold");
    assert_rejected(layout(200, 16, 4096, 262144), "threshold");
    assert_rejected(layout(100, 8, 4096, 262144), "threshold");
}

Test(config, rejects_pool_sizes_that_are_not_powers_of_two_in_1k_to_64k)
{
    assert_rejected(layout(256, 16, 512, 262144), "pool_size");
    assert_rejected(layout(256, 16, 3000, 262144), "pool_size");
    assert_rejected(layout(256, 16, 128 * 1024, 1 << 20), "pool_size");
}

Test(config, rejects_arena_sizes_below_four_pools_above_64m_or_not_powers_of_two)
{
    assert_rejected(layout(256, 16, 4096, 8192), "arena_size");
    assert_rejected(layout(256, 16, 4096, 300000), "arena_size");
    assert_rejected(layout(256, 16, 4096, (size_t)128 << 20), "arena_size");
    assert_rejected(layout(256, 16, 4096, 0), "arena_size");
}

Test(config, the_message_quotes_the_value_given)
{
    tpy_pool_config c = layout(256, 16, 3000, 262144);
    char err[256];
    tpy_pool_config_check(&c, err, sizeof err);
    cr_assert(strstr(err, "3000") != NULL, "%s", err);
}

/* Every combination at the edges of the limits makes a heap that serves
 * each size up to its threshold from pools and the next one from layer1. */
Test(config, every_valid_layout_at_the_limits_works)
{
    size_t thresholds[] = {16, 64, 256, 512};
    size_t steps[] = {8, 16};
    size_t pools[] = {1024, 4096, 65536};
    size_t arena_mult[] = {4, 64};
    for (size_t a = 0; a < 4; a++)
    for (size_t b = 0; b < 2; b++)
    for (size_t p = 0; p < 3; p++)
    for (size_t m = 0; m < 2; m++) {
        tpy_pool_config c = layout(thresholds[a], steps[b], pools[p], pools[p] * arena_mult[m]);
        if (c.arena_size < tpy_os_page_size())
            continue;
        tpy_pool *h = heap_with(c);
        for (size_t n = 1; n <= c.threshold + 1; n++) {
            void *x = tpy_pool_malloc(h, n);
            cr_assert_not_null(x);
            cr_assert_eq(tpy_pool_owns(h, x), n <= c.threshold,
                         "size %zu with threshold %zu", n, c.threshold);
            tpy_pool_free(h, x);
        }
        assert_consistent(h);
        tpy_pool_stats_t s = pool_snap(h);
        cr_assert_eq(s.nclasses, c.threshold / c.step);
        cr_assert_eq(s.small_blocks_live + s.large_blocks_live, 0);
        tpy_pool_delete(h);
    }
}

Test(config, the_largest_layout_64m_arenas_of_1k_pools_works)
{
    tpy_pool *h = heap_with(layout(512, 8, 1024, (size_t)64 << 20));
    void *x = tpy_pool_malloc(h, 512);
    cr_assert_not_null(x);
    cr_assert(tpy_pool_owns(h, x));
    cr_assert_lt((uintptr_t)x - base_of(x, (size_t)64 << 20), 1024, "first pool of its arena");
    tpy_pool_free(h, x);
    assert_consistent(h);
    tpy_pool_delete(h);
}

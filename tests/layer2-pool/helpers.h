/* tests/layer2-pool: small helpers every file of the suite uses. */
#ifndef TIERPY_TEST_POOL_HELPERS_H
#define TIERPY_TEST_POOL_HELPERS_H

#include <criterion/criterion.h>
#include <tierpy/os.h>
#include <tierpy/pool.h>

#include <stdint.h>
#include <stdlib.h>

static inline tpy_pool_config layout(size_t threshold, size_t step, size_t pool, size_t arena)
{
    tpy_pool_config c;
    tpy_pool_config_init(&c);
    c.threshold = threshold;
    c.step = step;
    c.pool_size = pool;
    c.arena_size = arena;
    return c;
}

static inline tpy_pool *heap_with(tpy_pool_config c)
{
    tpy_pool *h = tpy_pool_new(&c);
    cr_assert_not_null(h, "a valid layout makes a heap");
    return h;
}

static inline tpy_pool_stats_t pool_snap(const tpy_pool *h)
{
    tpy_pool_stats_t s;
    tpy_pool_stats(h, &s);
    return s;
}

static inline tpy_os_stats_t os_snap(void)
{
    tpy_os_stats_t s;
    tpy_os_stats(&s);
    return s;
}

static inline uintptr_t base_of(const void *p, size_t size)
{
    return (uintptr_t)p & ~(uintptr_t)(size - 1);
}

static inline void assert_consistent(const tpy_pool *h)
{
    char why[256];
    int rc = tpy_pool_check(h, why, sizeof why);
    cr_assert_eq(rc, 0, "heap invariant broken: %s", why);
}

#endif

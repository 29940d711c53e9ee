/* layer2-pool/sizeclass.c: the configuration and the layout derived from it.
 *
 * A configuration is checked once, when a heap is made; everything the hot
 * paths need (the class shift, the arena and pool masks) is derived from it
 * here, so that no path divides or looks up a table to find a class. Bad
 * values are rejected with a message naming the field, never clamped. */
#include "pool_internal.h"

#include <stdio.h>

/* The compiled default threshold (meson option pool_threshold). */
#ifndef TPY_POOL_DEFAULT_THRESHOLD
#define TPY_POOL_DEFAULT_THRESHOLD 256
#endif
_Static_assert(TPY_POOL_DEFAULT_THRESHOLD % 8 == 0 &&
               TPY_POOL_DEFAULT_THRESHOLD >= 8 &&
               TPY_POOL_DEFAULT_THRESHOLD <= TPY_POOL_MAX_THRESHOLD,
               "pool_threshold must be a multiple of 8 in 8..512");

void tpy_pool_config_init(tpy_pool_config *cfg)
{
    cfg->threshold = TPY_POOL_DEFAULT_THRESHOLD;
    /* A default threshold that is not a multiple of 16 needs step 8. */
    cfg->step = TPY_POOL_DEFAULT_THRESHOLD % 16 == 0 ? 16 : 8;
    cfg->pool_size = (size_t)4 << 10;
    cfg->arena_size = (size_t)256 << 10;
    cfg->mem = NULL;
}

static bool is_power_of_two(size_t x) { return x != 0 && (x & (x - 1)) == 0; }

unsigned tpy_pool_log2(size_t x)
{
    unsigned k = 0;
    while (((size_t)1 << k) < x)
        k++;
    return k;
}

/* Each check writes its message and returns -1, or returns 0. */
typedef int (*check_fn)(const tpy_pool_config *cfg, char *err, size_t errsize);

/* `msg` holds one %zu for the offending value, or none. */
static int fail(char *err, size_t errsize, const char *msg, size_t got)
{
    if (err != NULL && errsize > 0)
        snprintf(err, errsize, msg, got);
    return -1;
}

static int check_step(const tpy_pool_config *cfg, char *err, size_t errsize)
{
    if (cfg->step != 8 && cfg->step != 16)
        return fail(err, errsize, "step: must be 8 or 16 (got %zu)", cfg->step);
    return 0;
}

static int check_threshold(const tpy_pool_config *cfg, char *err, size_t errsize)
{
    if (cfg->threshold < cfg->step || cfg->threshold > TPY_POOL_MAX_THRESHOLD)
        return fail(err, errsize,
                    "threshold: must be between step and 512 bytes (got %zu)",
                    cfg->threshold);
    if (cfg->threshold % cfg->step != 0)
        return fail(err, errsize, "threshold: must be a multiple of step (got %zu)",
                    cfg->threshold);
    return 0;
}

static int check_pool_size(const tpy_pool_config *cfg, char *err, size_t errsize)
{
    if (!is_power_of_two(cfg->pool_size) || cfg->pool_size < TPY_POOL_MIN_POOL_SIZE ||
        cfg->pool_size > TPY_POOL_MAX_POOL_SIZE)
        return fail(err, errsize,
                    "pool_size: must be a power of two from 1 KiB to 64 KiB (got %zu)",
                    cfg->pool_size);
    return 0;
}

static int check_arena_size(const tpy_pool_config *cfg, char *err, size_t errsize)
{
    if (!is_power_of_two(cfg->arena_size) || cfg->arena_size > TPY_POOL_MAX_ARENA_SIZE)
        return fail(err, errsize,
                    "arena_size: must be a power of two of at most 64 MiB (got %zu)",
                    cfg->arena_size);
    if (cfg->arena_size / TPY_POOL_MIN_POOLS_PER_ARENA < cfg->pool_size)
        return fail(err, errsize,
                    "arena_size: must hold at least 4 pools of pool_size (got %zu)",
                    cfg->arena_size);
    if (cfg->arena_size < tpy_os_page_size())
        return fail(err, errsize,
                    "arena_size: must be at least the system page size (got %zu)",
                    cfg->arena_size);
    return 0;
}

int tpy_pool_config_check(const tpy_pool_config *cfg, char *err, size_t errsize)
{
    if (cfg == NULL)
        return fail(err, errsize, "config: must not be NULL", 0);
    /* step first: the threshold's check depends on it. */
    static const check_fn checks[] = {check_step, check_threshold, check_pool_size,
                                      check_arena_size};
    for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++)
        if (checks[i](cfg, err, errsize) != 0)
            return -1;
    return 0;
}

void tpy_pool_layout_init(struct tpy_pool *h, const tpy_pool_config *cfg)
{
    h->cfg = *cfg;
    if (h->cfg.mem == NULL)
        h->cfg.mem = tpy_mem_default();
    h->shift = tpy_pool_log2(cfg->step);
    h->slot_mask = ~(cfg->step - 1);
    h->nclasses = cfg->threshold >> h->shift;
    h->fast_limit = cfg->threshold;
    h->arena_mask = ~(uintptr_t)(cfg->arena_size - 1);
    h->hash_mul = TPY_POOL_HASH_MUL >> tpy_pool_log2(cfg->arena_size);
    h->pool_mask = ~(uintptr_t)(cfg->pool_size - 1);
    h->pools_per_arena = (uint32_t)(cfg->arena_size / cfg->pool_size);
    size_t keep = TPY_POOL_SPARE_RESIDENT / cfg->pool_size;
    if (keep > h->pools_per_arena / 4)
        keep = h->pools_per_arena / 4;
    h->spare_keep = keep > 0 ? (uint32_t)keep : 1;
}

/* tests/layer2-pool: the randomized differential stress (see stress.h), in
 * short runs: the default layout with a fixed seed and with the seed from
 * TIERPY_STRESS_SEED when given, the other layouts, and over layer1's
 * debug backend. tierpy-pool-stress runs the same for 10 million ops. */
#include "helpers.h"
#include "stress.h"

#include <tierpy/mem.h>

static stress_report run_ok(tpy_pool_config cfg, uint64_t seed, uint64_t ops)
{
    stress_params sp = {.cfg = cfg, .seed = seed, .ops = ops, .max_live = 4096,
                        .check_every = 20000};
    stress_report rep;
    char err[512];
    int rc = stress_run(&sp, &rep, err, sizeof err);
    cr_assert_eq(rc, 0, "%s", err);
    cr_assert_gt(rep.frees, ops / 5);
    cr_assert_gt(rep.reallocs, ops / 20);
    cr_assert_gt(rep.callocs, ops / 50);
    return rep;
}

Test(stress, default_layout_200k_ops_fixed_seed)
{
    run_ok(layout(256, 16, 4096, 262144), 20240601, 200000);
}

/* TIERPY_STRESS_SEED=N reruns this with any seed; without it, a second
 * fixed seed, so the test never skips. */
Test(stress, default_layout_with_the_seed_from_the_environment)
{
    uint64_t seed = stress_seed_from_env(77031);
    cr_log_info("stress seed %llu", (unsigned long long)seed);
    run_ok(layout(256, 16, 4096, 262144), seed, 200000);
}

Test(stress, step_8_threshold_512)
{
    run_ok(layout(512, 8, 4096, 262144), 11, 60000);
}

Test(stress, small_pools_and_arenas)
{
    stress_report rep = run_ok(layout(256, 16, 1024, 4096), 12, 60000);
    cr_assert_gt(rep.arenas_returned, 0, "the shrinking phases emptied arenas");
}

Test(stress, small_threshold_big_pools)
{
    run_ok(layout(64, 16, 16384, 1 << 20), 13, 60000);
}

Test(stress, over_the_debug_layer1_backend)
{
    char err[256];
    tpy_mem_allocator *dbg = tpy_mem_allocator_new("debug", err, sizeof err);
    cr_assert_not_null(dbg, "%s", err);
    tpy_pool_config c = layout(256, 16, 4096, 262144);
    c.mem = dbg;
    run_ok(c, 14, 100000);
    tpy_mem_stats_t m;
    tpy_mem_stats(dbg, &m);
    cr_assert_eq(m.blocks_live, 0, "the heap left nothing in layer1");
    tpy_mem_allocator_delete(dbg);
}

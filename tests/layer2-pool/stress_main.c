/* tierpy-pool-stress: the long randomized differential run of layer2-pool.
 *
 *   tierpy-pool-stress [OPS] [SEED]     (defaults: 10000000 ops, seed 1, or
 *                                        TIERPY_STRESS_SEED)
 *
 * Runs OPS operations on a heap with the default layout, then, a tenth as
 * many each, on the other layouts (step 8 with threshold 512, small pools
 * and arenas, a small threshold) and over layer1's debug backend. Prints
 * one line per run; exit status 1 on the first failure. */
#include "stress.h"

#include <tierpy/mem.h>

#include <stdio.h>
#include <stdlib.h>

static int one(const char *name, stress_params *sp)
{
    stress_report rep;
    char err[512];
    if (stress_run(sp, &rep, err, sizeof err) != 0) {
        fprintf(stderr, "tierpy-pool-stress: %s: %s\n", name, err);
        return 1;
    }
    printf("%-26s ok: %llu ops (%llu malloc, %llu calloc, %llu realloc, %llu free), "
           "peak %zu live blocks, %zu arenas, %llu returned\n",
           name, (unsigned long long)sp->ops, (unsigned long long)rep.mallocs,
           (unsigned long long)rep.callocs, (unsigned long long)rep.reallocs,
           (unsigned long long)rep.frees, rep.peak_live, rep.arenas_peak,
           (unsigned long long)rep.arenas_returned);
    fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t ops = argc > 1 ? strtoull(argv[1], NULL, 0) : 10000000;
    uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : stress_seed_from_env(1);
    stress_params sp = {.seed = seed, .ops = ops, .max_live = 65536, .check_every = 1000000};
    tpy_pool_config_init(&sp.cfg);
    int bad = one("default layout", &sp);

    sp.ops = ops / 10 + 1;
    sp.check_every = 100000;
    sp.cfg.step = 8;
    sp.cfg.threshold = 512;
    bad |= one("step 8, threshold 512", &sp);

    tpy_pool_config_init(&sp.cfg);
    sp.cfg.pool_size = 1024;
    sp.cfg.arena_size = 4096;
    bad |= one("1 KiB pools, 4 KiB arenas", &sp);

    tpy_pool_config_init(&sp.cfg);
    sp.cfg.threshold = 64;
    sp.cfg.pool_size = 16384;
    sp.cfg.arena_size = (size_t)1 << 20;
    bad |= one("threshold 64, 16 KiB pools", &sp);

    char err[256];
    tpy_mem_allocator *dbg = tpy_mem_allocator_new("debug", err, sizeof err);
    if (dbg == NULL) {
        fprintf(stderr, "tierpy-pool-stress: %s\n", err);
        return 1;
    }
    tpy_pool_config_init(&sp.cfg);
    sp.cfg.mem = dbg;
    bad |= one("over layer1's debug backend", &sp);
    tpy_mem_allocator_delete(dbg);
    return bad;
}

/* tests/layer2-pool: the randomized differential stress of a heap, shared
 * by the Criterion suite (short runs) and tierpy-pool-stress (long runs).
 *
 * It drives malloc, calloc, realloc and free with sizes 1..1024 against a
 * shadow record of every live block (its size and a content pattern), and
 * checks alignment, that no two live blocks overlap, that contents survive
 * realloc, that calloc zeroes, and at the end that freeing everything gives
 * every arena back to layer0 and leaves every pool statistic at zero. */
#ifndef TIERPY_TEST_POOL_STRESS_H
#define TIERPY_TEST_POOL_STRESS_H

#include <tierpy/pool.h>

#include <stddef.h>
#include <stdint.h>

typedef struct stress_params {
    tpy_pool_config cfg;   /* the heap's layout; cfg.mem chooses layer1 */
    uint64_t seed;
    uint64_t ops;
    size_t max_live;       /* slots for live blocks */
    uint64_t check_every;  /* full heap check (overlap, tpy_pool_check) */
} stress_params;

typedef struct stress_report {
    uint64_t mallocs, callocs, reallocs, frees;
    size_t peak_live;
    size_t arenas_peak;
    uint64_t arenas_returned;  /* before the final drain */
} stress_report;

/* The seed from TIERPY_STRESS_SEED, or `fallback` when it is not set. */
uint64_t stress_seed_from_env(uint64_t fallback);

/* Run; 0 on success, -1 with a message in err (which names the op number
 * and seed so that the failure can be replayed). */
int stress_run(const stress_params *sp, stress_report *rep, char *err, size_t errsize);

#endif

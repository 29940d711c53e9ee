/* bench/harness/sweep.h: the matrix of tier configurations a subcommand
 * runs in one call, so that one table shows what each tier buys.
 *
 * Three axes, each given on the command line as a list:
 *   --backend libc,mimalloc   layer1's backend
 *   --layer2  on,off          objects from layer2's pools, or straight from layer1
 *   --freelists on,off        layer3's per-type free lists
 * (--sweep: every value of every axis.) The matrix is their product, in
 * the order given, first axis slowest. */
#ifndef TPY_BENCH_SWEEP_H
#define TPY_BENCH_SWEEP_H

#include <stdbool.h>
#include <stddef.h>

#define SWEEP_MAX_BACKENDS 2
#define SWEEP_MAX_CONFIGS (SWEEP_MAX_BACKENDS * 2 * 2)

typedef enum sweep_axis { SWEEP_BACKEND, SWEEP_LAYER2, SWEEP_FREELISTS, SWEEP_AXES } sweep_axis;

typedef struct sweep {
    const char *backends[SWEEP_MAX_BACKENDS];
    bool layer2[2], freelists[2];
    size_t n[SWEEP_AXES];  /* values on each axis */
    bool given[SWEEP_AXES];  /* set on the command line (else the subcommand's default) */
} sweep;

typedef struct tier_config {
    const char *backend;
    bool layer2, freelists;
    char name[48];  /* e.g. "layer2+fl", "mimalloc/layer1" */
} tier_config;

/** Parse "v1,v2" for one axis; -1 with a message for a bad value. */
int sweep_parse(sweep *s, sweep_axis axis, const char *values, char *err, size_t errsize);
/** Every value on every axis not given yet. */
void sweep_all(sweep *s);
/** Fill the axes not given with one value each: the backend of
 *  TIERPY_MALLOC (libc when unset), layer2 on, free lists on. */
void sweep_defaults(sweep *s);
/** The product; returns the count. Names mention the backend only when
 *  the backend axis has more than one value. */
size_t sweep_configs(const sweep *s, tier_config out[SWEEP_MAX_CONFIGS]);
/** The configuration with axis flipped relative to c, or NULL if the
 *  matrix lacks it (what "turning that tier off" is compared with). */
const tier_config *sweep_flip(const tier_config *configs, size_t n, const tier_config *c,
                              sweep_axis axis);

#endif

/* bench/harness/tracegen.c: `gen-trace FILE`, a synthetic allocation
 * trace shaped like a Python heap, so that replay can be tested (and
 * tried) before the VM records real ones. Deterministic for a seed.
 *
 * Sizes: 80% 16..64 bytes, 15% 65..128, 4% 129..256 (layer3 objects or
 * layer2 blocks), 1% 257..8192 (layer1). Lifetimes: most blocks die
 * young, newest first, as a loop's temporaries do; the rest die in random
 * order. 3% of the steps grow a live block by half, as a list grows.
 * The trace ends by freeing everything, so it is balanced. */
#include "harness.h"
#include "trace.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct gen {
    uint64_t rng;
    uint64_t *ids;
    uint32_t *sizes;
    uint8_t *tiers;
    size_t live, cap;
    uint64_t next_id;
} gen;

static uint64_t rnd(gen *g)
{
    g->rng ^= g->rng << 13;
    g->rng ^= g->rng >> 7;
    g->rng ^= g->rng << 17;
    return g->rng;
}

static uint32_t pick_size(gen *g)
{
    uint64_t x = rnd(g);
    unsigned r = (unsigned)(x % 100);
    x >>= 8;
    return (uint32_t)(r < 80 ? 16 + x % 49 : r < 95 ? 65 + x % 64 : r < 99 ? 129 + x % 128
                      : 257 + x % 7936);
}

static enum trace_tier tier_for(gen *g, uint32_t size)
{
    if (size > 256)
        return TRACE_LAYER1;
    return rnd(g) % 10 < 6 ? TRACE_LAYER3 : TRACE_LAYER2;
}

static int gen_alloc(gen *g, trace_writer *w)
{
    if (g->live == g->cap)
        return -1;
    uint32_t size = pick_size(g);
    enum trace_tier tier = tier_for(g, size);
    g->ids[g->live] = g->next_id++;
    g->sizes[g->live] = size;
    g->tiers[g->live] = (uint8_t)tier;
    return trace_write(w, TRACE_ALLOC, tier, size, g->ids[g->live++]);
}

/* Free live block i, the last one taking its place. */
static int gen_free(gen *g, trace_writer *w, size_t i)
{
    int rc = trace_write(w, TRACE_FREE, (enum trace_tier)g->tiers[i], 0, g->ids[i]);
    g->live--;
    g->ids[i] = g->ids[g->live];
    g->sizes[i] = g->sizes[g->live];
    g->tiers[i] = g->tiers[g->live];
    return rc;
}

static int gen_realloc(gen *g, trace_writer *w, size_t i)
{
    g->sizes[i] += g->sizes[i] / 2 + 8;
    return trace_write(w, TRACE_REALLOC, (enum trace_tier)g->tiers[i], g->sizes[i], g->ids[i]);
}

/* One step: allocate while the heap is small, otherwise free or grow. */
static int gen_step(gen *g, trace_writer *w)
{
    unsigned r = (unsigned)(rnd(g) % 100);
    if (g->live < 16 || r < 50)
        return gen_alloc(g, w);
    if (r < 53)
        return gen_realloc(g, w, (size_t)(rnd(g) % g->live));
    if (r < 88)
        return gen_free(g, w, g->live - 1);  /* the youngest */
    return gen_free(g, w, (size_t)(rnd(g) % g->live));
}

int cmd_gen_trace(bench_opts *o)
{
    gen g = {o->seed * 0x9E3779B97F4A7C15ULL + 1, NULL, NULL, NULL, 0, o->ops + 16, 1};
    g.ids = malloc(g.cap * sizeof *g.ids);
    g.sizes = malloc(g.cap * sizeof *g.sizes);
    g.tiers = malloc(g.cap);
    trace_writer w = {0};
    int rc = g.ids && g.sizes && g.tiers ? trace_writer_open(&w, o->args[0]) : -1;
    for (unsigned long k = 0; rc == 0 && k < o->ops; k++)
        rc = gen_step(&g, &w);
    while (rc == 0 && g.live > 0)
        rc = gen_free(&g, &w, g.live - 1);
    uint64_t n = rc == 0 ? w.n : 0;
    if (w.f != NULL && trace_writer_close(&w) < 0)
        rc = -1;
    free(g.ids);
    free(g.sizes);
    free(g.tiers);
    if (rc != 0) {
        fprintf(stderr, "tierpy-bench gen-trace: cannot write %s\n", o->args[0]);
        return EXIT_CHECK_FAILED;
    }
    printf("tierpy-bench gen-trace: %s, %llu records (seed %lu)\n", o->args[0],
           (unsigned long long)n, o->seed);
    return EXIT_MEASURED;
}

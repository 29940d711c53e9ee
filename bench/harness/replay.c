/* bench/harness/replay.c: `replay TRACE`, an allocation trace (trace.h)
 * played back against each allocator of the sweep: layer1 backends
 * (libc, mimalloc) with layer2's pools on or off. (Free lists do not
 * apply: a trace holds blocks, not typed objects.)
 *
 * Block ids are mapped to dense slots before any timing, so the timed
 * loop is only the allocator's work plus one array access per record.
 * Each replay ends by freeing what the trace left live; then the
 * allocator's own live counts must be zero (layer2's small and large
 * blocks, layer1's blocks once the pool is gone): a replay that leaks is
 * reported and the exit status is 1. */
#include "chart.h"
#include "harness.h"
#include "progress.h"
#include "svg.h"
#include "table.h"
#include "trace.h"

#include <tierpy/pool.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The trace made ready to play: slot[i] is record i's block as a dense
 * index; nslots blocks in all. */
typedef struct plan {
    const trace *t;
    uint32_t *slot;
    size_t nslots;
} plan;

/* Map ids to slots with a hash table sized for every record. */
static int make_plan(const trace *t, plan *p)
{
    size_t cap = 16;
    while (cap < t->n * 2)
        cap *= 2;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = malloc(cap * sizeof *vals);
    p->t = t;
    p->slot = malloc((t->n + 1) * sizeof *p->slot);
    p->nslots = 0;
    if (!keys || !vals || !p->slot) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t k = 0; k < t->n; k++) {
        size_t i = (size_t)((t->recs[k].id + 1) * 0x9E3779B97F4A7C15ULL) & (cap - 1);
        while (keys[i] != 0 && keys[i] != t->recs[k].id + 1)
            i = (i + 1) & (cap - 1);
        if (keys[i] == 0) {
            keys[i] = t->recs[k].id + 1;
            vals[i] = (uint32_t)p->nslots++;
        }
        p->slot[k] = vals[i];
    }
    free(keys);
    free(vals);
    return 0;
}

/* An allocator of the sweep, made fresh for each replay. */
typedef struct target {
    tpy_mem_allocator *mem;
    tpy_pool *pool;  /* NULL: layer2 off, blocks straight from layer1 */
} target;

static void *t_malloc(target *g, size_t n)
{
    return g->pool ? tpy_pool_malloc(g->pool, n) : tpy_mem_malloc_in(g->mem, TPY_MEM_API_RAW, n);
}

static void *t_realloc(target *g, void *p, size_t n)
{
    return g->pool ? tpy_pool_realloc(g->pool, p, n)
                   : tpy_mem_realloc_in(g->mem, TPY_MEM_API_RAW, p, n);
}

static void t_free(target *g, void *p)
{
    if (g->pool)
        tpy_pool_free(g->pool, p);
    else
        tpy_mem_free_in(g->mem, TPY_MEM_API_RAW, p);
}

static int target_open(const tier_config *tc, target *g)
{
    char err[200];
    g->pool = NULL;
    g->mem = tpy_mem_allocator_new(tc->backend, err, sizeof err);
    if (g->mem == NULL) {
        fprintf(stderr, "tierpy-bench replay: %s\n", err);
        return -1;
    }
    if (tc->layer2) {
        tpy_pool_config cfg;
        tpy_pool_config_init(&cfg);
        cfg.mem = g->mem;
        if ((g->pool = tpy_pool_new(&cfg)) == NULL) {
            tpy_mem_allocator_delete(g->mem);
            return -1;
        }
    }
    return 0;
}

/* Play every record; false when the allocator runs out of memory. */
static bool play(const plan *p, target *g, void **blocks)
{
    for (size_t k = 0; k < p->t->n; k++) {
        const trace_record *r = &p->t->recs[k];
        void **b = &blocks[p->slot[k]];
        if (r->op == TRACE_FREE) {
            t_free(g, *b);
            *b = NULL;
            continue;
        }
        void *q = r->op == TRACE_ALLOC ? t_malloc(g, r->size) : t_realloc(g, *b, r->size);
        if (q == NULL)
            return false;
        *(volatile char *)q = (char)k;  /* as an object's header would be written */
        *b = q;
    }
    return true;
}

typedef struct replay_out {
    double ns_per_op, peak_mib;
    double live_after;  /* blocks the allocator still counts after the replay: must be 0 */
} replay_out;

/* Footprint at the peak: the pool's arenas at their most plus layer1's
 * peak usable bytes (layer1's peak alone when layer2 is off). */
static double peak_mib(const target *g)
{
    tpy_mem_stats_t ms;
    tpy_mem_stats(g->mem, &ms);
    double bytes = (double)ms.bytes_peak;
    if (g->pool) {
        static tpy_pool_stats_t ps;
        tpy_pool_config cfg;
        tpy_pool_config_init(&cfg);
        tpy_pool_stats(g->pool, &ps);
        bytes += (double)ps.arenas_peak * (double)cfg.arena_size;
    }
    return bytes / (1024.0 * 1024.0);
}

/* Free what the trace left live, then count what the allocator still holds. */
static double drain_and_count(target *g, void **blocks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (blocks[i] != NULL)
            t_free(g, blocks[i]);
    double live = 0;
    if (g->pool) {
        static tpy_pool_stats_t ps;
        tpy_pool_stats(g->pool, &ps);
        live += (double)(ps.small_blocks_live + ps.large_blocks_live);
        tpy_pool_delete(g->pool);
    }
    tpy_mem_stats_t ms;
    tpy_mem_stats(g->mem, &ms);
    live += (double)ms.blocks_live;
    tpy_mem_allocator_delete(g->mem);
    return live;
}

static int replay_once(const plan *p, const tier_config *tc, replay_out *out)
{
    target g;
    void **blocks = calloc(p->nslots + 1, sizeof *blocks);
    if (blocks == NULL || target_open(tc, &g) < 0) {
        free(blocks);
        return -1;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    bool ok = play(p, &g, blocks);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
    out->ns_per_op = ns / (double)(p->t->n ? p->t->n : 1);
    out->peak_mib = peak_mib(&g);
    out->live_after = drain_and_count(&g, blocks, p->nslots);
    free(blocks);
    return ok ? 0 : -1;
}

/* --- what the trace holds ------------------------------------------------------ */

#define SIZE_BINS 12
#define LIFE_BINS 16

typedef struct trace_profile {
    size_t ops[4], tiers[4];
    double size_edges[SIZE_BINS + 1], size_count[SIZE_BINS];
    double life_edges[LIFE_BINS + 1], life_count[LIFE_BINS];
    size_t peak_live;
} trace_profile;

/* Power-of-two bin of v over edges 16, 32, ... (sizes) or 1, 2, ... (lifetimes). */
static size_t bin_of(double v, const double *edges, size_t nbins)
{
    size_t b = 0;
    while (b + 1 < nbins && v >= edges[b + 1])
        b++;
    return b;
}

static void profile(const plan *p, trace_profile *tp)
{
    memset(tp, 0, sizeof *tp);
    for (size_t b = 0; b <= SIZE_BINS; b++)
        tp->size_edges[b] = (double)(8u << b);
    for (size_t b = 0; b <= LIFE_BINS; b++)
        tp->life_edges[b] = b ? (double)(1u << (2 * b)) : 0;
    uint64_t *born = calloc(p->nslots + 1, sizeof *born);
    size_t live = 0;
    for (size_t k = 0; born && k < p->t->n; k++) {
        const trace_record *r = &p->t->recs[k];
        tp->ops[r->op]++;
        tp->tiers[r->tier]++;
        if (r->op != TRACE_FREE)
            tp->size_count[bin_of(r->size, tp->size_edges, SIZE_BINS)]++;
        if (r->op == TRACE_ALLOC) {
            born[p->slot[k]] = r->time;
            if (++live > tp->peak_live)
                tp->peak_live = live;
        } else if (r->op == TRACE_FREE) {
            live--;
            tp->life_count[bin_of((double)(r->time - born[p->slot[k]]), tp->life_edges,
                                  LIFE_BINS)]++;
        }
    }
    free(born);
}

static void print_profile(const char *path, const plan *p, const trace_profile *tp)
{
    printf("trace %s: %zu records: %zu alloc, %zu free, %zu realloc; by tier: layer1 %zu, "
           "layer2 %zu, layer3 %zu; %zu blocks, at most %zu live at once\n\n",
           path, p->t->n, tp->ops[TRACE_ALLOC], tp->ops[TRACE_FREE], tp->ops[TRACE_REALLOC],
           tp->tiers[TRACE_LAYER1], tp->tiers[TRACE_LAYER2], tp->tiers[TRACE_LAYER3],
           p->nslots, tp->peak_live);
}

/* --- the subcommand ---------------------------------------------------------------- */

static void report(const bench_opts *o, const result_set *rs, const char *bench,
                   const tier_config *tc, size_t nc)
{
    char title[200];
    snprintf(title, sizeof title, "replay: median ±MAD of %d; peak: layer2's arenas + layer1's "
             "peak bytes; live after: must be 0", o->reps);
    table t;
    table_init(&t, title, 4);
    table_cell(&t, "allocator");
    table_cell(&t, "ns per record");
    table_cell(&t, "peak MiB");
    table_cell(&t, "live after");
    table_row(&t);
    for (size_t i = 0; i < nc; i++) {
        const result *r = results_find(rs, "replay", bench, tc[i].name, "ns_per_op");
        table_cell(&t, "%s", tc[i].name);
        table_cell_summary(&t, r && !r->error ? &r->s : NULL, 1);
        table_cell(&t, "%.2f", results_median(rs, "replay", bench, tc[i].name, "peak_mib"));
        const result *l = results_find(rs, "replay", bench, tc[i].name, "live_blocks_after");
        table_cell(&t, "%.0f", l && l->n ? l->s.max : NAN);
        table_row(&t);
    }
    table_print(&t, stdout);
    table_free(&t);
}

static int write_chart(const bench_opts *o, const result_set *rs, const trace_profile *tp)
{
    if (o->svg_path == NULL)
        return 0;
    svg_doc d;
    if (chart_open(&d, "bars: median; whiskers: 95% bootstrap interval of the median") < 0)
        return -1;
    chart_group_bars(&d, rs, "replay", "ns_per_op", "replay: ns per record", "ns", NAN);
    chart_group_bars(&d, rs, "replay", "peak_mib", "replay: peak footprint", "MiB", NAN);
    svg_histogram sizes = {"sizes asked for (alloc and realloc)", "bytes, bins from the value shown",
                           SIZE_BINS, tp->size_edges, tp->size_count};
    svg_add_histogram(&d, &sizes);
    svg_histogram life = {"block lifetimes", "allocations between alloc and free, bins from the value shown",
                          LIFE_BINS, tp->life_edges, tp->life_count};
    svg_add_histogram(&d, &life);
    return svg_save(&d, o->svg_path);
}

/* Run every configuration, taking turns within each repetition; returns
 * the number of replays that failed or leaked. */
static int run_all(const bench_opts *o, const plan *p, const char *bench, const tier_config *tc,
                   size_t nc, result_set *rs)
{
    int bad = 0;
    progress_start("replay", (size_t)(o->warmup + o->reps) * nc);
    for (int r = 0; r < o->warmup + o->reps; r++)
        for (size_t i = 0; i < nc; i++) {
            progress_step((size_t)r * nc + i, tc[i].name);
            replay_out out;
            result *res = results_get(rs, "replay", bench, tc[i].name, "ns_per_op", "ns");
            if (replay_once(p, &tc[i], &out) < 0) {
                result_fail(res, "out of memory during the replay");
                bad++;
                continue;
            }
            result_add(results_get(rs, "replay", bench, tc[i].name, "live_blocks_after", "blocks"),
                       out.live_after);
            bad += out.live_after != 0;
            if (r < o->warmup)
                continue;
            result_add(res, out.ns_per_op);
            result_add(results_get(rs, "replay", bench, tc[i].name, "peak_mib", "MiB"), out.peak_mib);
        }
    progress_end();
    return bad;
}

int cmd_replay(bench_opts *o)
{
    const char *path = o->args[0];
    trace t;
    char err[300];
    if (trace_read(path, &t, err, sizeof err) < 0) {
        fprintf(stderr, "tierpy-bench replay: %s: %s\n", path, err);
        return EXIT_CHECK_FAILED;
    }
    o->reps = opt_count(o->reps, 5, 2, o->quick);
    o->warmup = opt_count(o->warmup, 1, 0, o->quick);
    if (!o->sweep.given[SWEEP_BACKEND])
        sweep_parse(&o->sweep, SWEEP_BACKEND, "libc,mimalloc", err, sizeof err);
    if (!o->sweep.given[SWEEP_LAYER2])
        sweep_parse(&o->sweep, SWEEP_LAYER2, "on,off", err, sizeof err);
    sweep_parse(&o->sweep, SWEEP_FREELISTS, "off", err, sizeof err);
    tier_config tc[SWEEP_MAX_CONFIGS];
    size_t nc = sweep_configs(&o->sweep, tc);
    plan p;
    if (make_plan(&t, &p) < 0) {
        trace_free(&t);
        fprintf(stderr, "tierpy-bench replay: out of memory\n");
        return EXIT_CHECK_FAILED;
    }
    const char *bench = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    trace_profile tp;
    profile(&p, &tp);
    print_profile(path, &p, &tp);
    result_set rs;
    results_init(&rs);
    int bad = run_all(o, &p, bench, tc, nc, &rs);
    results_finish(&rs);
    report(o, &rs, bench, tc, nc);
    if (bad)
        printf("replay: %d replay(s) failed or left blocks live\n", bad);
    if (report_json(o, "replay", &rs) < 0 || write_chart(o, &rs, &tp) < 0)
        bad++;
    results_free(&rs);
    free(p.slot);
    trace_free(&t);
    return bad ? EXIT_CHECK_FAILED : EXIT_MEASURED;
}

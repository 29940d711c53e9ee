/* bench/harness/replay.c: `replay TRACE`, an allocation trace (trace.h)
 * played back against each allocator of the sweep: layer1 backends
 * (libc, mimalloc) with layer2's pools on or off, in this process (free
 * lists do not apply: a trace holds blocks, not typed objects); then
 * against the allocators tierpy competes with (glibc, mimalloc, jemalloc,
 * tcmalloc, pymalloc, the bare free list, and layer2 alone for a fair
 * RSS), each in a child process of its own, bench/alloc/tierpy-alloc-NAME
 * replay TRACE (workload.c), which reports its time and its peak RSS
 * above the RSS before the replay; with --instructions each also runs
 * once under callgrind.
 *
 * Block ids are mapped to dense slots before any timing, so the timed
 * loop is only the allocator's work plus one array access per record.
 * Each replay ends by freeing what the trace left live; then the
 * allocator's own live counts must be zero (layer2's small and large
 * blocks, layer1's blocks once the pool is gone): a replay that leaks is
 * reported and the exit status is 1. */
#include "chart.h"
#include "harness.h"
#include "proc.h"
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
#include <unistd.h>

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

typedef struct child {
    char name[32];     /* the subject: "glibc", ..., "layer2 (child)" for tierpy's */
    char path[4200];
    const char *exe;   /* the allocator's own name */
    bool broken;
} child;

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
        tp->life_edges[b] = b ? ldexp(1.0, 2 * (int)b) : 0;
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

static void report_row(table *t, const result_set *rs, const char *bench, const char *name)
{
    const result *r = results_find(rs, "replay", bench, name, "ns_per_op");
    table_cell(t, "%s", name);
    table_cell_summary(t, r && !r->error ? &r->s : NULL, 1);
    static const char *const metrics[] = {"instr_per_op", "peak_mib", "peak_rss_mib"};
    for (size_t m = 0; m < 3; m++) {
        double v = results_median(rs, "replay", bench, name, metrics[m]);
        table_cell(t, isfinite(v) ? (m ? "%.2f" : "%.0f") : "-", v);
    }
    const result *l = results_find(rs, "replay", bench, name, "live_blocks_after");
    if (l && l->n)
        table_cell(t, "%.0f", fabs(l->s.min) > fabs(l->s.max) ? l->s.min : l->s.max);
    else
        table_cell(t, "-");
    table_row(t);
}

static void report(const bench_opts *o, const result_set *rs, const char *bench,
                   const tier_config *tc, size_t nc, const child *ch, size_t nch)
{
    char title[400];
    snprintf(title, sizeof title,
             "replay: median ±MAD of %d; peak MiB (in process): layer2's arenas + layer1's peak "
             "bytes;\npeak RSS (child processes): above the RSS before the replay; live after: "
             "what the allocator\nstill counts (layer1/layer2 blocks), must "
             "be 0; -: it cannot tell", o->reps);
    table t;
    table_init(&t, title, 6);
    static const char *const head[] = {"allocator", "ns per record", "Ir per record", "peak MiB",
                                       "peak RSS MiB", "live after"};
    for (size_t i = 0; i < 6; i++)
        table_cell(&t, "%s", head[i]);
    table_row(&t);
    for (size_t i = 0; i < nc; i++)
        report_row(&t, rs, bench, tc[i].name);
    for (size_t i = 0; i < nch; i++)
        report_row(&t, rs, bench, ch[i].name);
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
    chart_group_bars(&d, rs, "replay", "peak_mib", "replay: peak footprint (in process)", "MiB",
                     NAN);
    chart_group_bars(&d, rs, "replay", "peak_rss_mib", "replay: peak RSS (child processes)", "MiB",
                     NAN);
    svg_histogram sizes = {"sizes asked for (alloc and realloc)", "bytes, bins from the value shown",
                           SIZE_BINS, tp->size_edges, tp->size_count};
    svg_add_histogram(&d, &sizes);
    svg_histogram life = {"block lifetimes", "allocations between alloc and free, bins from the value shown",
                          LIFE_BINS, tp->life_edges, tp->life_count};
    svg_add_histogram(&d, &life);
    return svg_save(&d, o->svg_path);
}

/* --- the other allocators, in child processes ------------------------------------------ */

static const char *const child_names[] = {"tierpy", "glibc", "mimalloc", "jemalloc", "tcmalloc",
                                          "pymalloc", "bare"};
#define NCHILD (sizeof child_names / sizeof *child_names)

static size_t find_children(const bench_opts *o, child *out)
{
    size_t n = 0;
    for (size_t i = 0; i < NCHILD; i++) {
        child *c = &out[n];
        snprintf(c->path, sizeof c->path, "%s/bench/alloc/tierpy-alloc-%s", o->self_dir,
                 child_names[i]);
        snprintf(c->name, sizeof c->name, "%s", i == 0 ? "layer2 (child)" : child_names[i]);
        c->exe = child_names[i];
        c->broken = false;
        if (access(c->path, X_OK) == 0 && (opt_selected(o, c->exe) || opt_selected(o, c->name)))
            n++;
    }
    return n;
}

/* jemalloc and tcmalloc must own malloc in their executables. */
static bool child_interposed(const child *c, const char *out)
{
    if (strcmp(c->exe, "jemalloc") != 0 && strcmp(c->exe, "tcmalloc") != 0)
        return true;
    const char *m = strstr(out, "\nmalloc ");
    return m && strstr(m, c->exe) && strchr(m + 1, '\n') > strstr(m, c->exe);
}

/* One replay in a child: its line "replay N NS PEAK BASE LEFT BEFORE AFTER". */
static bool run_child(const char *path, child *c, const char *bench, bool keep, result_set *rs)
{
    char *argv[] = {c->path, "replay", (char *)path, NULL};
    proc_result pr;
    char why[300] = "";
    double n = 0, ns = 0, peak = 0, base = 0, left = 0, before = -1, after = -1;
    const char *line = NULL;
    if (proc_run(argv, NULL, NULL, &pr) < 0 || pr.status != 0) {
        char l[200];
        proc_failure_line(pr.err, l, sizeof l);
        snprintf(why, sizeof why, "%s failed (status %d): %s", c->exe, pr.status, l);
    } else if (!(line = strstr(pr.out, "replay ")) ||
               sscanf(line, "replay %lf %lf %lf %lf %lf %lf %lf", &n, &ns, &peak, &base, &left,
                      &before, &after) != 7) {
        snprintf(why, sizeof why, "%s printed no replay line", c->exe);
    } else if (!child_interposed(c, pr.out)) {
        snprintf(why, sizeof why, "malloc does not come from %s", c->exe);
    }
    proc_result_free(&pr);
    result *res = results_get(rs, "replay", bench, c->name, "ns_per_op", "ns");
    if (why[0]) {
        fprintf(stderr, "tierpy-bench replay: %s\n", why);
        result_fail(res, "%s", why);
        c->broken = true;
        return false;
    }
    /* What the allocator itself still counts, where it can tell (layer2's
     * live blocks): must be what it was before. */
    bool counted = before >= 0 && after >= 0;
    if (counted)
        result_add(results_get(rs, "replay", bench, c->name, "live_blocks_after", "blocks"),
                   after - before);
    if (keep) {
        result_add(res, ns / (n ? n : 1));
        result_add(results_get(rs, "replay", bench, c->name, "peak_rss_mib", "MiB"),
                   (peak - base) / (1024.0 * 1024.0));
    }
    return !counted || after == before;
}

/* The instruction total of one callgrind dump, or -1; the file is removed. */
static double dump_total(const char *file)
{
    char buf[512];
    double total = -1;
    FILE *f = fopen(file, "r");
    while (f && fgets(buf, sizeof buf, f))
        if (strncmp(buf, "totals:", 7) == 0 || strncmp(buf, "summary:", 8) == 0)
            total = strtod(strchr(buf, ':') + 1, NULL);
    if (f)
        fclose(f);
    remove(file);
    return total;
}

/* Instructions per record of each child's replay under callgrind (the
 * workload brackets the replay with client requests, and its dump,
 * cg.out.1, holds exactly the replay; cg.out is what followed it). */
static int child_instructions(const char *path, const child *c, const char *bench,
                              result_set *rs)
{
    char dir[] = "/tmp/tierpy-bench-rcg-XXXXXX", abs[4200];
    if (mkdtemp(dir) == NULL)
        return -1;
    if (path[0] != '/' && getcwd(abs, sizeof abs - 1024))
        snprintf(abs + strlen(abs), sizeof abs - strlen(abs), "/%s", path);
    else
        snprintf(abs, sizeof abs, "%s", path);
    char *argv[] = {"valgrind", "--tool=callgrind", "--collect-atstart=no",
                    "--callgrind-out-file=cg.out", (char *)c->path, "replay", abs, NULL};
    proc_result pr;
    int rc = proc_run(argv, NULL, dir, &pr) < 0 || pr.status != 0 ? -1 : 0;
    double n = 0, total = -1;
    const char *line = pr.out ? strstr(pr.out, "replay ") : NULL;
    if (line)
        sscanf(line, "replay %lf", &n);
    char file[4300];
    snprintf(file, sizeof file, "%s/cg.out.1", dir);
    total = dump_total(file);
    snprintf(file, sizeof file, "%s/cg.out", dir);
    dump_total(file);
    rmdir(dir);
    proc_result_free(&pr);
    if (rc == 0 && total >= 0 && n > 0)
        result_add(results_get(rs, "replay", bench, c->name, "instr_per_op", "Ir"), total / n);
    else
        fprintf(stderr, "tierpy-bench replay: callgrind %s failed\n", c->exe);
    return rc;
}

/* Run every configuration, taking turns within each repetition; returns
 * the number of replays that failed or leaked. */
static int run_all(const bench_opts *o, const plan *p, const char *bench, const tier_config *tc,
                   size_t nc, child *ch, size_t nch, result_set *rs)
{
    int bad = 0;
    progress_start("replay", (size_t)(o->warmup + o->reps) * (nc + nch));
    for (int r = 0; r < o->warmup + o->reps; r++) {
        for (size_t i = 0; i < nch; i++) {
            progress_step((size_t)r * (nc + nch) + nc + i, ch[i].name);
            if (!ch[i].broken && !run_child(o->args[0], &ch[i], bench, r >= o->warmup, rs))
                bad++;
        }
        for (size_t i = 0; i < nc; i++) {
            progress_step((size_t)r * (nc + nch) + i, tc[i].name);
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
    }
    progress_end();
    for (size_t i = 0; o->instructions && i < nch; i++)
        bad += child_instructions(o->args[0], &ch[i], bench, rs) < 0;
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
    child ch[NCHILD];
    size_t nch = find_children(o, ch);
    size_t keep = 0;   /* --only filters the in-process configurations too */
    for (size_t i = 0; i < nc; i++)
        if (opt_selected(o, tc[i].name))
            tc[keep++] = tc[i];
    nc = keep;
    int bad = run_all(o, &p, bench, tc, nc, ch, nch, &rs);
    results_finish(&rs);
    report(o, &rs, bench, tc, nc, ch, nch);
    if (bad)
        printf("replay: %d replay(s) failed or left blocks live\n", bad);
    if (report_json(o, "replay", &rs) < 0 || write_chart(o, &rs, &tp) < 0)
        bad++;
    results_free(&rs);
    free(p.slot);
    trace_free(&t);
    return bad ? EXIT_CHECK_FAILED : EXIT_MEASURED;
}

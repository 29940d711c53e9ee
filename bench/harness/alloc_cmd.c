/* bench/harness/alloc_cmd.c: `alloc`, layer2 against the allocators it
 * competes with, then layer3 under the tier matrix.
 *
 * The allocator workloads are bench/alloc/workload.c, built once per
 * allocator into bench/alloc/tierpy-alloc-NAME beside this program
 * (jemalloc and tcmalloc take over malloc when linked, so each needs a
 * process of its own). Each run is a fresh process per mode (the speed
 * workloads; each grow sequence alone, so that its RSS owes nothing to the
 * others); in each round the allocators take turns, so that drift on a
 * noisy machine hits them all alike. With --instructions each allocator
 * also runs once under callgrind at small scale, collecting exactly the
 * measured phases (the workload brackets them with client requests). */
#include "chart.h"
#include "harness.h"
#include "meta.h"
#include "progress.h"
#include "proc.h"
#include "svg.h"
#include "table.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const allocators[] = {"tierpy", "glibc", "mimalloc", "jemalloc",
                                         "tcmalloc", "pymalloc", "bare"};
#define NALLOC (sizeof allocators / sizeof *allocators)
/* The peers tierpy is ranked against; bare (a size-class free list that
 * never gives memory back) is the floor, not a peer. */
static const char *const peers[] = {"glibc", "mimalloc", "jemalloc", "tcmalloc", "pymalloc"};
#define NPEERS (sizeof peers / sizeof *peers)

static const char *const modes[] = {"speed", "grow-random", "grow-oldest"};
#define NMODES 3

static const char *const speed_phases[] = {"pair", "batch-fifo", "batch-lifo", "churn"};
static const char *const grow_steps[] = {"grow", "free90", "regrow", "freeall"};
#define NSPEED 4
#define NSTEPS 4

typedef struct alloc_exe {
    const char *name;
    char path[4200];
} alloc_exe;

/* The allocators built into this build directory and selected by --only. */
static size_t find_allocators(const bench_opts *o, alloc_exe *out)
{
    size_t n = 0;
    for (size_t i = 0; i < NALLOC; i++) {
        alloc_exe *e = &out[n];
        e->name = allocators[i];
        snprintf(e->path, sizeof e->path, "%s/bench/alloc/tierpy-alloc-%s", o->self_dir,
                 allocators[i]);
        if (access(e->path, X_OK) == 0 && opt_selected(o, e->name))
            n++;
    }
    return n;
}

/* --- one run's output ------------------------------------------------------ */

typedef struct phase_line {
    char name[32];
    double ops, ns, rss, live, live16;
} phase_line;

typedef struct run_output {
    phase_line phases[16];
    size_t nphases;
    double baseline;
    char malloc_from[256];
} run_output;

/* Parse the lines workload.c prints (see its header comment). */
static void parse_output(const char *text, run_output *r)
{
    memset(r, 0, sizeof *r);
    for (const char *line = text; line && *line; line = strchr(line, '\n'), line += !!line) {
        phase_line *p = &r->phases[r->nphases];
        char tag[32];
        if (r->nphases < 16 && sscanf(line, "phase %31s %lf %lf %lf %lf %lf", p->name, &p->ops,
                                      &p->ns, &p->rss, &p->live, &p->live16) == 6)
            r->nphases++;
        else if (sscanf(line, "baseline %31s %lf", tag, &r->baseline) == 2)
            continue;
        else
            sscanf(line, "malloc %255s", r->malloc_from);
    }
}

static const phase_line *phase(const run_output *r, const char *name)
{
    for (size_t i = 0; i < r->nphases; i++)
        if (strcmp(r->phases[i].name, name) == 0)
            return &r->phases[i];
    return NULL;
}

/* jemalloc and tcmalloc must really own malloc in their executables, or
 * the figures would be glibc's under another name. */
static bool interposed(const char *name, const run_output *r)
{
    if (strcmp(name, "jemalloc") != 0 && strcmp(name, "tcmalloc") != 0)
        return true;
    return strstr(r->malloc_from, name) != NULL;
}

/* --- native runs ------------------------------------------------------------ */

static void record_run(result_set *rs, const char *name, const char *mode, const run_output *r)
{
    for (size_t i = 0; i < r->nphases; i++) {
        const phase_line *p = &r->phases[i];
        result_add(results_get(rs, "alloc", p->name, name, "ns_per_op", "ns"), p->ns / p->ops);
        if (strcmp(mode, "speed") == 0)
            continue;
        result_add(results_get(rs, "rss", p->name, name, "rss_mib", "MiB"),
                   (p->rss - r->baseline) / (1024.0 * 1024.0));
        if (strncmp(p->name, "free90", 6) == 0 && p->live16 > 0)
            result_add(results_get(rs, "rss", p->name, name, "rss_per_live16", "x"),
                       (p->rss - r->baseline) / p->live16);
    }
}

static void fail_allocator(result_set *rs, const char *name, const char *why)
{
    for (size_t i = 0; i < NSPEED; i++)
        result_fail(results_get(rs, "alloc", speed_phases[i], name, "ns_per_op", "ns"), "%s", why);
}

/* One run of one allocator in one mode; false if it failed (recorded). */
static bool run_native(const alloc_exe *e, const char *scale, const char *mode, bool keep,
                       result_set *rs)
{
    char *argv[] = {(char *)e->path, (char *)scale, (char *)mode, NULL};
    proc_result pr;
    char why[300] = "";
    if (proc_run(argv, NULL, NULL, &pr) < 0 || pr.status != 0) {
        char line[200];
        proc_failure_line(pr.err, line, sizeof line);
        snprintf(why, sizeof why, "%s %s failed (status %d): %s", e->name, mode, pr.status, line);
    }
    run_output out;
    parse_output(pr.out, &out);
    if (!why[0] && !interposed(e->name, &out))
        snprintf(why, sizeof why, "malloc comes from %s, not %s", out.malloc_from, e->name);
    if (why[0]) {
        fprintf(stderr, "tierpy-bench alloc: %s\n", why);
        fail_allocator(rs, e->name, why);
    } else if (keep) {
        record_run(rs, e->name, mode, &out);
    }
    proc_result_free(&pr);
    return !why[0];
}

static int run_rounds(const bench_opts *o, const alloc_exe *exes, size_t n, result_set *rs)
{
    const char *scale = o->quick ? "small" : "full";
    int rounds = o->warmup + o->reps, failed = 0;
    bool broken[NALLOC] = {false};
    progress_start("alloc", (size_t)rounds * n * NMODES);
    size_t step = 0;
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < n; i++)
            for (size_t m = 0; m < NMODES; m++, step++) {
                char label[96];
                snprintf(label, sizeof label, "round %d %s %s", r + 1, exes[i].name, modes[m]);
                progress_step(step, label);
                if (!broken[i] && !run_native(&exes[i], scale, modes[m], r >= o->warmup, rs))
                    broken[i] = true, failed = 1;
            }
    progress_end();
    return failed;
}

/* --- callgrind -------------------------------------------------------------- */

/* Instructions of each dump in dir: "desc: Trigger: Client Request: NAME"
 * names the phase, "totals:" (or "summary:") counts it. */
static void read_dumps(const char *dir, const run_output *run, const char *name, result_set *rs)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    while (d && (de = readdir(d)) != NULL) {
        if (strncmp(de->d_name, "cg.", 3) != 0)
            continue;
        char path[4400], line[512], phase_name[64] = "";
        double total = -1;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *f = fopen(path, "r");
        while (f && fgets(line, sizeof line, f)) {
            sscanf(line, "desc: Trigger: Client Request: %63s", phase_name);
            if (strncmp(line, "totals:", 7) == 0 || strncmp(line, "summary:", 8) == 0)
                total = strtod(strchr(line, ':') + 1, NULL);
        }
        if (f)
            fclose(f);
        remove(path);
        const phase_line *p = phase(run, phase_name);
        if (p && total >= 0)
            result_add(results_get(rs, "instructions", p->name, name, "instr_per_op", "Ir"),
                       total / p->ops);
    }
    if (d)
        closedir(d);
}

static int run_callgrind(const alloc_exe *e, result_set *rs)
{
    char dir[] = "/tmp/tierpy-bench-cg-XXXXXX";
    if (mkdtemp(dir) == NULL)
        return -1;
    int failed = 0;
    for (size_t m = 0; m < NMODES; m++) {
        char *argv[] = {"valgrind", "--tool=callgrind", "--collect-atstart=no",
                        "--callgrind-out-file=cg.%p", (char *)e->path, "small",
                        (char *)modes[m], NULL};
        proc_result pr;
        if (proc_run(argv, NULL, dir, &pr) < 0 || pr.status != 0) {
            char line[200];
            proc_failure_line(pr.err, line, sizeof line);
            fprintf(stderr, "tierpy-bench alloc: callgrind %s %s: %s\n", e->name, modes[m], line);
            failed = 1;
        } else {
            run_output out;
            parse_output(pr.out, &out);
            read_dumps(dir, &out, e->name, rs);
        }
        proc_result_free(&pr);
    }
    rmdir(dir);
    return failed;
}

/* --- tables ------------------------------------------------------------------ */

/* The best peer's median for (group, phase, metric); its name in *who. */
static double best_peer(const result_set *rs, const char *group, const char *ph,
                        const char *metric, const char **who)
{
    double best = NAN;
    *who = NULL;
    for (size_t i = 0; i < NPEERS; i++) {
        double v = results_median(rs, group, ph, peers[i], metric);
        if (isfinite(v) && !(v >= best)) {
            best = v;
            *who = peers[i];
        }
    }
    return best;
}

static void phase_table(const result_set *rs, const alloc_exe *exes, size_t n, const char *title,
                        const char *group, const char *metric, int decimals, FILE *out)
{
    table t;
    table_init(&t, title, n + 3);
    table_cell(&t, "workload");
    for (size_t i = 0; i < n; i++)
        table_cell(&t, "%s", exes[i].name);
    table_cell(&t, "best peer");
    table_cell(&t, "tierpy/best");
    table_row(&t);
    size_t nph;
    const char **phs = results_distinct(rs, group, 1, &nph);
    for (size_t p = 0; p < nph; p++) {
        table_cell(&t, "%s", phs[p]);
        for (size_t i = 0; i < n; i++) {
            const result *r = results_find(rs, group, phs[p], exes[i].name, metric);
            table_cell_summary(&t, r && !r->error ? &r->s : NULL, decimals);
        }
        const char *who;
        double best = best_peer(rs, group, phs[p], metric, &who);
        double mine = results_median(rs, group, phs[p], "tierpy", metric);
        table_cell(&t, who ? "%.*f %s" : "-", decimals, best, who);
        table_cell(&t, isfinite(mine / best) ? "%.2fx" : "-", mine / best);
        table_row(&t);
    }
    free(phs);
    table_print(&t, out);
    table_free(&t);
}

static void rss_table(const result_set *rs, const alloc_exe *exes, size_t n, FILE *out)
{
    table t;
    table_init(&t, "RSS in MiB above the baseline taken before the grow (a fresh process per "
               "order);\n/live16: RSS after freeing 90% over the live bytes rounded to 16",
               7);
    t.left = 2;
    const char *head[] = {"allocator", "order", "after grow", "after free90", "/live16",
                          "after regrow", "after freeall"};
    for (int i = 0; i < 7; i++)
        table_cell(&t, "%s", head[i]);
    table_row(&t);
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < 2; k++) {
            const char *order = k ? "oldest" : "random";
            char ph[32];
            table_cell(&t, "%s", exes[i].name);
            table_cell(&t, "%s", order);
            for (size_t s = 0; s < NSTEPS; s++) {
                snprintf(ph, sizeof ph, "%s-%s", grow_steps[s], order);
                const result *r = results_find(rs, "rss", ph, exes[i].name, "rss_mib");
                table_cell_summary(&t, r && !r->error ? &r->s : NULL, 1);
                if (s == 1) {
                    double x = results_median(rs, "rss", ph, exes[i].name, "rss_per_live16");
                    table_cell(&t, isfinite(x) ? "%.2fx" : "-", x);
                }
            }
            table_row(&t);
        }
    table_print(&t, out);
    table_free(&t);
}

/* --- chart -------------------------------------------------------------------- */

static void chart_rss(svg_doc *d, const result_set *rs, const alloc_exe *exes, size_t n,
                      const char *order)
{
    double *v = malloc((n * (NSTEPS + 1) + 1) * sizeof *v);
    const char **names = malloc((n + 1) * sizeof *names);
    if (v && names) {
        const char *x[NSTEPS + 1] = {"start", "grow", "free 90%", "regrow", "free all"};
        for (size_t i = 0; i < n; i++) {
            names[i] = exes[i].name;
            v[i * (NSTEPS + 1)] = 0;
            for (size_t s = 0; s < NSTEPS; s++) {
                char ph[32];
                snprintf(ph, sizeof ph, "%s-%s", grow_steps[s], order);
                v[i * (NSTEPS + 1) + s + 1] = results_median(rs, "rss", ph, names[i], "rss_mib");
            }
        }
        char title[96];
        snprintf(title, sizeof title, "RSS over the grow sequence, %s order", order);
        svg_lines c = {title, "MiB above baseline", NSTEPS + 1, n, x, names, v};
        svg_add_lines(d, &c);
    }
    free(v);
    free(names);
}

static int write_chart(const bench_opts *o, const result_set *rs, const alloc_exe *exes,
                       size_t n)
{
    if (o->svg_path == NULL)
        return 0;
    svg_doc d;
    if (chart_open(&d, "bars: median; whiskers: 95% bootstrap interval of the median") < 0)
        return -1;
    chart_group_bars(&d, rs, "alloc", "ns_per_op", "allocators: ns per op (lower is better)",
                     "ns/op", NAN);
    if (o->instructions)
        chart_group_bars(&d, rs, "instructions", "instr_per_op",
                         "allocators: instructions per op (callgrind)", "Ir/op", NAN);
    if (n > 0) {
        chart_rss(&d, rs, exes, n, "random");
        chart_rss(&d, rs, exes, n, "oldest");
    }
    chart_group_bars(&d, rs, "layer3", "ns_per_op",
                     "layer3 objects under the tier matrix: ns per allocate+free", "ns/op", NAN);
    return svg_save(&d, o->svg_path);
}

/* --- the subcommand ---------------------------------------------------------------- */

int cmd_alloc(bench_opts *o)
{
    alloc_exe exes[NALLOC];
    size_t n = find_allocators(o, exes);
    o->reps = opt_count(o->reps, 3, 1, o->quick);
    o->warmup = opt_count(o->warmup, 0, 0, o->quick);
    sweep_defaults(&o->sweep);
    if (o->sweep.n[SWEEP_LAYER2] == 1 && !o->sweep.given[SWEEP_LAYER2])
        sweep_parse(&o->sweep, SWEEP_LAYER2, "on,off", NULL, 0);
    if (o->sweep.n[SWEEP_FREELISTS] == 1 && !o->sweep.given[SWEEP_FREELISTS])
        sweep_parse(&o->sweep, SWEEP_FREELISTS, "on,off", NULL, 0);
    result_set rs;
    results_init(&rs);
    int failed = 0;
    bool layer3 = opt_selected(o, "layer3");
    if (n == 0 && !layer3) {
        fprintf(stderr, "tierpy-bench alloc: no tierpy-alloc-* programs under %s/bench/alloc "
                "match --only, and layer3 is not in it\n", o->self_dir);
        return EXIT_USAGE;
    }
    failed |= run_rounds(o, exes, n, &rs);
    for (size_t i = 0; o->instructions && i < n; i++)
        failed |= run_callgrind(&exes[i], &rs);
    if (layer3)
        layer3_run(o, &rs);
    results_finish(&rs);

    char machine[300];
    meta_summary(machine, sizeof machine);
    printf("tierpy-bench alloc: %s%s, %d repetition(s)\n\n", machine, o->quick ? ", quick" : "",
           o->reps);
    if (n > 0) {
        char title[200];
        snprintf(title, sizeof title, "ns per op (%s scale, median ±MAD of %d); one op = alloc+free "
                 "(pair, batch, churn) or one alloc or free (grow phases)",
                 o->quick ? "small" : "full", o->reps);
        phase_table(&rs, exes, n, title, "alloc", "ns_per_op", 1, stdout);
        if (o->instructions)
            phase_table(&rs, exes, n, "instructions per op (callgrind, small scale)",
                        "instructions", "instr_per_op", 1, stdout);
        rss_table(&rs, exes, n, stdout);
    }
    if (layer3)
        layer3_report(o, &rs, stdout);
    if (report_json(o, "alloc", &rs) < 0 || write_chart(o, &rs, exes, n) < 0)
        failed = 1;
    results_free(&rs);
    return failed ? EXIT_CHECK_FAILED : EXIT_MEASURED;
}

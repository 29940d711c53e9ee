/* bench/harness/gc_cmd.c: `gc`, the pause of every collection of the
 * cycle collector, under tierpy and CPython, per GC setting.
 *
 * Each program (--program, default bench/programs/gc_collect.py and
 * gc_traversal.py) runs once per setting (--gc on,off × --gcthreshold
 * A,B,C/...) and interpreter in every repetition, the interpreters taking
 * turns. tierpy writes one line per collection with -X gcpauses=FILE (the
 * collector's own clock, callbacks excluded); CPython runs under
 * gc_pauses.py, which times each collection with gc.callbacks and writes
 * the same lines. Both must print the same output. The pauses of all
 * measured repetitions are pooled: their median, p90, p99 and maximum,
 * and per run the number of collections and the total pause. The tier
 * axes (--backend, --layer2, --freelists) multiply tierpy's subjects. */
#include "chart.h"
#include "harness.h"
#include "meta.h"
#include "progress.h"
#include "proc.h"
#include "svg.h"
#include "table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TPY_SOURCE_DIR
#define TPY_SOURCE_DIR "."
#endif

#define MAX_PROGRAMS 8
#define MAX_SETTINGS 8
#define MAX_SUBJECTS (MAX_SETTINGS * (1 + SWEEP_MAX_CONFIGS))
#define HIST_BINS 22   /* pauses: < 1 µs, then [2^(b-1), 2^b) µs up to 2^20 µs */

typedef struct gc_setting {
    bool off;
    char thresholds[48];   /* "A,B,C", or "" for the interpreter's default */
    char label[64];        /* "" when there is only one setting */
} gc_setting;

typedef struct gc_subject {
    char name[128];
    bool python;
    const gc_setting *g;
    char env[64], xpool[32], xfl[32];   /* tierpy's tier configuration, or "" */
    bool broken;
} gc_subject;

typedef struct gc_program {
    char name[128];
    char path[4200];
} gc_program;

/* --- the matrix ------------------------------------------------------------------ */

static size_t list_items(const char *list, char sep, char items[][4200], size_t max)
{
    size_t n = 0;
    for (const char *p = list; p && *p && n < max;) {
        const char *e = strchr(p, sep);
        size_t len = e ? (size_t)(e - p) : strlen(p);
        snprintf(items[n++], 4200, "%.*s", (int)len, p);
        p = e ? e + 1 : p + len;
    }
    return n;
}

static int make_settings(const bench_opts *o, gc_setting *out)
{
    static char sw[2][4200], th[MAX_SETTINGS][4200];
    size_t nsw = list_items(o->gc_switch ? o->gc_switch : "on", ',', sw, 2);
    size_t nth = list_items(o->gc_thresholds ? o->gc_thresholds : "", '/', th, MAX_SETTINGS / 2);
    if (nth == 0)
        th[nth++][0] = 0;
    size_t n = 0;
    for (size_t i = 0; i < nsw; i++) {
        if (strcmp(sw[i], "on") != 0 && strcmp(sw[i], "off") != 0) {
            fprintf(stderr, "tierpy-bench gc: --gc takes on and/or off, not '%s'\n", sw[i]);
            return -1;
        }
        for (size_t k = 0; k < nth; k++, n++) {
            int a, b, c;
            char extra;
            if (th[k][0] && (sscanf(th[k], "%d,%d,%d%c", &a, &b, &c, &extra) != 3 || a < 0 ||
                             b < 0 || c < 0)) {
                fprintf(stderr, "tierpy-bench gc: --gcthreshold takes A,B,C, not '%s'\n", th[k]);
                return -1;
            }
            out[n].off = strcmp(sw[i], "off") == 0;
            snprintf(out[n].thresholds, sizeof out[n].thresholds, "%.40s", th[k]);
            out[n].label[0] = 0;
            if (nsw * nth > 1)
                snprintf(out[n].label, sizeof out[n].label, " gc=%.3s%s%.40s", sw[i],
                         th[k][0] ? " " : "", th[k]);
        }
    }
    return (int)n;
}

/* python3 and tierpy (once per tier configuration when an axis was given) per setting. */
static size_t make_subjects(bench_opts *o, const gc_setting *gs, size_t ng, gc_subject *out)
{
    bool tiers = o->sweep.given[0] || o->sweep.given[1] || o->sweep.given[2];
    sweep_defaults(&o->sweep);
    tier_config tc[SWEEP_MAX_CONFIGS];
    size_t nt = tiers ? sweep_configs(&o->sweep, tc) : 1, n = 0;
    for (size_t g = 0; g < ng; g++) {
        gc_subject *p = &out[n++];
        memset(p, 0, sizeof *p);
        p->python = true;
        p->g = &gs[g];
        snprintf(p->name, sizeof p->name, "python3%s", gs[g].label);
        for (size_t t = 0; t < nt; t++) {
            gc_subject *s = &out[n++];
            memset(s, 0, sizeof *s);
            s->g = &gs[g];
            if (!tiers) {
                snprintf(s->name, sizeof s->name, "tierpy%s", gs[g].label);
                continue;
            }
            snprintf(s->name, sizeof s->name, "tierpy[%s]%s", tc[t].name, gs[g].label);
            snprintf(s->env, sizeof s->env, "TIERPY_MALLOC=%s", tc[t].backend);
            snprintf(s->xpool, sizeof s->xpool, "pool=%s", tc[t].layer2 ? "on" : "off");
            snprintf(s->xfl, sizeof s->xfl, "freelists=%s", tc[t].freelists ? "on" : "off");
        }
    }
    return n;
}

static size_t find_programs(const bench_opts *o, gc_program *ps)
{
    static char paths[MAX_PROGRAMS][4200];
    size_t n = o->program ? list_items(o->program, ',', paths, MAX_PROGRAMS) : 0;
    if (!o->program) {
        snprintf(paths[0], 4200, "%s/bench/programs/gc_collect.py", TPY_SOURCE_DIR);
        snprintf(paths[1], 4200, "%s/bench/programs/gc_traversal.py", TPY_SOURCE_DIR);
        n = 2;
    }
    for (size_t i = 0; i < n; i++) {
        const char *base = strrchr(paths[i], '/') ? strrchr(paths[i], '/') + 1 : paths[i];
        snprintf(ps[i].path, sizeof ps[i].path, "%.4100s", paths[i]);
        snprintf(ps[i].name, sizeof ps[i].name, "%.*s", (int)strcspn(base, "."), base);
    }
    return n;
}

/* --- one run ------------------------------------------------------------------------ */

static int run_one(const bench_opts *o, const gc_subject *s, const gc_program *p,
                   const char *log, proc_result *r)
{
    char *argv[20], xlog[4300], xthr[80], wrapper[4300];
    int k = 0;
    if (s->python) {
        snprintf(wrapper, sizeof wrapper, "%s/bench/harness/gc_pauses.py", TPY_SOURCE_DIR);
        argv[k++] = (char *)o->python;
        argv[k++] = wrapper;
        argv[k++] = (char *)log;
        argv[k++] = s->g->off ? "off" : "on";
        argv[k++] = s->g->thresholds[0] ? (char *)s->g->thresholds : "-";
    } else {
        snprintf(xlog, sizeof xlog, "gcpauses=%s", log);
        snprintf(xthr, sizeof xthr, "gcthreshold=%s", s->g->thresholds);
        /* The -X options that apply; "" or NULL: not this one. */
        char *const xs[] = {xlog, s->g->off ? "gc=off" : NULL, s->g->thresholds[0] ? xthr : NULL,
                            (char *)s->xpool, (char *)s->xfl};
        argv[k++] = (char *)o->tierpy;
        for (size_t i = 0; i < sizeof xs / sizeof *xs; i++)
            if (xs[i] && xs[i][0]) {
                argv[k++] = "-X";
                argv[k++] = xs[i];
            }
    }
    argv[k++] = (char *)p->path;
    if (o->quick)
        argv[k++] = "--quick";
    argv[k] = NULL;
    char *env[] = {s->env[0] ? (char *)s->env : NULL, NULL};
    return proc_run(argv, env, NULL, r);
}

/* Read the pause lines into the results: every pause (µs), and per run
 * the count and the total (ms). -1 when the log cannot be read. */
static int read_pauses(result_set *rs, const char *prog, const char *subject, const char *log)
{
    FILE *f = fopen(log, "r");
    if (f == NULL)
        return -1;
    result *each = results_get(rs, "gc", prog, subject, "pause_us", "µs");
    int gen;
    unsigned long long ns;
    long long collected;
    double total = 0, count = 0;
    while (fscanf(f, "%d %llu %lld", &gen, &ns, &collected) == 3) {
        result_add(each, (double)ns / 1e3);
        total += (double)ns / 1e6;
        count++;
    }
    fclose(f);
    result_add(results_get(rs, "gc", prog, subject, "collections", "count"), count);
    result_add(results_get(rs, "gc", prog, subject, "pause_total_ms", "ms"), total);
    return 0;
}

static void fail(result_set *rs, const char *prog, const char *subject, const char *why)
{
    result_fail(results_get(rs, "gc", prog, subject, "pause_us", "µs"), "%s", why);
}

/* "outputs differ at line N: tierpy '...', python3 '...'" into buf. */
static void first_difference(const char *t, const char *py, char *buf, size_t size)
{
    int line = 1;
    const char *lt = t, *lp = py;   /* the starts of the line being compared */
    for (; *t && *t == *py; t++, py++)
        if (*t == '\n') {
            line++;
            lt = t + 1;
            lp = py + 1;
        }
    int nt = (int)strcspn(lt, "\n"), np = (int)strcspn(lp, "\n");
    snprintf(buf, size, "outputs differ at line %d: tierpy '%.*s', python3 '%.*s'", line,
             nt > 80 ? 80 : nt, lt, np > 80 ? 80 : np, lp);
}

/* Run every subject once on p; tierpy's output must match python3's of the same setting. */
static void run_rep(const bench_opts *o, gc_subject *subj, size_t ns, const gc_program *p,
                    bool keep, const char *log, result_set *rs)
{
    const char *expected = NULL;
    proc_result refr = {0};
    for (size_t i = 0; i < ns; i++) {
        gc_subject *s = &subj[i];
        if (s->broken)
            continue;
        proc_result r;
        char why[400] = "";
        unlink(log);
        if (run_one(o, s, p, log, &r) < 0 || r.status != 0) {
            char line[300];
            proc_failure_line(r.err, line, sizeof line);
            snprintf(why, sizeof why, "%s failed: %s", s->python ? "python3" : "tierpy",
                     line[0] ? line : "(no message)");
        } else if (!s->python && expected && strcmp(expected, r.out) != 0) {
            first_difference(r.out, expected, why, sizeof why);
        } else if (keep && read_pauses(rs, p->name, s->name, log) < 0) {
            snprintf(why, sizeof why, "no pause log was written");
        }
        if (why[0]) {
            s->broken = true;
            fail(rs, p->name, s->name, why);
        }
        if (s->python && !why[0]) {
            proc_result_free(&refr);
            refr = r;
            expected = refr.out;
        } else {
            proc_result_free(&r);
        }
    }
    proc_result_free(&refr);
}

/* --- percentiles, table, chart -------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Nearest-rank percentile q (0..1) of the pooled pauses, as a derived result. */
static void percentile(result_set *rs, const result *each, const char *metric, double q)
{
    if (each->n == 0 || each->error)
        return;
    double *x = malloc(each->n * sizeof *x);
    if (x == NULL)
        return;
    memcpy(x, each->samples, each->n * sizeof *x);
    qsort(x, each->n, sizeof *x, cmp_double);
    size_t rank = (size_t)ceil(q * (double)each->n);
    double v = x[rank ? rank - 1 : 0];
    free(x);
    result *r = results_get(rs, "gc", each->bench, each->subject, metric, "µs");
    result_add(r, v);
    r->s = (stats_summary){1, v, 0, v, v, v, v};
    r->derived = true;
}

static void add_percentiles(result_set *rs)
{
    size_t n = rs->n;   /* the loop adds results: only the pooled ones are read */
    for (size_t i = 0; i < n; i++) {
        const result each = rs->items[i];
        if (strcmp(each.group, "gc") != 0 || strcmp(each.metric, "pause_us") != 0)
            continue;
        percentile(rs, &each, "pause_p90_us", 0.90);
        percentile(rs, &each, "pause_p99_us", 0.99);
        percentile(rs, &each, "pause_max_us", 1.0);
    }
}

static void cell_median(table *t, const result_set *rs, const char *prog, const char *subj,
                        const char *metric, const char *fmt)
{
    double v = results_median(rs, "gc", prog, subj, metric);
    if (isfinite(v))
        table_cell(t, fmt, v);
    else
        table_cell(t, "-");
}

static void report_table(const bench_opts *o, const result_set *rs, const gc_program *ps,
                         size_t np, const gc_subject *subj, size_t ns)
{
    char title[700], machine[300];
    meta_summary(machine, sizeof machine);
    snprintf(title, sizeof title,
             "tierpy-bench gc: %s\ntierpy = %s, python3 = %s; %d repetition(s)%s; pauses of "
             "all runs pooled (µs);\ncollections and total pause per run (median)",
             machine, o->tierpy, o->python, o->reps, o->quick ? ", quick sizes" : "");
    table t;
    table_init(&t, title, 9);
    t.left = 2;
    static const char *const head[] = {"program", "interpreter", "collections", "total ms",
                                       "median", "p90", "p99", "max", "pauses"};
    for (size_t i = 0; i < 9; i++)
        table_cell(&t, "%s", head[i]);
    table_row(&t);
    for (size_t k = 0; k < np; k++)
        for (size_t i = 0; i < ns; i++) {
            const char *pn = ps[k].name, *sn = subj[i].name;
            const result *each = results_find(rs, "gc", pn, sn, "pause_us");
            table_cell(&t, "%s", pn);
            table_cell(&t, "%s", sn);
            if (each && each->error) {
                table_cell(&t, "failed");
                table_row(&t);
                continue;
            }
            cell_median(&t, rs, pn, sn, "collections", "%.0f");
            cell_median(&t, rs, pn, sn, "pause_total_ms", "%.2f");
            cell_median(&t, rs, pn, sn, "pause_us", "%.1f");
            cell_median(&t, rs, pn, sn, "pause_p90_us", "%.1f");
            cell_median(&t, rs, pn, sn, "pause_p99_us", "%.1f");
            cell_median(&t, rs, pn, sn, "pause_max_us", "%.1f");
            table_cell(&t, "%zu", each ? each->n : (size_t)0);
            table_row(&t);
        }
    table_print(&t, stdout);
    table_free(&t);
}

static int report_failures(const result_set *rs)
{
    int failures = 0;
    for (size_t i = 0; i < rs->n; i++) {
        const result *r = &rs->items[i];
        if (r->error && strcmp(r->group, "gc") == 0) {
            printf("%s, %s: %s\n", r->bench, r->subject, r->error);
            failures++;
        }
    }
    return failures;
}

static void histogram(svg_doc *d, const result *each)
{
    double edges[HIST_BINS + 1], count[HIST_BINS] = {0};
    for (size_t b = 0; b <= HIST_BINS; b++)
        edges[b] = b ? (double)(1u << (b - 1)) : 0;
    for (size_t i = 0; i < each->n; i++) {
        size_t b = 0;
        while (b + 1 < HIST_BINS && each->samples[i] >= edges[b + 1])
            b++;
        count[b]++;
    }
    char title[300];
    snprintf(title, sizeof title, "%s under %s: %zu pauses", each->bench, each->subject, each->n);
    svg_histogram h = {title, "pause, µs (bins from the value shown, powers of two)", HIST_BINS,
                       edges, count};
    svg_add_histogram(d, &h);
}

static int write_chart(const bench_opts *o, const result_set *rs)
{
    if (o->svg_path == NULL)
        return 0;
    svg_doc d;
    if (chart_open(&d, "bars: pooled pauses (median with its 95% interval; p99 and max)") < 0)
        return -1;
    chart_group_bars(&d, rs, "gc", "pause_us", "median pause per program", "µs", NAN);
    chart_group_bars(&d, rs, "gc", "pause_p99_us", "99th percentile pause", "µs", NAN);
    chart_group_bars(&d, rs, "gc", "pause_total_ms", "total pause per run", "ms", NAN);
    for (size_t i = 0; i < rs->n; i++) {
        const result *r = &rs->items[i];
        if (strcmp(r->group, "gc") == 0 && strcmp(r->metric, "pause_us") == 0 && !r->error &&
            r->n > 0)
            histogram(&d, r);
    }
    return svg_save(&d, o->svg_path);
}

/* --- the subcommand ------------------------------------------------------------------- */

static void default_paths(bench_opts *o)
{
    static char tierpy[4200];
    if (o->tierpy == NULL) {
        snprintf(tierpy, sizeof tierpy, "%s/tierpy", o->self_dir);
        o->tierpy = tierpy;
    }
    if (o->python == NULL)
        o->python = "/usr/bin/python3.11";
    o->reps = opt_count(o->reps, 3, 1, o->quick);
    o->warmup = opt_count(o->warmup, 0, 0, o->quick);
}

static void run_all(const bench_opts *o, const gc_program *ps, size_t np, gc_subject *subj,
                    size_t ns, const char *log, result_set *rs)
{
    int rounds = o->warmup + o->reps;
    progress_start("gc", np * (size_t)rounds);
    for (size_t k = 0; k < np; k++) {
        for (size_t i = 0; i < ns; i++)
            subj[i].broken = false;
        for (int r = 0; r < rounds; r++) {
            progress_step(k * (size_t)rounds + (size_t)r, ps[k].name);
            run_rep(o, subj, ns, &ps[k], r >= o->warmup, log, rs);
        }
    }
    progress_end();
}

int cmd_gc(bench_opts *o)
{
    gc_setting gs[MAX_SETTINGS];
    static gc_subject subj[MAX_SUBJECTS];
    gc_program ps[MAX_PROGRAMS];
    int ng = make_settings(o, gs);
    if (ng < 0)
        return EXIT_USAGE;
    default_paths(o);
    size_t np = find_programs(o, ps), ns = make_subjects(o, gs, (size_t)ng, subj);
    char log[] = "/tmp/tierpy-bench-gc-XXXXXX";
    int fd = mkstemp(log);
    if (fd < 0) {
        perror("tierpy-bench gc: temporary file");
        return EXIT_CHECK_FAILED;
    }
    close(fd);
    result_set rs;
    results_init(&rs);
    run_all(o, ps, np, subj, ns, log, &rs);
    unlink(log);
    results_finish(&rs);
    add_percentiles(&rs);
    report_table(o, &rs, ps, np, subj, ns);
    int failures = report_failures(&rs);
    int rc = report_json(o, "gc", &rs) < 0 || write_chart(o, &rs) < 0 ? -1 : 0;
    results_free(&rs);
    return failures || rc ? EXIT_CHECK_FAILED : EXIT_MEASURED;
}

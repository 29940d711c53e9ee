/* bench/harness/vm_cmd.c: `vm`, Python programs under tierpy and CPython.
 *
 * Each program of bench/programs/ and bench/vm/ (or --programs DIR) runs
 * under the interpreter under test (--tierpy, default the tierpy beside
 * this program) and the reference (--python, default /usr/bin/python3.11),
 * alternately within each repetition, so that a slow spell of the machine
 * hits both. Both must print the same output; the report gives the median
 * time of each, the ratio tierpy/python3 with its bootstrap interval, and
 * each one's peak RSS (wait4's ru_maxrss). A program tierpy cannot run yet
 * gets "tierpy failed: <why>" instead of a ratio; the run goes on.
 *
 * With --quick each program gets the argument --quick and runs its small
 * size. With a tier sweep (--backend, --layer2, --freelists, --sweep)
 * tierpy runs once per configuration: the backend through TIERPY_MALLOC,
 * the layer2 and free-list switches as -X pool=on|off, -X freelists=on|off. */
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
#include <sys/stat.h>
#include <unistd.h>

#ifndef TPY_SOURCE_DIR
#define TPY_SOURCE_DIR "."
#endif

#define MAX_PROGRAMS 256

typedef struct program {
    char name[128];
    char path[4400];
} program;

/* A tierpy configuration of the sweep, as the child sees it. */
typedef struct vm_subject {
    char name[64];        /* "tierpy" or "tierpy[mimalloc/layer1+fl]" */
    char env[64];         /* TIERPY_MALLOC=..., or "" */
    char xpool[32], xfl[32];  /* -X options, or "" */
    bool broken;          /* failed once: not run again for this program */
} vm_subject;

static int by_name(const void *a, const void *b)
{
    return strcmp(((const program *)a)->name, ((const program *)b)->name);
}

static bool known(const program *ps, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ps[i].name, name) == 0)
            return true;
    return false;
}

/* True for a script that starts with "#!": a driver such as
 * bench/vm/run_bench.py, not a benchmark program. */
static bool is_script(const char *path)
{
    char head[2] = {0, 0};
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return true;
    size_t n = fread(head, 1, 2, f);
    fclose(f);
    return n == 2 && head[0] == '#' && head[1] == '!';
}

/* Add dir's *.py programs selected by --only (scripts left out); a name
 * already taken by an earlier directory is prefixed with the directory's
 * last part. */
static size_t scan_dir(const bench_opts *o, const char *dir, program *ps, size_t n)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    const char *tag = strrchr(dir, '/') ? strrchr(dir, '/') + 1 : dir;
    while (d && (de = readdir(d)) != NULL && n < MAX_PROGRAMS) {
        size_t len = strlen(de->d_name);
        if (len < 4 || strcmp(de->d_name + len - 3, ".py") != 0 || de->d_name[0] == '.')
            continue;
        program *p = &ps[n];
        snprintf(p->name, sizeof p->name, "%.*s", (int)(len - 3), de->d_name);
        if (known(ps, n, p->name)) {
            char stem[128];
            snprintf(stem, sizeof stem, "%s", p->name);
            snprintf(p->name, sizeof p->name, "%.20s/%.100s", tag, stem);
        }
        snprintf(p->path, sizeof p->path, "%s/%s", dir, de->d_name);
        if (opt_selected(o, p->name) && !is_script(p->path))
            n++;
    }
    if (d)
        closedir(d);
    return n;
}

static size_t find_programs(const bench_opts *o, program *ps)
{
    if (o->programs)
        return scan_dir(o, o->programs, ps, 0);
    size_t n = scan_dir(o, TPY_SOURCE_DIR "/bench/programs", ps, 0);
    size_t first = n;
    n = scan_dir(o, TPY_SOURCE_DIR "/bench/vm", ps, n);
    qsort(ps, first, sizeof *ps, by_name);
    qsort(ps + first, n - first, sizeof *ps, by_name);
    return n;
}

/* The subjects under test: one per configuration of the sweep, or plain
 * "tierpy" when no tier axis was given. */
static size_t make_subjects(bench_opts *o, vm_subject *out)
{
    bool any = o->sweep.given[0] || o->sweep.given[1] || o->sweep.given[2];
    sweep_defaults(&o->sweep);
    if (!any) {
        memset(out, 0, sizeof *out);
        snprintf(out->name, sizeof out->name, "tierpy");
        return 1;
    }
    tier_config tc[SWEEP_MAX_CONFIGS];
    size_t n = sweep_configs(&o->sweep, tc);
    for (size_t i = 0; i < n; i++) {
        vm_subject *s = &out[i];
        memset(s, 0, sizeof *s);
        snprintf(s->name, sizeof s->name, "tierpy[%s]", tc[i].name);
        snprintf(s->env, sizeof s->env, "TIERPY_MALLOC=%s", tc[i].backend);
        if (o->sweep.given[SWEEP_LAYER2])
            snprintf(s->xpool, sizeof s->xpool, "pool=%s", tc[i].layer2 ? "on" : "off");
        if (o->sweep.given[SWEEP_FREELISTS])
            snprintf(s->xfl, sizeof s->xfl, "freelists=%s", tc[i].freelists ? "on" : "off");
    }
    return n;
}

/* Run one program under one interpreter. */
static int run_one(const char *interp, const vm_subject *s, const program *p, bool quick,
                   proc_result *r)
{
    char *argv[10];
    int k = 0;
    argv[k++] = (char *)interp;
    if (s && s->xpool[0]) {
        argv[k++] = "-X";
        argv[k++] = (char *)s->xpool;
    }
    if (s && s->xfl[0]) {
        argv[k++] = "-X";
        argv[k++] = (char *)s->xfl;
    }
    argv[k++] = (char *)p->path;
    if (quick)
        argv[k++] = "--quick";
    argv[k] = NULL;
    char *env[] = {s && s->env[0] ? (char *)s->env : NULL, NULL};
    return proc_run(argv, env, NULL, r);
}

/* Where two outputs first differ, for the error message. */
static void first_difference(const char *a, const char *b, char *buf, size_t size)
{
    int line = 1;
    const char *la = a, *lb = b;
    while (*a && *a == *b) {
        if (*a == '\n') {
            line++;
            la = a + 1;
            lb = b + 1;
        }
        a++;
        b++;
    }
    snprintf(buf, size, "outputs differ at line %d: tierpy '%.*s', python3 '%.*s'", line,
             (int)strcspn(la, "\n") > 60 ? 60 : (int)strcspn(la, "\n"), la,
             (int)strcspn(lb, "\n") > 60 ? 60 : (int)strcspn(lb, "\n"), lb);
}

static void record(result_set *rs, const char *prog, const char *subject, const proc_result *r)
{
    result_add(results_get(rs, "vm", prog, subject, "seconds", "s"), r->seconds);
    result_add(results_get(rs, "vm", prog, subject, "peak_rss_mib", "MiB"), r->maxrss_mib);
}

static void fail(result_set *rs, const char *prog, const char *subject, const char *why)
{
    result_fail(results_get(rs, "vm", prog, subject, "seconds", "s"), "%s", why);
    result_fail(results_get(rs, "vm", prog, subject, "peak_rss_mib", "MiB"), "%s", why);
    result_fail(results_get(rs, "vm", prog, subject, "ratio", "x"), "%s", why);
}

/* Run one tierpy subject against the reference's output; false on failure
 * (recorded). */
static bool run_subject(const bench_opts *o, vm_subject *s, const program *p,
                        const proc_result *ref, bool keep, result_set *rs)
{
    proc_result r;
    char why[400] = "";
    if (run_one(o->tierpy, s, p, o->quick, &r) < 0 || r.status != 0) {
        char line[300];
        proc_failure_line(r.err && r.err[0] ? r.err : r.out, line, sizeof line);
        snprintf(why, sizeof why, "tierpy failed: %s", line[0] ? line : "(no message)");
    } else if (strcmp(r.out, ref->out) != 0) {
        first_difference(r.out, ref->out, why, sizeof why);
    }
    if (why[0]) {
        fail(rs, p->name, s->name, why);
        s->broken = true;
    } else if (keep) {
        record(rs, p->name, s->name, &r);
    }
    proc_result_free(&r);
    return !why[0];
}

/* One repetition of one program: the reference, then each subject. */
static bool run_rep(const bench_opts *o, vm_subject *subj, size_t ns, const program *p, bool keep,
                    result_set *rs)
{
    proc_result ref;
    bool ok = true;
    if (run_one(o->python, NULL, p, o->quick, &ref) < 0 || ref.status != 0) {
        char line[300], why[400];
        proc_failure_line(ref.err, line, sizeof line);
        snprintf(why, sizeof why, "python3 failed: %s", line);
        fail(rs, p->name, "python3", why);
        for (size_t i = 0; i < ns; i++)
            fail(rs, p->name, subj[i].name, why), subj[i].broken = true;
        proc_result_free(&ref);
        return false;
    }
    if (keep)
        record(rs, p->name, "python3", &ref);
    for (size_t i = 0; i < ns; i++)
        if (!subj[i].broken)
            ok &= run_subject(o, &subj[i], p, &ref, keep, rs);
    proc_result_free(&ref);
    return ok;
}

/* The ratio of each subject's times over the reference's. */
static void ratios(result_set *rs, const program *p, const vm_subject *subj, size_t ns)
{
    const result *ref = results_find(rs, "vm", p->name, "python3", "seconds");
    for (size_t i = 0; i < ns; i++) {
        const result *t = results_find(rs, "vm", p->name, subj[i].name, "seconds");
        if (!ref || !t || t->error || ref->error)
            continue;
        result *r = results_get(rs, "vm", p->name, subj[i].name, "ratio", "x");
        for (size_t k = 0; k < t->n && k < ref->n; k++)
            result_add(r, t->samples[k] / ref->samples[k]);  /* paired, for the record */
        stats_ratio(t->samples, t->n, ref->samples, ref->n, &r->s);
        r->derived = true;
    }
}

static void report_table(const bench_opts *o, const result_set *rs, const program *ps, size_t np,
                         const vm_subject *subj, size_t ns)
{
    char title[600], machine[300];
    meta_summary(machine, sizeof machine);
    snprintf(title, sizeof title,
             "tierpy-bench vm: %s\ntierpy = %s, python3 = %s; median ±MAD of %d%s;\n"
             "ratio = tierpy/python3 time (below 1: tierpy faster), [95%% interval]",
             machine, o->tierpy, o->python, o->reps, o->quick ? ", quick sizes" : "");
    table t;
    table_init(&t, title, 2 + ns * 2 + 1 + ns);
    table_cell(&t, "program");
    table_cell(&t, "python3 s");
    for (size_t i = 0; i < ns; i++) {
        table_cell(&t, "%s s", subj[i].name);
        table_cell(&t, "ratio");
    }
    table_cell(&t, "python3 MiB");
    for (size_t i = 0; i < ns; i++)
        table_cell(&t, "%s MiB", subj[i].name);
    table_row(&t);
    for (size_t k = 0; k < np; k++) {
        const char *pn = ps[k].name;
        const result *py = results_find(rs, "vm", pn, "python3", "seconds");
        table_cell(&t, "%s", pn);
        table_cell_summary(&t, py && !py->error ? &py->s : NULL, 3);
        for (size_t i = 0; i < ns; i++) {
            const result *r = results_find(rs, "vm", pn, subj[i].name, "seconds");
            const result *q = results_find(rs, "vm", pn, subj[i].name, "ratio");
            table_cell_summary(&t, r && !r->error ? &r->s : NULL, 3);
            if (q && !q->error && isfinite(q->s.median))
                table_cell(&t, "%.2f [%.2f-%.2f]", q->s.median, q->s.lo, q->s.hi);
            else
                table_cell(&t, "failed");
        }
        const char *subjects[1 + SWEEP_MAX_CONFIGS] = {"python3"};
        for (size_t i = 0; i < ns; i++)
            subjects[1 + i] = subj[i].name;
        for (size_t i = 0; i <= ns; i++) {
            double m = results_median(rs, "vm", pn, subjects[i], "peak_rss_mib");
            table_cell(&t, isfinite(m) ? "%.1f" : "-", m);
        }
        table_row(&t);
    }
    table_print(&t, stdout);
    table_free(&t);
}

/* The reasons, one line per failed (program, subject). */
static int report_failures(const result_set *rs)
{
    int failures = 0;
    for (size_t i = 0; i < rs->n; i++) {
        const result *r = &rs->items[i];
        if (r->error && strcmp(r->metric, "ratio") == 0) {
            printf("%s: %s\n", r->bench, r->error);
            failures++;
        }
    }
    if (failures)
        printf("\n");
    return failures;
}

static int write_chart(const bench_opts *o, const result_set *rs)
{
    if (o->svg_path == NULL)
        return 0;
    svg_doc d;
    if (chart_open(&d, "bars: median; whiskers: 95% bootstrap interval; n/a: tierpy failed") < 0)
        return -1;
    chart_group_bars(&d, rs, "vm", "ratio",
                     "tierpy / python3 time per program (below the line: tierpy faster)",
                     "ratio", 1.0);
    chart_group_bars(&d, rs, "vm", "seconds", "time per program", "seconds", NAN);
    chart_group_bars(&d, rs, "vm", "peak_rss_mib", "peak RSS per program", "MiB", NAN);
    return svg_save(&d, o->svg_path);
}

static void default_paths(bench_opts *o)
{
    static char tierpy[4200];
    if (o->tierpy == NULL) {
        snprintf(tierpy, sizeof tierpy, "%s/tierpy", o->self_dir);
        o->tierpy = tierpy;
    }
    if (o->python == NULL)
        o->python = "/usr/bin/python3.11";
    o->reps = opt_count(o->reps, 5, 1, o->quick);
    o->warmup = opt_count(o->warmup, 1, 0, o->quick);
}

int cmd_vm(bench_opts *o)
{
    static program ps[MAX_PROGRAMS];
    vm_subject subj[SWEEP_MAX_CONFIGS];
    default_paths(o);
    size_t np = find_programs(o, ps), ns = make_subjects(o, subj);
    if (np == 0) {
        fprintf(stderr, "tierpy-bench vm: no programs found (or none matches --only)\n");
        return EXIT_USAGE;
    }
    result_set rs;
    results_init(&rs);
    int rounds = o->warmup + o->reps;
    progress_start("vm", np * (size_t)rounds);
    for (size_t k = 0; k < np; k++) {
        for (size_t i = 0; i < ns; i++)
            subj[i].broken = false;
        for (int r = 0; r < rounds; r++) {
            progress_step(k * (size_t)rounds + (size_t)r, ps[k].name);
            if (!run_rep(o, subj, ns, &ps[k], r >= o->warmup, &rs)) {
                bool all_broken = true;
                for (size_t i = 0; i < ns; i++)
                    all_broken &= subj[i].broken;
                if (all_broken)
                    break;
            }
        }
    }
    progress_end();
    results_finish(&rs);
    for (size_t k = 0; k < np; k++)
        ratios(&rs, &ps[k], subj, ns);
    report_table(o, &rs, ps, np, subj, ns);
    int failures = report_failures(&rs);
    int rc = report_json(o, "vm", &rs) < 0 || write_chart(o, &rs) < 0 ? -1 : 0;
    results_free(&rs);
    return failures || rc ? EXIT_CHECK_FAILED : EXIT_MEASURED;
}

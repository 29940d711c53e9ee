/* bench/harness/compare.c: `compare A.json B.json`, what changed between
 * two result files of tierpy-bench, with the noise shown.
 *
 * Results are matched by (group, bench, subject, metric). For each pair
 * the table gives both medians with their MAD, the change from A to B,
 * and a verdict: "better" or "worse" only when the two 95% intervals of
 * the median do not overlap (every metric here is better lower), else
 * "~ noise"; with fewer than 3 samples on a side there is no estimate of
 * the noise, and the verdict says only "lower (n<3)" or "higher (n<3)".
 * Results present in one file only are listed as such. With --json and
 * --svg the changes themselves become results (group "compare", bench
 * "GROUP BENCH METRIC", the subject, metric "ratio": B/A with its
 * bootstrap interval), drawn as bars around 1. */
#include "chart.h"
#include "harness.h"
#include "json.h"
#include "svg.h"
#include "table.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct side {
    json_value *doc;
    result_set rs;
} side;

static int load(const char *path, side *s)
{
    char err[300];
    s->doc = json_parse_file(path, err, sizeof err);
    if (s->doc == NULL || results_read_json(&s->rs, s->doc, err, sizeof err) < 0) {
        fprintf(stderr, "tierpy-bench compare: %s%s%s\n", s->doc ? path : "", s->doc ? ": " : "",
                err);
        return -1;
    }
    return 0;
}

static void describe(const char *label, const char *path, const side *s)
{
    const json_value *m = json_get(s->doc, "machine");
    printf("%s: %s: %s, commit %s, %s, %s\n", label, path,
           json_get_string(s->doc, "subcommand", "?"), json_get_string(s->doc, "commit", "?"),
           json_get_string(s->doc, "date", "?"), json_get_string(m, "cpu", "?"));
}

static const char *verdict(const result *a, const result *b)
{
    if (a->error || b->error)
        return a->error ? (b->error ? "both failed" : "A failed") : "B failed";
    if (!isfinite(a->s.median) || !isfinite(b->s.median))
        return "-";
    if (a->s.median == b->s.median)
        return "same";
    if (a->s.n < 3 || b->s.n < 3)  /* no estimate of the noise: say so */
        return b->s.median < a->s.median ? "lower (n<3)" : "higher (n<3)";
    if (!stats_differ(&a->s, &b->s))
        return "~ noise";
    return b->s.median < a->s.median ? "better" : "worse";
}

static void side_cell(table *t, const result *r)
{
    if (r == NULL)
        table_cell(t, "absent");
    else if (r->error)
        table_cell(t, "failed");
    else
        table_cell_summary(t, &r->s, 3);
}

static void row(table *t, const result *key, const result *a, const result *b)
{
    table_cell(t, "%s", key->group);
    table_cell(t, "%s", key->bench);
    table_cell(t, "%s", key->subject);
    table_cell(t, "%s%s%s%s", key->metric, key->unit[0] ? " (" : "", key->unit,
               key->unit[0] ? ")" : "");
    side_cell(t, a);
    side_cell(t, b);
    double change = a && b && !a->error && !b->error ? b->s.median / a->s.median - 1 : NAN;
    table_cell(t, isfinite(change) ? "%+.1f%%" : "-", 100 * change);
    table_cell(t, "%s", a && b ? verdict(a, b) : a ? "only in A" : "only in B");
    table_row(t);
}

/* The change of one matched pair as a derived result of `out`. */
static void add_change(result_set *out, const result *a, const result *b)
{
    char bench[400];
    snprintf(bench, sizeof bench, "%s %s %s", a->group, a->bench, a->metric);
    result *r = results_get(out, "compare", bench, a->subject, "ratio", "x");
    if (r == NULL)
        return;
    if (a->error || b->error) {
        result_fail(r, "%s", verdict(a, b));
        return;
    }
    if (!(a->s.median != 0 && isfinite(a->s.median)) && a->s.median != b->s.median) {
        result_fail(r, "no ratio: A's median is %g", a->s.median);
        return;
    }
    if (a->n && b->n && a->s.median != b->s.median) {
        for (size_t k = 0; k < a->n && k < b->n; k++)
            result_add(r, a->samples[k] ? b->samples[k] / a->samples[k] : NAN);
        stats_ratio(b->samples, b->n, a->samples, a->n, &r->s);
    } else {   /* equal medians (0 against 0 too), or a summary without samples */
        double v = a->s.median == b->s.median ? 1.0 : b->s.median / a->s.median;
        result_add(r, v);
        r->s = (stats_summary){1, v, 0, v, v, v, v};
    }
    r->derived = true;
}

static int write_changes(const bench_opts *o, const side *a, const side *b)
{
    if (o->json_path == NULL && o->svg_path == NULL)
        return 0;
    result_set out;
    results_init(&out);
    for (size_t i = 0; i < a->rs.n; i++) {
        const result *x = &a->rs.items[i];
        const result *y = results_find(&b->rs, x->group, x->bench, x->subject, x->metric);
        if (y != NULL)
            add_change(&out, x, y);
    }
    int rc = report_json(o, "compare", &out);
    svg_doc d;
    if (rc == 0 && o->svg_path != NULL) {
        if (chart_open(&d, "bars: B / A of each result's median (below 1: B is lower, i.e. better); "
                           "whiskers: 95% bootstrap interval") < 0)
            rc = -1;
        else {
            chart_group_bars(&d, &out, "compare", "ratio", "B / A", "ratio", 1.0);
            rc = svg_save(&d, o->svg_path);
        }
    }
    results_free(&out);
    return rc;
}

int cmd_compare(bench_opts *o)
{
    side a, b;
    int rc = EXIT_USAGE;
    a.doc = b.doc = NULL;
    results_init(&a.rs);
    results_init(&b.rs);
    if (load(o->args[0], &a) == 0 && load(o->args[1], &b) == 0) {
        describe("A", o->args[0], &a);
        describe("B", o->args[1], &b);
        printf("\n");
        table t;
        table_init(&t, "change = B/A - 1; verdict from the 95% intervals of the medians "
                   "(lower is better)", 8);
        t.left = 4;
        const char *head[] = {"group", "bench", "subject", "metric", "A", "B", "change", "verdict"};
        for (int i = 0; i < 8; i++)
            table_cell(&t, "%s", head[i]);
        table_row(&t);
        for (size_t i = 0; i < a.rs.n; i++) {
            const result *x = &a.rs.items[i];
            row(&t, x, x, results_find(&b.rs, x->group, x->bench, x->subject, x->metric));
        }
        for (size_t i = 0; i < b.rs.n; i++) {
            const result *y = &b.rs.items[i];
            if (!results_find(&a.rs, y->group, y->bench, y->subject, y->metric))
                row(&t, y, NULL, y);
        }
        table_print(&t, stdout);
        table_free(&t);
        rc = write_changes(o, &a, &b) < 0 ? EXIT_CHECK_FAILED : EXIT_MEASURED;
    }
    json_free(a.doc);
    json_free(b.doc);
    results_free(&a.rs);
    results_free(&b.rs);
    return rc;
}

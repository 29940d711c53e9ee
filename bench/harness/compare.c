/* bench/harness/compare.c: `compare A.json B.json`, what changed between
 * two result files of tierpy-bench, with the noise shown.
 *
 * Results are matched by (group, bench, subject, metric). For each pair
 * the table gives both medians with their MAD, the change from A to B,
 * and a verdict: "better" or "worse" only when the two 95% intervals of
 * the median do not overlap (every metric here is better lower), else
 * "~ noise"; with fewer than 3 samples on a side there is no estimate of
 * the noise, and the verdict says only "lower (n<3)" or "higher (n<3)".
 * Results present in one file only are listed as such. */
#include "harness.h"
#include "json.h"
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
        rc = EXIT_MEASURED;
    }
    json_free(a.doc);
    json_free(b.doc);
    results_free(&a.rs);
    results_free(&b.rs);
    return rc;
}

/* bench/harness/results.c: the result set, and its JSON form. */
#include "results.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void results_init(result_set *rs)
{
    rs->items = NULL;
    rs->n = rs->cap = 0;
}

static void result_free(result *r)
{
    free(r->group);
    free(r->bench);
    free(r->subject);
    free(r->metric);
    free(r->unit);
    free(r->samples);
    free(r->error);
}

void results_free(result_set *rs)
{
    for (size_t i = 0; i < rs->n; i++)
        result_free(&rs->items[i]);
    free(rs->items);
    results_init(rs);
}

static bool same(const result *r, const char *group, const char *bench, const char *subject,
                 const char *metric)
{
    return strcmp(r->group, group) == 0 && strcmp(r->bench, bench) == 0 &&
           strcmp(r->subject, subject) == 0 && strcmp(r->metric, metric) == 0;
}

const result *results_find(const result_set *rs, const char *group, const char *bench,
                           const char *subject, const char *metric)
{
    for (size_t i = 0; i < rs->n; i++)
        if (same(&rs->items[i], group, bench, subject, metric))
            return &rs->items[i];
    return NULL;
}

result *results_get(result_set *rs, const char *group, const char *bench, const char *subject,
                    const char *metric, const char *unit)
{
    result *found = (result *)results_find(rs, group, bench, subject, metric);
    if (found != NULL)
        return found;
    if (rs->n == rs->cap) {
        size_t cap = rs->cap ? rs->cap * 2 : 64;
        result *items = realloc(rs->items, cap * sizeof *items);
        if (items == NULL)
            return NULL;
        rs->items = items;
        rs->cap = cap;
    }
    result *r = &rs->items[rs->n];
    memset(r, 0, sizeof *r);
    r->group = strdup(group);
    r->bench = strdup(bench);
    r->subject = strdup(subject);
    r->metric = strdup(metric);
    r->unit = strdup(unit ? unit : "");
    if (!r->group || !r->bench || !r->subject || !r->metric || !r->unit) {
        result_free(r);
        return NULL;
    }
    stats_summarize(NULL, 0, &r->s);
    rs->n++;
    return r;
}

int result_add(result *r, double sample)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        double *s = realloc(r->samples, cap * sizeof *s);
        if (s == NULL)
            return -1;
        r->samples = s;
        r->cap = cap;
    }
    r->samples[r->n++] = sample;
    return 0;
}

void result_fail(result *r, const char *fmt, ...)
{
    if (r->error != NULL)
        return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    r->error = strdup(buf);
}

void results_finish(result_set *rs)
{
    for (size_t i = 0; i < rs->n; i++)
        if (!rs->items[i].derived)
            stats_summarize(rs->items[i].samples, rs->items[i].n, &rs->items[i].s);
}

double results_median(const result_set *rs, const char *group, const char *bench,
                      const char *subject, const char *metric)
{
    const result *r = results_find(rs, group, bench, subject, metric);
    return r && !r->error ? r->s.median : NAN;
}

static const char *field_of(const result *r, int field)
{
    return field == 0 ? r->group : field == 1 ? r->bench : r->subject;
}

const char **results_distinct(const result_set *rs, const char *group, int field, size_t *count)
{
    const char **out = malloc((rs->n + 1) * sizeof *out);
    *count = 0;
    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < rs->n; i++) {
        const result *r = &rs->items[i];
        if (group != NULL && strcmp(r->group, group) != 0)
            continue;
        const char *v = field_of(r, field);
        size_t k = 0;
        while (k < *count && strcmp(out[k], v) != 0)
            k++;
        if (k == *count)
            out[(*count)++] = v;
    }
    return out;
}

/* --- JSON ---------------------------------------------------------------- */

static void write_summary(json_writer *w, const stats_summary *s)
{
    json_key(w, "n");
    json_number(w, (double)s->n);
    json_key(w, "median");
    json_number(w, s->median);
    json_key(w, "mad");
    json_number(w, s->mad);
    json_key(w, "min");
    json_number(w, s->min);
    json_key(w, "max");
    json_number(w, s->max);
    json_key(w, "ci95");
    json_array(w);
    json_number(w, s->lo);
    json_number(w, s->hi);
    json_array_end(w);
}

static void write_result(json_writer *w, const result *r)
{
    json_object(w);
    const char *names[] = {"group", "bench", "subject", "metric", "unit"};
    const char *values[] = {r->group, r->bench, r->subject, r->metric, r->unit};
    for (int i = 0; i < 5; i++) {
        json_key(w, names[i]);
        json_string(w, values[i]);
    }
    write_summary(w, &r->s);
    json_key(w, "samples");
    json_array(w);
    for (size_t i = 0; i < r->n; i++)
        json_number(w, r->samples[i]);
    json_array_end(w);
    json_key(w, "error");
    json_string(w, r->error);
    json_object_end(w);
}

void results_write_json(const result_set *rs, json_writer *w)
{
    json_key(w, "results");
    json_array(w);
    for (size_t i = 0; i < rs->n; i++)
        write_result(w, &rs->items[i]);
    json_array_end(w);
}

static int read_summary(result *r, const json_value *e)
{
    const json_value *ci = json_get(e, "ci95");
    r->s.median = json_get_number(e, "median");
    r->s.mad = json_get_number(e, "mad");
    r->s.min = json_get_number(e, "min");
    r->s.max = json_get_number(e, "max");
    r->s.n = r->n;
    double n = json_get_number(e, "n");
    if (!isnan(n))
        r->s.n = (size_t)n;
    r->s.lo = r->s.hi = NAN;
    if (ci && ci->kind == JSON_ARRAY && ci->n == 2) {
        r->s.lo = ci->items[0].kind == JSON_NUMBER ? ci->items[0].number : NAN;
        r->s.hi = ci->items[1].kind == JSON_NUMBER ? ci->items[1].number : NAN;
    }
    r->derived = true;  /* keep the file's summary as written */
    return 0;
}

static int read_result(result_set *rs, const json_value *e, char *err, size_t errsize)
{
    const char *g = json_get_string(e, "group", NULL), *b = json_get_string(e, "bench", NULL);
    const char *s = json_get_string(e, "subject", NULL), *m = json_get_string(e, "metric", NULL);
    if (!g || !b || !s || !m) {
        snprintf(err, errsize, "a result lacks group, bench, subject or metric");
        return -1;
    }
    result *r = results_get(rs, g, b, s, m, json_get_string(e, "unit", ""));
    if (r == NULL) {
        snprintf(err, errsize, "out of memory");
        return -1;
    }
    const json_value *samples = json_get(e, "samples");
    for (size_t i = 0; samples && samples->kind == JSON_ARRAY && i < samples->n; i++)
        if (samples->items[i].kind == JSON_NUMBER && result_add(r, samples->items[i].number) < 0)
            return -1;
    const char *error = json_get_string(e, "error", NULL);
    if (error != NULL)
        result_fail(r, "%s", error);
    return read_summary(r, e);
}

int results_read_json(result_set *rs, const json_value *doc, char *err, size_t errsize)
{
    const json_value *arr = json_get(doc, "results");
    if (arr == NULL || arr->kind != JSON_ARRAY) {
        snprintf(err, errsize, "no \"results\" array: not a tierpy-bench result file");
        return -1;
    }
    for (size_t i = 0; i < arr->n; i++)
        if (read_result(rs, &arr->items[i], err, errsize) < 0)
            return -1;
    return 0;
}

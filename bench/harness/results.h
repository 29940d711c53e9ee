/* bench/harness/results.h: the one model of what a run measured.
 *
 * Every subcommand fills a result set; the tables, the chart, the JSON
 * file and `compare` all read it, so a result file written by any
 * subcommand can be compared with any other of the same kind.
 *
 * A result is one metric of one subject on one benchmark, with all its
 * samples and their summary:
 *   group    what part of the run: "alloc", "rss", "layer3", "vm", "replay", ...
 *   bench    the workload or program: "churn", "nbody", ...
 *   subject  what was measured: an allocator, a tier configuration, an interpreter
 *   metric   "ns_per_op", "instr_per_op", "rss_mib", "seconds", "ratio", ...
 * Smaller is better for every metric tierpy-bench reports. */
#ifndef TPY_BENCH_RESULTS_H
#define TPY_BENCH_RESULTS_H

#include <stdbool.h>
#include <stddef.h>

#include "json.h"
#include "stats.h"

typedef struct result {
    char *group, *bench, *subject, *metric, *unit;
    double *samples;
    size_t n, cap;
    stats_summary s;  /* up to date after results_finish() */
    char *error;      /* non-NULL: this measurement failed, and why */
    bool derived;     /* summary set directly (a ratio), not from samples */
} result;

typedef struct result_set {
    result *items;
    size_t n, cap;
} result_set;

void results_init(result_set *rs);
void results_free(result_set *rs);

/** The result of (group, bench, subject, metric), made if new; NULL only
 *  when out of memory. unit is taken when the result is made. */
result *results_get(result_set *rs, const char *group, const char *bench,
                    const char *subject, const char *metric, const char *unit);
/** Find without making; NULL if absent. */
const result *results_find(const result_set *rs, const char *group, const char *bench,
                           const char *subject, const char *metric);

/** Append one sample; -1 when out of memory. */
int result_add(result *r, double sample);
/** Record why the measurement failed (the first reason is kept). */
void result_fail(result *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** Summarize every result's samples. */
void results_finish(result_set *rs);

/** Median of a result, NAN if it is absent, failed or has no sample. */
double results_median(const result_set *rs, const char *group, const char *bench,
                      const char *subject, const char *metric);

/** The distinct values of one field (0 group, 1 bench, 2 subject) over
 *  the results of group (NULL: all), in first-seen order. The strings
 *  belong to the set; the array to the caller (free it). */
const char **results_distinct(const result_set *rs, const char *group, int field, size_t *count);

/** Write the set as the "results" member of an open JSON object. */
void results_write_json(const result_set *rs, json_writer *w);
/** Read the "results" array of a parsed file; -1 with a message on a
 *  malformed entry. */
int results_read_json(result_set *rs, const json_value *doc, char *err, size_t errsize);

#endif

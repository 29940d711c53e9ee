/* bench/harness/stats.h: the statistics every table and every comparison
 * of tierpy-bench rests on.
 *
 * A benchmark sample set is small (3 to 20 runs) and its noise is not
 * normal: a busy machine makes some runs slow, never fast. So the centre is
 * the median, the spread the median absolute deviation, and the interval a
 * percentile bootstrap of the median, none of which a single outlier moves
 * far. The bootstrap uses a fixed seed, so one sample set always gives the
 * same interval and a result file can be regenerated exactly. */
#ifndef TPY_BENCH_STATS_H
#define TPY_BENCH_STATS_H

#include <stdbool.h>
#include <stddef.h>

/** The summary of one sample set. For n == 0 every field is NAN. */
typedef struct stats_summary {
    size_t n;
    double median;
    double mad;     /* median absolute deviation from the median (not scaled) */
    double min, max;
    double lo, hi;  /* 95% bootstrap interval of the median; [x, x] when n == 1 */
} stats_summary;

/** Median of x[0..n); NAN when n == 0. x is not modified. */
double stats_median(const double *x, size_t n);

/** Median absolute deviation of x[0..n) from its median; 0 when n == 1. */
double stats_mad(const double *x, size_t n);

/** Fill out from x[0..n): median, MAD, extremes and bootstrap interval. */
void stats_summarize(const double *x, size_t n, stats_summary *out);

/** The ratio median(a) / median(b) of two independent sample sets, its
 *  interval from resampling both. out->mad is the ratio's MAD over the
 *  bootstrap replicates, so that a ratio carries a noise figure too.
 *  NAN everywhere if either set is empty or median(b) is 0. */
void stats_ratio(const double *a, size_t na, const double *b, size_t nb, stats_summary *out);

/** True when the two intervals do not overlap: the change between a and b
 *  is larger than their noise. */
bool stats_differ(const stats_summary *a, const stats_summary *b);

/** Number of bootstrap replicates (public so that tests can reason about
 *  the interval's granularity). */
#define STATS_BOOTSTRAP 2000

#endif

/* bench/harness/stats.c: median, MAD, bootstrap intervals, ratios. */
#include "stats.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median of v[0..n), sorting v in place. */
static double median_inplace(double *v, size_t n)
{
    if (n == 0)
        return NAN;
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double stats_median(const double *x, size_t n)
{
    if (n == 0)
        return NAN;
    double *v = malloc(n * sizeof *v);
    if (v == NULL)
        return NAN;
    memcpy(v, x, n * sizeof *v);
    double m = median_inplace(v, n);
    free(v);
    return m;
}

double stats_mad(const double *x, size_t n)
{
    if (n == 0)
        return NAN;
    double m = stats_median(x, n);
    double *d = malloc(n * sizeof *d);
    if (d == NULL)
        return NAN;
    for (size_t i = 0; i < n; i++)
        d[i] = fabs(x[i] - m);
    double mad = median_inplace(d, n);
    free(d);
    return mad;
}

/* The bootstrap's generator: fixed seed, so results are reproducible. */
typedef struct rng {
    uint64_t s;
} rng;

static size_t rng_below(rng *r, size_t n)
{
    r->s ^= r->s << 13;
    r->s ^= r->s >> 7;
    r->s ^= r->s << 17;
    return (size_t)(r->s % n);
}

/* Median of a resample (with replacement) of x[0..n), in scratch. */
static double resampled_median(rng *r, const double *x, size_t n, double *scratch)
{
    for (size_t i = 0; i < n; i++)
        scratch[i] = x[rng_below(r, n)];
    return median_inplace(scratch, n);
}

/* The 2.5th and 97.5th percentiles of reps[0..STATS_BOOTSTRAP), sorted in place. */
static void percentile_interval(double *reps, double *lo, double *hi)
{
    qsort(reps, STATS_BOOTSTRAP, sizeof *reps, cmp_double);
    *lo = reps[(size_t)(0.025 * STATS_BOOTSTRAP)];
    *hi = reps[(size_t)(0.975 * STATS_BOOTSTRAP) - 1];
}

static void set_nan(stats_summary *out)
{
    out->median = out->mad = out->min = out->max = out->lo = out->hi = NAN;
}

void stats_summarize(const double *x, size_t n, stats_summary *out)
{
    out->n = n;
    set_nan(out);
    if (n == 0)
        return;
    out->median = stats_median(x, n);
    out->mad = stats_mad(x, n);
    out->min = out->max = x[0];
    for (size_t i = 1; i < n; i++) {
        out->min = fmin(out->min, x[i]);
        out->max = fmax(out->max, x[i]);
    }
    double *reps = malloc(STATS_BOOTSTRAP * sizeof *reps);
    double *scratch = malloc(n * sizeof *scratch);
    if (reps == NULL || scratch == NULL) {
        out->lo = out->min;
        out->hi = out->max;
    } else {
        rng r = {0x9E3779B97F4A7C15ULL};
        for (size_t k = 0; k < STATS_BOOTSTRAP; k++)
            reps[k] = resampled_median(&r, x, n, scratch);
        percentile_interval(reps, &out->lo, &out->hi);
    }
    free(reps);
    free(scratch);
}

void stats_ratio(const double *a, size_t na, const double *b, size_t nb, stats_summary *out)
{
    out->n = na < nb ? na : nb;
    set_nan(out);
    double mb = stats_median(b, nb);
    if (na == 0 || nb == 0 || mb == 0)
        return;
    out->median = stats_median(a, na) / mb;
    double *reps = malloc(STATS_BOOTSTRAP * sizeof *reps);
    double *scratch = malloc((na > nb ? na : nb) * sizeof *scratch);
    if (reps != NULL && scratch != NULL) {
        rng r = {0x9E3779B97F4A7C15ULL};
        for (size_t k = 0; k < STATS_BOOTSTRAP; k++) {
            double ra = resampled_median(&r, a, na, scratch);
            double rb = resampled_median(&r, b, nb, scratch);
            reps[k] = rb != 0 ? ra / rb : out->median;
        }
        out->mad = stats_mad(reps, STATS_BOOTSTRAP);
        out->min = reps[0];
        out->max = reps[0];
        for (size_t k = 1; k < STATS_BOOTSTRAP; k++) {
            out->min = fmin(out->min, reps[k]);
            out->max = fmax(out->max, reps[k]);
        }
        percentile_interval(reps, &out->lo, &out->hi);
    }
    free(reps);
    free(scratch);
}

bool stats_differ(const stats_summary *a, const stats_summary *b)
{
    if (isnan(a->lo) || isnan(b->lo))
        return false;
    return a->hi < b->lo || b->hi < a->lo;
}

/* tests/bench/test_stats.c: the statistics tierpy-bench's tables and
 * comparisons rest on (bench/harness/stats.c). */
#include <criterion/criterion.h>

#include <math.h>

#include "stats.h"

Test(stats, median_of_an_odd_count_is_the_middle_value)
{
    double x[] = {5, 1, 3};
    cr_assert_float_eq(stats_median(x, 3), 3, 1e-12);
}

Test(stats, median_of_an_even_count_is_the_mean_of_the_middle_two)
{
    double x[] = {4, 1, 3, 2};
    cr_assert_float_eq(stats_median(x, 4), 2.5, 1e-12);
}

Test(stats, median_leaves_its_input_unsorted)
{
    double x[] = {3, 1, 2};
    stats_median(x, 3);
    cr_assert(x[0] == 3 && x[1] == 1 && x[2] == 2);
}

Test(stats, median_of_nothing_is_nan)
{
    cr_assert(isnan(stats_median(NULL, 0)));
}

Test(stats, mad_is_the_median_of_absolute_deviations)
{
    double x[] = {1, 1, 2, 2, 4, 6, 9};  /* median 2; deviations 1 1 0 0 2 4 7 */
    cr_assert_float_eq(stats_mad(x, 7), 1, 1e-12);
}

Test(stats, one_outlier_barely_moves_median_and_mad)
{
    double calm[] = {10, 11, 10, 12, 11};
    double spiky[] = {10, 11, 10, 12, 1000};
    cr_assert_float_eq(stats_median(calm, 5), stats_median(spiky, 5), 1e-12);
    cr_assert_leq(stats_mad(spiky, 5), 1.0 + 1e-12);
}

Test(stats, a_single_sample_has_no_spread)
{
    double x[] = {7.5};
    stats_summary s;
    stats_summarize(x, 1, &s);
    cr_assert_eq(s.n, 1);
    cr_assert_float_eq(s.median, 7.5, 1e-12);
    cr_assert_float_eq(s.mad, 0, 1e-12);
    cr_assert(s.lo == 7.5 && s.hi == 7.5 && s.min == 7.5 && s.max == 7.5);
}

Test(stats, bootstrap_interval_holds_the_median_within_the_extremes)
{
    double x[] = {9.8, 10.1, 10.0, 10.4, 9.9, 10.2, 10.0, 10.3, 9.7, 10.1};
    stats_summary s;
    stats_summarize(x, 10, &s);
    cr_assert_leq(s.min, s.lo);
    cr_assert_leq(s.lo, s.median);
    cr_assert_leq(s.median, s.hi);
    cr_assert_leq(s.hi, s.max);
    cr_assert_lt(s.lo, s.hi);
}

Test(stats, bootstrap_is_reproducible)
{
    double x[] = {3, 8, 1, 9, 4, 4, 7};
    stats_summary a, b;
    stats_summarize(x, 7, &a);
    stats_summarize(x, 7, &b);
    cr_assert(a.lo == b.lo && a.hi == b.hi);
}

Test(stats, summary_of_nothing_is_all_nan)
{
    stats_summary s;
    stats_summarize(NULL, 0, &s);
    cr_assert(s.n == 0 && isnan(s.median) && isnan(s.mad) && isnan(s.lo) && isnan(s.hi));
}

Test(stats, ratio_of_constant_sets_is_exact)
{
    double a[] = {4, 4, 4}, b[] = {2, 2, 2, 2};
    stats_summary r;
    stats_ratio(a, 3, b, 4, &r);
    cr_assert_float_eq(r.median, 2, 1e-12);
    cr_assert_float_eq(r.lo, 2, 1e-12);
    cr_assert_float_eq(r.hi, 2, 1e-12);
    cr_assert_float_eq(r.mad, 0, 1e-12);
}

Test(stats, ratio_interval_holds_the_ratio_of_medians)
{
    double a[] = {2.0, 2.2, 1.9, 2.1, 2.05}, b[] = {1.0, 1.1, 0.95, 1.05, 1.0};
    stats_summary r;
    stats_ratio(a, 5, b, 5, &r);
    cr_assert_float_eq(r.median, 2.05, 1e-12);
    cr_assert_leq(r.lo, r.median);
    cr_assert_geq(r.hi, r.median);
    cr_assert_gt(r.mad, 0);
}

Test(stats, ratio_over_zero_or_nothing_is_nan)
{
    double a[] = {1, 2}, z[] = {0, 0};
    stats_summary r;
    stats_ratio(a, 2, z, 2, &r);
    cr_assert(isnan(r.median));
    stats_ratio(a, 2, NULL, 0, &r);
    cr_assert(isnan(r.median));
}

Test(stats, separated_sets_differ_and_overlapping_ones_do_not)
{
    double fast[] = {10, 10.2, 9.9, 10.1, 10}, slow[] = {12, 12.1, 11.9, 12.2, 12};
    double close[] = {10.1, 10, 10.2, 9.9, 10.1};
    stats_summary f, s, c;
    stats_summarize(fast, 5, &f);
    stats_summarize(slow, 5, &s);
    stats_summarize(close, 5, &c);
    cr_assert(stats_differ(&f, &s));
    cr_assert_not(stats_differ(&f, &c));
}

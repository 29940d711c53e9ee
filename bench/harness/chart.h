/* bench/harness/chart.h: the charts every subcommand draws from its
 * result set (svg.c draws; this file decides what from). */
#ifndef TPY_BENCH_CHART_H
#define TPY_BENCH_CHART_H

#include "results.h"
#include "svg.h"

/** Open a chart document headed by the machine and commit and by a
 *  line saying how to read it. */
int chart_open(svg_doc *d, const char *how_to_read);

/** Bars of one group's medians with their intervals: one bar group per
 *  bench, one bar per subject. reference: a dashed line (NAN: none). */
void chart_group_bars(svg_doc *d, const result_set *rs, const char *group, const char *metric,
                      const char *title, const char *unit, double reference);

#endif

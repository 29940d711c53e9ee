/* bench/harness/svg.h: charts written directly as SVG, no plotting
 * program needed. A document is a column of panels, each a chart with its
 * own title and axis; the document's height is known only at the end, so
 * panels are written to memory and the header is put in front on saving. */
#ifndef TPY_BENCH_SVG_H
#define TPY_BENCH_SVG_H

#include <stddef.h>
#include <stdio.h>

typedef struct svg_doc {
    FILE *body;   /* open_memstream over buf */
    char *buf;
    size_t len;
    double width, y;  /* y: where the next panel starts */
} svg_doc;

/** Grouped bars: one group per category, one bar per series, with an
 *  optional interval whisker per bar. value[c * nseries + s]; NAN: no bar
 *  (marked "n/a", e.g. a failed run). reference: a dashed line at that
 *  value (1.0 on a ratio chart), NAN for none. */
typedef struct svg_bars {
    const char *title, *unit;
    size_t ncat, nseries;
    const char *const *categories, *const *series;
    const double *value, *lo, *hi;  /* lo, hi may be NULL */
    double reference;
} svg_bars;

/** Lines over a common x axis of labelled points: value[s * npoints + i]. */
typedef struct svg_lines {
    const char *title, *unit;
    size_t npoints, nseries;
    const char *const *xlabels, *const *series;
    const double *value;
} svg_lines;

/** A histogram of nbins bins drawn with equal widths, bin i covering
 *  [edges[i], edges[i + 1]) (so power-of-two bins read as a log axis). */
typedef struct svg_histogram {
    const char *title, *xunit;
    size_t nbins;
    const double *edges, *count;
} svg_histogram;

int svg_open(svg_doc *d, double width);
void svg_add_bars(svg_doc *d, const svg_bars *c);
void svg_add_lines(svg_doc *d, const svg_lines *c);
void svg_add_histogram(svg_doc *d, const svg_histogram *h);
/** A line of text across the document (what the charts show, and how). */
void svg_add_note(svg_doc *d, const char *text);
/** Write the document to path and release it; -1 if it cannot be written. */
int svg_save(svg_doc *d, const char *path);

#endif

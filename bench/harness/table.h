/* bench/harness/table.h: tables aligned for a terminal. The first column
 * (the row's name) is aligned left, every other right, so that numbers
 * line up on their last digit. */
#ifndef TPY_BENCH_TABLE_H
#define TPY_BENCH_TABLE_H

#include <stdio.h>

#include "stats.h"

#define TABLE_MAX_COLS 24

typedef struct table {
    char *title;
    char **cells;        /* rows × ncols, row 0 the header; NULL cells print as "" */
    size_t ncols, nrows, cap;
    size_t left;         /* leading columns aligned left (names); 1 unless set */
    int failed;          /* out of memory: the table prints what it has */
} table;

/** A table with a title line (may be NULL); the header row follows with
 *  table_cell() calls and table_row(). */
void table_init(table *t, const char *title, size_t ncols);
void table_free(table *t);
/** Append a cell, printf-style, to the current row. */
void table_cell(table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** End the current row (missing cells stay empty). */
void table_row(table *t);
void table_print(const table *t, FILE *out);
/** A measured value as "median ±MAD%" (just the median for one sample),
 *  with `decimals` digits; "-" when there is none. */
void table_cell_summary(table *t, const stats_summary *s, int decimals);

#endif

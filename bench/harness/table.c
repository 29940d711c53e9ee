/* bench/harness/table.c: terminal tables. */
#include "table.h"

#include <math.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void table_init(table *t, const char *title, size_t ncols)
{
    memset(t, 0, sizeof *t);
    t->title = title ? strdup(title) : NULL;
    t->ncols = ncols > TABLE_MAX_COLS ? TABLE_MAX_COLS : ncols;
    t->left = 1;
}

void table_free(table *t)
{
    for (size_t i = 0; i < t->cap; i++)  /* unused cells are NULL */
        free(t->cells[i]);
    free(t->cells);
    free(t->title);
    memset(t, 0, sizeof *t);
}

/* The cells of row r (row nrows is the one being filled), grown on demand. */
static char **row_cells(table *t, size_t r)
{
    size_t need = (r + 1) * t->ncols;
    if (need > t->cap) {
        size_t cap = need * 2;
        char **c = realloc(t->cells, cap * sizeof *c);
        if (c == NULL) {
            t->failed = 1;
            return NULL;
        }
        memset(c + t->cap, 0, (cap - t->cap) * sizeof *c);
        t->cells = c;
        t->cap = cap;
    }
    return t->cells + r * t->ncols;
}

void table_cell(table *t, const char *fmt, ...)
{
    char **row = row_cells(t, t->nrows);
    if (row == NULL)
        return;
    size_t k = 0;
    while (k < t->ncols && row[k] != NULL)
        k++;
    if (k == t->ncols)
        return;
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    row[k] = strdup(buf);
}

void table_row(table *t)
{
    if (row_cells(t, t->nrows) != NULL)
        t->nrows++;
}

/* Display width of UTF-8 text: count the bytes that start a character. */
static size_t width_of(const char *s)
{
    size_t w = 0;
    for (; s && *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

static void pad(FILE *out, size_t n)
{
    while (n-- > 0)
        fputc(' ', out);
}

static void print_row(const table *t, char **row, const size_t *w, FILE *out)
{
    for (size_t c = 0; c < t->ncols; c++) {
        const char *s = row[c] ? row[c] : "";
        size_t gap = w[c] - width_of(s);
        if (c > 0)
            fputs("  ", out);
        bool left = c < t->left;
        if (!left)
            pad(out, gap);
        fputs(s, out);
        if (left && c + 1 < t->ncols)
            pad(out, gap);
    }
    fputc('\n', out);
}

void table_print(const table *t, FILE *out)
{
    size_t w[TABLE_MAX_COLS] = {0};
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            size_t cw = width_of(t->cells[r * t->ncols + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    if (t->title)
        fprintf(out, "%s\n", t->title);
    for (size_t r = 0; r < t->nrows; r++) {
        print_row(t, t->cells + r * t->ncols, w, out);
        if (r == 0) {
            for (size_t c = 0; c < t->ncols; c++) {
                fputs(c ? "  " : "", out);
                for (size_t i = 0; i < w[c]; i++)
                    fputc('-', out);
            }
            fputc('\n', out);
        }
    }
    fputc('\n', out);
}

void table_cell_summary(table *t, const stats_summary *s, int decimals)
{
    if (s == NULL || s->n == 0 || !isfinite(s->median))
        table_cell(t, "-");
    else if (s->n < 2 || s->median == 0)
        table_cell(t, "%.*f", decimals, s->median);
    else
        table_cell(t, "%.*f ±%.0f%%", decimals, s->median, 100 * s->mad / fabs(s->median));
}

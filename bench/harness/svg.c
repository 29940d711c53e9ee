/* bench/harness/svg.c: bar, line and histogram panels as SVG 1.1. */
#include "svg.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PANEL_H 300.0   /* plot area height */
#define MARGIN_L 70.0
#define MARGIN_R 20.0
#define TITLE_H 40.0
#define LEGEND_ROW 16.0

/* Colour-blind-safe palette (Okabe and Ito). */
static const char *const palette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                      "#56B4E9", "#D55E00", "#F0E442", "#000000"};
#define NCOLORS (sizeof palette / sizeof palette[0])

int svg_open(svg_doc *d, double width)
{
    memset(d, 0, sizeof *d);
    d->width = width;
    d->body = open_memstream(&d->buf, &d->len);
    return d->body ? 0 : -1;
}

static void text_escaped(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

static void text(svg_doc *d, double x, double y, const char *anchor, double size,
                 const char *extra, const char *s)
{
    fprintf(d->body, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%.0f\"%s>",
            x, y, anchor, size, extra ? extra : "");
    text_escaped(d->body, s);
    fputs("</text>\n", d->body);
}

void svg_add_note(svg_doc *d, const char *s)
{
    d->y += 18;
    text(d, 10, d->y, "start", 12, NULL, s);
    d->y += 6;
}

/* A round step for about 5 ticks up to max. */
static double tick_step(double max)
{
    double raw = max / 5, mag = pow(10, floor(log10(raw)));
    double f = raw / mag;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/* The top of the y axis: a whole number of ticks above max. */
static double axis_top(double max)
{
    if (!(max > 0) || !isfinite(max))
        return 1;
    double step = tick_step(max);
    return ceil(max * 1.05 / step) * step;
}

/* The title, legend and y axis of a panel; returns the plot's top y. */
static double panel_frame(svg_doc *d, const char *title, const char *unit,
                          const char *const *series, size_t nseries, double top)
{
    double y0 = d->y + 24;
    text(d, d->width / 2, y0, "middle", 15, " font-weight=\"bold\"", title);
    double x = MARGIN_L, row = y0 + LEGEND_ROW;
    for (size_t s = 0; s < nseries; s++) {
        double w = 24 + 7.0 * (double)strlen(series[s]);
        if (x + w > d->width - MARGIN_R) {
            x = MARGIN_L;
            row += LEGEND_ROW;
        }
        fprintf(d->body, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>\n",
                x, row - 9, palette[s % NCOLORS]);
        text(d, x + 14, row, "start", 11, NULL, series[s]);
        x += w;
    }
    double plot_top = row + 14, bottom = plot_top + PANEL_H;
    double step = tick_step(top);
    for (double v = 0; v <= top * 1.0001; v += step) {
        double y = bottom - v / top * PANEL_H;
        char label[32];
        snprintf(label, sizeof label, "%g", v);
        fprintf(d->body, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n",
                MARGIN_L, y, d->width - MARGIN_R, y);
        text(d, MARGIN_L - 6, y + 4, "end", 11, NULL, label);
    }
    fprintf(d->body, "<text transform=\"translate(16,%.1f) rotate(-90)\" text-anchor=\"middle\" "
            "font-size=\"12\">", plot_top + PANEL_H / 2);
    text_escaped(d->body, unit);
    fputs("</text>\n", d->body);
    return plot_top;
}

/* Category labels under the plot, slanted when they would collide. */
static void x_labels(svg_doc *d, const char *const *labels, size_t n, double bottom)
{
    double slot = (d->width - MARGIN_L - MARGIN_R) / (double)n;
    size_t longest = 0;
    for (size_t i = 0; i < n; i++)
        longest = strlen(labels[i]) > longest ? strlen(labels[i]) : longest;
    int slant = (double)longest * 6.5 > slot;
    for (size_t i = 0; i < n; i++) {
        double x = MARGIN_L + slot * ((double)i + 0.5);
        if (slant) {
            fprintf(d->body, "<text transform=\"translate(%.1f,%.1f) rotate(-35)\" "
                    "text-anchor=\"end\" font-size=\"11\">", x, bottom + 14);
            text_escaped(d->body, labels[i]);
            fputs("</text>\n", d->body);
        } else {
            text(d, x, bottom + 16, "middle", 11, NULL, labels[i]);
        }
    }
    d->y = bottom + (slant ? 14 + 6.0 * (double)longest * 0.6 + 10 : 30);
}

static double max_of(const double *v, size_t n, double m)
{
    if (!isfinite(m))
        m = 0;
    for (size_t i = 0; v && i < n; i++)
        if (isfinite(v[i]) && v[i] > m)
            m = v[i];
    return m;
}

static void bar(svg_doc *d, double x, double w, double v, double top, double bottom,
                const char *color)
{
    double h = v / top * PANEL_H;
    fprintf(d->body, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
            "<title>%g</title></rect>\n", x, bottom - h, w, h, color, v);
}

static void whisker(svg_doc *d, double x, double lo, double hi, double top, double bottom)
{
    double y1 = bottom - lo / top * PANEL_H, y2 = bottom - hi / top * PANEL_H;
    fprintf(d->body, "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fh6M%.1f %.1fh6\" stroke=\"#333\" "
            "fill=\"none\"/>\n", x, y1, y2, x - 3, y1, x - 3, y2);
}

void svg_add_bars(svg_doc *d, const svg_bars *c)
{
    size_t nv = c->ncat * c->nseries;
    double top = axis_top(max_of(c->hi, nv, max_of(c->value, nv, c->reference)));
    double plot_top = panel_frame(d, c->title, c->unit, c->series, c->nseries, top);
    double bottom = plot_top + PANEL_H;
    double slot = (d->width - MARGIN_L - MARGIN_R) / (double)(c->ncat ? c->ncat : 1);
    double w = slot * 0.8 / (double)(c->nseries ? c->nseries : 1);
    for (size_t k = 0; k < c->ncat; k++)
        for (size_t s = 0; s < c->nseries; s++) {
            size_t i = k * c->nseries + s;
            double x = MARGIN_L + slot * (double)k + slot * 0.1 + w * (double)s;
            if (!isfinite(c->value[i])) {
                text(d, x + w / 2, bottom - 4, "middle", 9, " fill=\"#c00\"", "n/a");
                continue;
            }
            bar(d, x, w * 0.92, c->value[i], top, bottom, palette[s % NCOLORS]);
            if (c->lo && c->hi && isfinite(c->lo[i]) && isfinite(c->hi[i]))
                whisker(d, x + w * 0.46, c->lo[i], c->hi[i], top, bottom);
        }
    if (isfinite(c->reference)) {
        double y = bottom - c->reference / top * PANEL_H;
        fprintf(d->body, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c00\" "
                "stroke-dasharray=\"6 4\"/>\n", MARGIN_L, y, d->width - MARGIN_R, y);
    }
    x_labels(d, c->categories, c->ncat, bottom);
}

void svg_add_lines(svg_doc *d, const svg_lines *c)
{
    size_t nv = c->npoints * c->nseries;
    double top = axis_top(max_of(c->value, nv, 0));
    double plot_top = panel_frame(d, c->title, c->unit, c->series, c->nseries, top);
    double bottom = plot_top + PANEL_H;
    double slot = (d->width - MARGIN_L - MARGIN_R) / (double)(c->npoints ? c->npoints : 1);
    for (size_t s = 0; s < c->nseries; s++) {
        fprintf(d->body, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"",
                palette[s % NCOLORS]);
        for (size_t i = 0; i < c->npoints; i++) {
            double v = c->value[s * c->npoints + i];
            if (isfinite(v))
                fprintf(d->body, "%.1f,%.1f ", MARGIN_L + slot * ((double)i + 0.5),
                        bottom - v / top * PANEL_H);
        }
        fputs("\"/>\n", d->body);
    }
    x_labels(d, c->xlabels, c->npoints, bottom);
}

/* A bin edge as a short label: 512, 16k, 4M. */
static int compact(char **out, double v)
{
    if (v >= 1e6)
        return asprintf(out, "%gM", v / 1048576.0 >= 1 && fmod(v, 1048576.0) == 0 ? v / 1048576.0 : v / 1e6);
    if (v >= 1e4)
        return asprintf(out, "%gk", fmod(v, 1024.0) == 0 ? v / 1024.0 : v / 1e3);
    return asprintf(out, "%g", v);
}

void svg_add_histogram(svg_doc *d, const svg_histogram *h)
{
    const char *series[] = {"count"};
    double top = axis_top(max_of(h->count, h->nbins, 0));
    double plot_top = panel_frame(d, h->title, "count", series, 1, top);
    double bottom = plot_top + PANEL_H;
    double slot = (d->width - MARGIN_L - MARGIN_R) / (double)(h->nbins ? h->nbins : 1);
    char **labels = calloc(h->nbins ? h->nbins : 1, sizeof *labels);
    for (size_t i = 0; i < h->nbins; i++) {
        bar(d, MARGIN_L + slot * (double)i + 1, slot - 2, h->count[i], top, bottom, palette[0]);
        if (labels && compact(&labels[i], h->edges[i]) < 0)
            labels[i] = NULL;
    }
    if (labels != NULL) {
        int ok = 1;
        for (size_t i = 0; i < h->nbins; i++)
            ok &= labels[i] != NULL;
        if (ok)
            x_labels(d, (const char *const *)labels, h->nbins, bottom);
        for (size_t i = 0; i < h->nbins; i++)
            free(labels[i]);
        free(labels);
    }
    text(d, d->width / 2, d->y, "middle", 11, NULL, h->xunit);
    d->y += 10;
}

int svg_save(svg_doc *d, const char *path)
{
    fclose(d->body);
    FILE *f = fopen(path, "w");
    int rc = -1;
    if (f != NULL) {
        fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" "
                "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">\n"
                "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
                d->width, d->y + 20, d->width, d->y + 20);
        fwrite(d->buf, 1, d->len, f);
        fputs("</svg>\n", f);
        rc = fclose(f) == 0 ? 0 : -1;
    }
    free(d->buf);
    memset(d, 0, sizeof *d);
    return rc;
}

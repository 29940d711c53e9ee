/* bench/harness/chart.c: charts drawn from a result set. */
#include "chart.h"
#include "meta.h"

#include <math.h>
#include <stdlib.h>

int chart_open(svg_doc *d, const char *how_to_read)
{
    if (svg_open(d, 1000) < 0)
        return -1;
    char note[300];
    meta_summary(note, sizeof note);
    svg_add_note(d, note);
    svg_add_note(d, how_to_read);
    return 0;
}

/* Bars of one group's medians: categories its benches, series its subjects. */
void chart_group_bars(svg_doc *d, const result_set *rs, const char *group, const char *metric,
                      const char *title, const char *unit, double reference)
{
    size_t nb, ns;
    const char **benches = results_distinct(rs, group, 1, &nb);
    const char **subjects = results_distinct(rs, group, 2, &ns);
    double *v = malloc((nb * ns + 1) * 3 * sizeof *v);
    if (benches && subjects && v && nb && ns) {
        double *lo = v + nb * ns, *hi = lo + nb * ns;
        for (size_t b = 0; b < nb; b++)
            for (size_t s = 0; s < ns; s++) {
                const result *r = results_find(rs, group, benches[b], subjects[s], metric);
                bool ok = r && !r->error;
                v[b * ns + s] = ok ? r->s.median : NAN;
                lo[b * ns + s] = ok ? r->s.lo : NAN;
                hi[b * ns + s] = ok ? r->s.hi : NAN;
            }
        svg_bars c = {title, unit, nb, ns, benches, subjects, v, lo, hi, reference};
        svg_add_bars(d, &c);
    }
    free(v);
    free(benches);
    free(subjects);
}


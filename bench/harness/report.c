/* bench/harness/report.c: the result file every subcommand writes with
 * --json: where and how it was measured, then the results. */
#include "harness.h"
#include "meta.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int opt_count(int given, int normal, int quick, bool is_quick)
{
    return given >= 0 ? given : is_quick ? quick : normal;
}

bool opt_selected(const bench_opts *o, const char *name)
{
    if (o->only == NULL)
        return true;
    size_t n = strlen(name);
    for (const char *p = o->only; *p;) {
        size_t k = strcspn(p, ",");
        if (k == n && strncmp(p, name, n) == 0)
            return true;
        p += k + (p[k] == ',');
    }
    return false;
}

static void write_config(json_writer *w, const bench_opts *o)
{
    json_key(w, "config");
    json_object(w);
    json_key(w, "quick");
    json_bool(w, o->quick);
    json_key(w, "repetitions");
    json_number(w, o->reps);
    json_key(w, "warmup");
    json_number(w, o->warmup);
    json_key(w, "tiers");
    json_array(w);
    tier_config c[SWEEP_MAX_CONFIGS];
    size_t n = sweep_configs(&o->sweep, c);
    for (size_t i = 0; i < n; i++) {
        json_object(w);
        json_key(w, "name");
        json_string(w, c[i].name);
        json_key(w, "backend");
        json_string(w, c[i].backend);
        json_key(w, "layer2");
        json_bool(w, c[i].layer2);
        json_key(w, "freelists");
        json_bool(w, c[i].freelists);
        json_object_end(w);
    }
    json_array_end(w);
    json_key(w, "command");
    json_array(w);
    for (int i = 0; i < o->argc; i++)
        json_string(w, o->argv[i]);
    json_array_end(w);
    json_object_end(w);
}

int report_json(const bench_opts *o, const char *subcommand, const result_set *rs)
{
    if (o->json_path == NULL)
        return 0;
    FILE *f = fopen(o->json_path, "w");
    if (f == NULL) {
        fprintf(stderr, "tierpy-bench: cannot write %s\n", o->json_path);
        return -1;
    }
    json_writer w;
    json_begin(&w, f);
    json_object(&w);
    json_key(&w, "tool");
    json_string(&w, "tierpy-bench");
    json_key(&w, "format");
    json_number(&w, 1);
    json_key(&w, "subcommand");
    json_string(&w, subcommand);
    meta_write_json(&w);
    write_config(&w, o);
    results_write_json(rs, &w);
    json_object_end(&w);
    json_end(&w);
    if (fclose(f) != 0) {
        fprintf(stderr, "tierpy-bench: cannot write %s\n", o->json_path);
        return -1;
    }
    fflush(stdout);  /* the tables first, then this note */
    fprintf(stderr, "tierpy-bench: results in %s\n", o->json_path);
    return 0;
}

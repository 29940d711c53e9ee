/* bench/harness/harness.h: the options every subcommand of tierpy-bench
 * shares, and the subcommands themselves (one file each). */
#ifndef TPY_BENCH_HARNESS_H
#define TPY_BENCH_HARNESS_H

#include <stdbool.h>

#include "results.h"
#include "sweep.h"

/* Exit statuses: 0 all measured; 1 a measurement failed or a check did
 * not hold (the results are still written); 2 usage error, or the
 * subcommand needs something not built yet. */
enum { EXIT_MEASURED = 0, EXIT_CHECK_FAILED = 1, EXIT_USAGE = 2 };

typedef struct bench_opts {
    const char *json_path, *svg_path;
    bool quick;          /* small sizes, few repetitions: seconds, for tests */
    bool instructions;   /* alloc: callgrind's instruction counts as well */
    int reps, warmup;    /* -1: the subcommand's default */
    sweep sweep;
    const char *only;    /* comma-separated names to keep (allocators, programs) */
    const char *tierpy, *python, *programs;   /* vm (and gc) */
    const char *program;                      /* gc: comma-separated program files */
    const char *gc_switch;                    /* gc: "on", "off" or "on,off" */
    const char *gc_thresholds;                /* gc: "A,B,C" settings separated by '/' */
    unsigned long ops, seed;                  /* gen-trace */
    int nargs;
    char **args;         /* positional arguments after the subcommand */
    char self_dir[4096]; /* the directory tierpy-bench runs from (the build dir) */
    int argc;
    char **argv;         /* the whole command line, recorded in the JSON */
} bench_opts;

/** reps or warmup: the option's value if given, else the default for the
 *  run's size. */
int opt_count(int given, int normal, int quick, bool is_quick);

/** True when name is in the --only list (or there is none). */
bool opt_selected(const bench_opts *o, const char *name);

/** Write the result file (--json) and say where; -1 if it cannot be written. */
int report_json(const bench_opts *o, const char *subcommand, const result_set *rs);

int cmd_alloc(bench_opts *o);
int cmd_vm(bench_opts *o);
int cmd_gc(bench_opts *o);
int cmd_replay(bench_opts *o);
int cmd_gen_trace(bench_opts *o);
int cmd_compare(bench_opts *o);

/* alloc's in-process half: layer3 under the tier matrix (obj_cmd.c). */
void layer3_run(const bench_opts *o, result_set *rs);
void layer3_report(const bench_opts *o, const result_set *rs, FILE *out);

#endif

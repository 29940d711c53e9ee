/* bench/harness/main.c: tierpy-bench, the microbenchmark harness over
 * every tier. Parses the options the subcommands share and dispatches;
 * each subcommand lives in its own file (alloc_cmd.c, vm_cmd.c, ...).
 * See docs/benchmarks.md. */
#include "harness.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: tierpy-bench SUBCOMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "subcommands:\n"
    "  alloc            allocator workloads: layer2 against glibc, mimalloc, jemalloc,\n"
    "                   tcmalloc, CPython's pymalloc and a bare free list (child\n"
    "                   processes), then layer3 under the tier matrix (in process)\n"
    "  vm               bench/programs/*.py and bench/vm/*.py under tierpy and python3\n"
    "                   alternately: median time, ratio, peak RSS, outputs checked\n"
    "  gc               GC pause distributions of programs under tierpy and python3\n"
    "                   (every collection's pause, per GC setting)\n"
    "  replay TRACE     replay an allocation trace against each allocator\n"
    "  gen-trace FILE   write a synthetic trace (--ops N, --seed S)\n"
    "  compare A.json B.json   what changed between two result files, with the noise\n"
    "\n"
    "options:\n"
    "  --json FILE       results with machine, commit and configuration\n"
    "  --svg FILE        a chart of the results\n"
    "  --quick           small sizes and few repetitions (seconds)\n"
    "  --reps N          measured repetitions      --warmup N   discarded ones first\n"
    "  --only A,B        only these allocators (and/or layer3) / programs\n"
    "  --instructions    alloc: also instructions/op under callgrind (slow)\n"
    "  --backend L       layer1 backends: libc,mimalloc\n"
    "  --layer2 L        on,off           --freelists L   on,off\n"
    "  --sweep           every value of every tier axis\n"
    "  --tierpy PATH     vm: the interpreter under test (default: tierpy beside this program)\n"
    "  --python PATH     vm: the reference (default /usr/bin/python3.11)\n"
    "  --programs DIR    vm: run the programs of DIR instead of the suite\n"
    "  --ops N --seed S  gen-trace: size and seed of the trace\n"
    "  --program F,G     gc: these programs (default bench/programs/gc_collect.py,\n"
    "                    gc_traversal.py)\n"
    "  --gc L            gc: automatic collection on,off (default on)\n"
    "  --gcthreshold T   gc: thresholds A,B,C, several separated by '/' (default 700,10,10)\n";

typedef struct subcommand {
    const char *name;
    int (*run)(bench_opts *o);
    int nargs;  /* positional arguments required */
} subcommand;

static const subcommand subcommands[] = {
    {"alloc", cmd_alloc, 0},    {"vm", cmd_vm, 0},           {"gc", cmd_gc, 0},
    {"replay", cmd_replay, 1},  {"gen-trace", cmd_gen_trace, 1}, {"compare", cmd_compare, 2},
};

static int usage_error(const char *fmt, const char *arg)
{
    fputs("tierpy-bench: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n(tierpy-bench --help for the options)\n", stderr);
    return EXIT_USAGE;
}

static int parse_count(const char *s, long max, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == 0 || *end != 0 || v < 0 || v > max)
        return -1;
    *out = v;
    return 0;
}

/* An option with a value: --name VALUE. */
static int valued(bench_opts *o, const char *name, const char *v)
{
    long n;
    char err[200];
    static const char *const axes[] = {"--backend", "--layer2", "--freelists"};
    for (int a = 0; a < SWEEP_AXES; a++)
        if (strcmp(name, axes[a]) == 0) {
            if (sweep_parse(&o->sweep, (sweep_axis)a, v, err, sizeof err) < 0)
                return usage_error("%s", err);
            return 0;
        }
    const char **strs[] = {&o->json_path, &o->svg_path, &o->only, &o->tierpy, &o->python,
                           &o->programs, &o->program, &o->gc_switch, &o->gc_thresholds};
    static const char *const str_names[] = {"--json", "--svg", "--only", "--tierpy", "--python",
                                            "--programs", "--program", "--gc", "--gcthreshold"};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (strcmp(name, str_names[i]) == 0) {
            *strs[i] = v;
            return 0;
        }
    if (parse_count(v, strcmp(name, "--seed") == 0 ? LONG_MAX : 100000000, &n) < 0)
        return usage_error("bad number for %s", name);
    if (strcmp(name, "--reps") == 0)
        o->reps = (int)n;
    else if (strcmp(name, "--warmup") == 0)
        o->warmup = (int)n;
    else if (strcmp(name, "--ops") == 0)
        o->ops = (unsigned long)n;
    else
        o->seed = (unsigned long)n;
    return 0;
}

static bool takes_value(const char *a)
{
    static const char *const names[] = {"--json", "--svg", "--only", "--tierpy", "--python",
                                        "--programs", "--backend", "--layer2", "--freelists",
                                        "--reps", "--warmup", "--ops", "--seed", "--program",
                                        "--gc", "--gcthreshold"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(a, names[i]) == 0)
            return true;
    return false;
}

static int parse_options(int argc, char **argv, bench_opts *o)
{
    static char *positional[8];
    bool sweep_all_axes = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (takes_value(a)) {
            if (i + 1 >= argc)
                return usage_error("%s needs a value", a);
            if (valued(o, a, argv[++i]) != 0)
                return EXIT_USAGE;
        } else if (strcmp(a, "--quick") == 0) {
            o->quick = true;
        } else if (strcmp(a, "--instructions") == 0) {
            o->instructions = true;
        } else if (strcmp(a, "--sweep") == 0) {
            sweep_all_axes = true;
        } else if (a[0] == '-' && a[1] != 0) {
            return usage_error("unknown option %s", a);
        } else if (o->nargs < 8) {
            positional[o->nargs++] = argv[i];
        }
    }
    if (sweep_all_axes)
        sweep_all(&o->sweep);
    o->args = positional;
    return 0;
}

/* The directory of /proc/self/exe: where the build put the harness, and so
 * where the per-allocator executables and tierpy are. */
static void find_self_dir(bench_opts *o)
{
    ssize_t n = readlink("/proc/self/exe", o->self_dir, sizeof o->self_dir - 1);
    o->self_dir[n > 0 ? n : 0] = 0;
    char *slash = strrchr(o->self_dir, '/');
    if (slash != NULL)
        *slash = 0;
    else
        strcpy(o->self_dir, ".");
}

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage_text, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    static bench_opts o;
    o.reps = o.warmup = -1;
    o.ops = 200000;
    o.seed = 1;
    o.argc = argc;
    o.argv = argv;
    find_self_dir(&o);
    for (size_t i = 0; i < sizeof subcommands / sizeof *subcommands; i++) {
        const subcommand *s = &subcommands[i];
        if (strcmp(argv[1], s->name) != 0)
            continue;
        int rc = parse_options(argc, argv, &o);
        if (rc != 0)
            return rc;
        if (o.nargs != s->nargs)
            return usage_error("%s: wrong number of arguments", s->name);
        return s->run(&o);
    }
    return usage_error("unknown subcommand %s", argv[1]);
}

/* bench/obj_bench.c: what each memory tier buys an object allocation.
 *
 * Allocates and frees objects shaped like the VM's (floats, tuples of a few
 * lengths, a fixed-size container) through layer3, in the four
 * configurations side by side:
 *
 *     layer1            every object straight from layer1, no free lists
 *     layer1+fl         layer1 under the free lists
 *     layer2            layer2's pools, no free lists
 *     layer2+fl         layer2 under the free lists (tierpy's default)
 *
 * One operation is one allocation plus one free. Run natively it reports
 * ns/op, the best of several rounds in which the configurations alternate
 * (so that drift on a noisy machine hits them all alike). Run under
 * callgrind it reports instructions/op instead, reading back the dump it
 * asks callgrind for after each measured case:
 *
 *     valgrind --tool=callgrind build/bench/tierpy-obj-bench
 *
 * (run it from a scratch directory: callgrind leaves its files there).
 * The layer1 backend is TIERPY_MALLOC's (libc by default). */
#include <tierpy/obj.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifdef TPY_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(s) ((void)(s))
#endif

/* --- the objects ------------------------------------------------------------- */

typedef struct b_float {
    tpy_object ob;
    double value;
} b_float;

typedef struct b_tuple {
    tpy_var_object ob;
    tpy_object *items[];
} b_tuple;

typedef struct b_list {
    tpy_object ob;
    tpy_object **items;
    size_t n, allocated;
} b_list;

static tpy_obj_type float_type = {
    .name = "float", .basic_size = sizeof(b_float), .freelist_cap = TPY_OBJ_FREELIST_FLOAT,
};
static tpy_obj_type tuple_type = {
    .name = "tuple", .basic_size = sizeof(b_tuple), .item_size = sizeof(tpy_object *),
    .flags = TPY_OBJ_CONTAINER, .freelist_cap = TPY_OBJ_FREELIST_TUPLE,
};
static tpy_obj_type list_type = {
    .name = "list", .basic_size = sizeof(b_list),
    .flags = TPY_OBJ_CONTAINER, .freelist_cap = TPY_OBJ_FREELIST_LIST,
};

/* --- the cases ----------------------------------------------------------------- */

#define BATCH 64

typedef struct bench_case {
    const char *name;
    tpy_obj_type *type;
    size_t items;   /* for tuples */
    int batch;      /* objects live at once: 1 = allocate, free, repeat */
} bench_case;

static const bench_case cases[] = {
    {"float, one at a time", &float_type, 0, 1},
    {"float, 64 live", &float_type, 0, BATCH},
    {"tuple(1), 64 live", &tuple_type, 1, BATCH},
    {"tuple(3), 64 live", &tuple_type, 3, BATCH},
    {"tuple(8), 64 live", &tuple_type, 8, BATCH},
    {"list, 64 live", &list_type, 0, BATCH},
    {"float, 1000 live", &float_type, 0, 1000},
};
#define N_CASES (sizeof cases / sizeof cases[0])

typedef struct mode {
    const char *name;
    bool pool, freelists;
} mode;

static const mode modes[] = {
    {"layer1", false, false},
    {"layer1+fl", false, true},
    {"layer2", true, false},
    {"layer2+fl", true, true},
};
#define N_MODES (sizeof modes / sizeof modes[0])

static tpy_object *live[1000];

static tpy_object *make(tpy_obj_heap *h, const bench_case *c)
{
    tpy_object *o = c->items ? tpy_obj_new_var(h, c->type, c->items) : tpy_obj_new(h, c->type);
    if (o == NULL) {
        fprintf(stderr, "tierpy-obj-bench: out of memory\n");
        exit(1);
    }
    if (c->type == &float_type)
        ((b_float *)o)->value = 1.5;
    return o;
}

/* `rounds` rounds of: allocate `batch` objects, free them newest first
 * (as a loop's temporaries die). Returns the operations done. */
static size_t run(tpy_obj_heap *h, const bench_case *c, size_t rounds)
{
    for (size_t r = 0; r < rounds; r++) {
        for (int i = 0; i < c->batch; i++)
            live[i] = make(h, c);
        for (int i = c->batch - 1; i >= 0; i--)
            tpy_obj_free(h, live[i]);
    }
    return rounds * (size_t)c->batch;
}

static tpy_obj_heap *heap_for(const mode *m)
{
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cfg.use_pool = m->pool;
    cfg.freelists = m->freelists;
    tpy_obj_heap *h = tpy_obj_heap_new(&cfg);
    if (h == NULL) {
        fprintf(stderr, "tierpy-obj-bench: cannot make a heap\n");
        exit(1);
    }
    return h;
}

/* --- native timing ---------------------------------------------------------------- */

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* ns/op of one case in one mode: a warm-up round fills the pool and the
 * free lists, then the measured rounds. */
static double time_case(const bench_case *c, const mode *m, size_t ops)
{
    tpy_obj_heap *h = heap_for(m);
    size_t rounds = ops / (size_t)c->batch;
    run(h, c, rounds / 10 + 1);
    double t0 = now_ns();
    size_t done = run(h, c, rounds);
    double t1 = now_ns();
    tpy_obj_heap_delete(h);
    return (t1 - t0) / (double)done;
}

static void measure_time(double result[N_CASES][N_MODES], int reps, size_t ops)
{
    for (size_t c = 0; c < N_CASES; c++)
        for (size_t m = 0; m < N_MODES; m++)
            result[c][m] = 1e300;
    for (int r = 0; r < reps; r++)
        for (size_t c = 0; c < N_CASES; c++)
            for (size_t m = 0; m < N_MODES; m++) {
                double t = time_case(&cases[c], &modes[m], ops);
                if (t < result[c][m])
                    result[c][m] = t;
            }
}

/* --- instruction counts under callgrind ----------------------------------------- */

/* The Ir total of callgrind's dump number `n` of this process, read from
 * callgrind.out.<pid>.<n> in the working directory (then removed). */
static double read_dump(int n)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "callgrind.out.%d.%d", (int)getpid(), n);
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    double total = -1;
    while (fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, "totals:", 7) == 0 || strncmp(line, "summary:", 8) == 0)
            total = strtod(strchr(line, ':') + 1, NULL);
    fclose(f);
    remove(path);
    return total;
}

static void measure_instructions(double result[N_CASES][N_MODES], size_t ops)
{
    int dumps = 0;
    for (size_t c = 0; c < N_CASES; c++)
        for (size_t m = 0; m < N_MODES; m++) {
            tpy_obj_heap *h = heap_for(&modes[m]);
            size_t rounds = ops / (size_t)cases[c].batch;
            run(h, &cases[c], rounds / 10 + 1);
            CALLGRIND_ZERO_STATS;
            size_t done = run(h, &cases[c], rounds);
            CALLGRIND_DUMP_STATS_AT(cases[c].name);
            dumps++;
            tpy_obj_heap_delete(h);
            result[c][m] = read_dump(dumps) / (double)done;
        }
}

/* --- report ----------------------------------------------------------------------- */

static void report(double result[N_CASES][N_MODES], const char *unit, const char *fmt)
{
    printf("%-22s", unit);
    for (size_t m = 0; m < N_MODES; m++)
        printf(" %10s", modes[m].name);
    printf("   %9s %9s\n", "pool buys", "fl buys");
    for (size_t c = 0; c < N_CASES; c++) {
        printf("%-22s", cases[c].name);
        for (size_t m = 0; m < N_MODES; m++)
            printf(fmt, result[c][m]);
        /* layer1 -> layer2 without free lists; no free lists -> free lists on layer2 */
        printf("   %8.2fx %8.2fx\n", result[c][0] / result[c][2], result[c][2] / result[c][3]);
    }
}

int main(int argc, char **argv)
{
    char err[256];
    if (tpy_mem_init_from_env(err, sizeof err) != 0) {
        fprintf(stderr, "tierpy-obj-bench: %s\n", err);
        return 2;
    }
    size_t ops = argc > 1 ? strtoul(argv[1], NULL, 10) : 0;
    static double result[N_CASES][N_MODES];
    tpy_mem_stats_t ms;
    tpy_mem_stats(NULL, &ms);
    if (RUNNING_ON_VALGRIND) {
        measure_instructions(result, ops ? ops : 64000);
        printf("tierpy-obj-bench: allocate + free, instructions/op (callgrind), layer1 = %s\n",
               ms.backend);
        report(result, "Ir/op", " %10.1f");
    } else {
        measure_time(result, 5, ops ? ops : 2000000);
        printf("tierpy-obj-bench: allocate + free, ns/op (best of 5), layer1 = %s\n",
               ms.backend);
        report(result, "ns/op", " %10.2f");
    }
    return 0;
}

/* bench/gc_bench.c: what a collection costs, from C.
 *
 * Two cases, after pyperformance's gc benchmarks:
 *
 *   rings     100 rings of 21 lists (each list holds the next), dropped,
 *             then a full collection: the cost per collected object, the
 *             building and freeing included as a program would pay them
 *             (build, collect and their sum are reported apart).
 *   traversal a tree of nested lists (fan-out 4, ~87k lists) kept alive,
 *             collected again and again: nothing is found, so this is the
 *             cost per examined object of the three marking passes alone
 *             (gc_traversal's situation).
 *
 * Run natively it reports ns per object, the best of several rounds that
 * alternate the cases; under callgrind it reports instructions per object,
 * reading back the dump it asks for after each measured case (run it from
 * a scratch directory):
 *
 *     valgrind --tool=callgrind build/bench/tierpy-gc-bench
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gc.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#ifdef TPY_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(s) ((void)(s))
#endif

#define RINGS 100
#define RING_LEN 21
#define TREE_DEPTH 8   /* 4^0 + ... + 4^8 = 87381 lists */
#define TREE_FANOUT 4

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void die(const char *what)
{
    fprintf(stderr, "tierpy-gc-bench: %s failed\n", what);
    exit(1);
}

/* ---- the structures ----------------------------------------------------------------------- */

static void build_rings(tpy_vm *vm)
{
    for (int r = 0; r < RINGS; r++) {
        tpy_object *first = tpy_list_new(vm, 0), *cur = first;
        if (!first)
            die("list");
        for (int i = 1; i < RING_LEN; i++) {
            tpy_object *next = tpy_list_new(vm, 0);
            if (!next || tpy_list_append(vm, cur, next) < 0)
                die("list");
            cur = next;
        }
        if (tpy_list_append(vm, cur, first) < 0)   /* the ring owns first now */
            die("append");
    }
}

static tpy_object *build_tree(tpy_vm *vm, int depth)
{
    tpy_object *l = tpy_list_new(vm, 0);
    if (!l)
        die("list");
    for (int i = 0; depth > 0 && i < TREE_FANOUT; i++)
        if (tpy_list_append(vm, l, build_tree(vm, depth - 1)) < 0)
            die("append");
    return l;
}

/* ---- the cases: each returns the objects it counts per round -------------------------------- */

typedef struct round_cost {
    double build, collect;
} round_cost;

static size_t rings_round(tpy_vm *vm, round_cost *cost)
{
    double t0 = now_ns();
    build_rings(vm);
    double t1 = now_ns();
    intptr_t n = tpy_gc_collect(vm, 0);   /* the rings alone: the tree is in generation 2 */
    double t2 = now_ns();
    if (n != RINGS * RING_LEN)
        die("rings collection");
    cost->build += t1 - t0;
    cost->collect += t2 - t1;
    return (size_t)n;
}

static size_t traversal_round(tpy_vm *vm, round_cost *cost)
{
    double t0 = now_ns();
    if (tpy_gc_collect(vm, 2) != 0)
        die("traversal collection");
    cost->collect += now_ns() - t0;
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    return (size_t)(st.gen[2].examined / st.gen[2].collections);
}

static tpy_vm *new_vm(void)
{
    tpy_vm *vm = tpy_vm_create(NULL);
    if (!vm)
        die("tpy_vm_create");
    tpy_gc_disable(vm);   /* only the collections the bench asks for */
    return vm;
}

/* ns per object: best of `reps` rounds, the cases alternating. */
static void measure_time(int reps, double rings[3], double *traversal)
{
    tpy_vm *vm = new_vm();
    tpy_object *tree = build_tree(vm, TREE_DEPTH);
    tpy_gc_collect(vm, 2);   /* the tree to generation 2 */
    rings[0] = rings[1] = rings[2] = *traversal = 1e300;
    for (int r = 0; r < reps; r++) {
        round_cost c = {0, 0};
        size_t n = rings_round(vm, &c);
        if (c.build / (double)n < rings[0])
            rings[0] = c.build / (double)n;
        if (c.collect / (double)n < rings[1])
            rings[1] = c.collect / (double)n;
        if ((c.build + c.collect) / (double)n < rings[2])
            rings[2] = (c.build + c.collect) / (double)n;
        round_cost t = {0, 0};
        size_t m = traversal_round(vm, &t);
        if (t.collect / (double)m < *traversal)
            *traversal = t.collect / (double)m;
    }
    tpy_decref(vm, tree);
    tpy_vm_destroy(vm);
}

/* ---- instruction counts under callgrind ---------------------------------------------------- */

static double read_dump(int n)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "callgrind.out.%d.%d", (int)getpid(), n);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    double total = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "totals:", 7) == 0 || strncmp(line, "summary:", 8) == 0)
            total = strtod(strchr(line, ':') + 1, NULL);
    fclose(f);
    remove(path);
    return total;
}

static void measure_instructions(double rings[3], double *traversal)
{
    tpy_vm *vm = new_vm();
    tpy_object *tree = build_tree(vm, TREE_DEPTH);
    tpy_gc_collect(vm, 2);   /* the tree to generation 2 */
    round_cost c = {0, 0};
    rings_round(vm, &c);   /* warm: pools and free lists filled */

    CALLGRIND_ZERO_STATS;
    build_rings(vm);
    CALLGRIND_DUMP_STATS_AT("rings build");
    double n = RINGS * RING_LEN;
    rings[0] = read_dump(1) / n;
    /* the tree stays in generation 2; collect 0 finds the rings alone */
    CALLGRIND_ZERO_STATS;
    tpy_gc_collect(vm, 0);
    CALLGRIND_DUMP_STATS_AT("rings collect");
    rings[1] = read_dump(2) / n;
    rings[2] = rings[0] + rings[1];

    tpy_gc_collect(vm, 2);
    CALLGRIND_ZERO_STATS;
    tpy_gc_collect(vm, 2);
    CALLGRIND_DUMP_STATS_AT("traversal");
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    double examined = (double)st.gen[2].examined / (double)st.gen[2].collections;
    *traversal = read_dump(3) / examined;
    tpy_decref(vm, tree);
    tpy_vm_destroy(vm);
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 20;
    double rings[3], traversal;
    const char *unit;
    if (RUNNING_ON_VALGRIND) {
        measure_instructions(rings, &traversal);
        unit = "Ir/object (callgrind)";
    } else {
        measure_time(reps > 0 ? reps : 20, rings, &traversal);
        unit = "ns/object (best of rounds)";
    }
    printf("tierpy-gc-bench: %s\n", unit);
    printf("rings: %d rings of %d lists, dropped, then collected\n", RINGS, RING_LEN);
    printf("  build + drop   %10.1f\n  collect        %10.1f\n  total          %10.1f\n",
           rings[0], rings[1], rings[2]);
    printf("traversal: %d lists alive, collected, nothing found\n",
           (int)((1 - (1 << (2 * (TREE_DEPTH + 1)))) / (1 - TREE_FANOUT)));
    printf("  per examined   %10.1f\n", traversal);
    return 0;
}

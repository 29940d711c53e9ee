/* bench/harness/obj_cmd.c: alloc's in-process half, layer3 under the
 * tier matrix. Objects shaped like the VM's (floats, tuples of a few
 * lengths, list and dict heads) are allocated and freed through a
 * tpy_obj_heap in every configuration of the sweep: layer1 backend,
 * layer2 on or off, free lists on or off. One op is one allocation plus
 * one free. Within a repetition the configurations take turns case by
 * case, so that drift on a noisy machine hits them alike. */
#include "harness.h"
#include "progress.h"
#include "table.h"

#include <tierpy/obj.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct o_float {
    tpy_object ob;
    double value;
} o_float;

typedef struct o_tuple {
    tpy_var_object ob;
    tpy_object *items[];
} o_tuple;

/* The heads of a list and a dict as the VM lays them out (their item
 * arrays come from tpy_obj_heap_malloc and are not part of this). */
typedef struct o_list {
    tpy_object ob;
    tpy_object **items;
    size_t n, allocated;
} o_list;

typedef struct o_dict {
    tpy_object ob;
    size_t used, version;
    void *keys, *values;
} o_dict;

static tpy_obj_type float_type = {
    .name = "float", .basic_size = sizeof(o_float), .freelist_cap = TPY_OBJ_FREELIST_FLOAT,
};
static tpy_obj_type tuple_type = {
    .name = "tuple", .basic_size = sizeof(o_tuple), .item_size = sizeof(tpy_object *),
    .flags = TPY_OBJ_CONTAINER, .freelist_cap = TPY_OBJ_FREELIST_TUPLE,
};
static tpy_obj_type list_type = {
    .name = "list", .basic_size = sizeof(o_list), .flags = TPY_OBJ_CONTAINER,
    .freelist_cap = TPY_OBJ_FREELIST_LIST,
};
static tpy_obj_type dict_type = {
    .name = "dict", .basic_size = sizeof(o_dict), .flags = TPY_OBJ_CONTAINER,
    .freelist_cap = TPY_OBJ_FREELIST_DICT,
};

typedef struct obj_case {
    const char *name;
    tpy_obj_type *type;  /* NULL: a mix of every type (churn) */
    size_t items;
    size_t live;         /* objects live at once; 1 = allocate, free, repeat */
} obj_case;

static const obj_case cases[] = {
    {"float one at a time", &float_type, 0, 1},
    {"float 64 live", &float_type, 0, 64},
    {"tuple(1) 64 live", &tuple_type, 1, 64},
    {"tuple(3) 64 live", &tuple_type, 3, 64},
    {"tuple(8) 64 live", &tuple_type, 8, 64},
    {"list 64 live", &list_type, 0, 64},
    {"dict 64 live", &dict_type, 0, 64},
    {"float 1000 live", &float_type, 0, 1000},
    {"mixed churn 100k", NULL, 0, 100000},
};
#define NCASES (sizeof cases / sizeof cases[0])

static tpy_object *make(tpy_obj_heap *h, tpy_obj_type *type, size_t items)
{
    tpy_object *o = items ? tpy_obj_new_var(h, type, items) : tpy_obj_new(h, type);
    if (o == NULL) {
        fprintf(stderr, "tierpy-bench: out of memory in the layer3 workload\n");
        exit(EXIT_CHECK_FAILED);
    }
    return o;
}

/* Batches: allocate `live` objects, free them newest first (as a loop's
 * temporaries die). Returns the ops done. */
static size_t run_batches(tpy_obj_heap *h, const obj_case *c, size_t ops, tpy_object **slots)
{
    size_t rounds = ops / c->live + 1;
    for (size_t r = 0; r < rounds; r++) {
        for (size_t i = 0; i < c->live; i++)
            slots[i] = make(h, c->type, c->items);
        for (size_t i = c->live; i-- > 0;)
            tpy_obj_free(h, slots[i]);
    }
    return rounds * c->live;
}

/* The kind of object a churn step makes: 40% floats, 35% tuples of 1..6,
 * 15% lists, 10% dicts. */
static tpy_object *make_mixed(tpy_obj_heap *h, uint32_t x)
{
    unsigned k = x % 100;
    if (k < 40)
        return make(h, &float_type, 0);
    if (k < 75)
        return make(h, &tuple_type, 1 + (x >> 8) % 6);
    return make(h, k < 90 ? &list_type : &dict_type, 0);
}

static uint32_t step_rng(uint32_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    return *x;
}

/* A working set of c->live mixed objects; each op frees a random one and
 * makes its replacement. Building and dropping the set is not timed. */
static size_t run_churn(tpy_obj_heap *h, const obj_case *c, size_t ops, tpy_object **slots,
                        double *ns)
{
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < c->live; i++)
        slots[i] = make_mixed(h, step_rng(&x));
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t k = 0; k < ops; k++) {
        size_t i = step_rng(&x) % c->live;
        tpy_obj_free(h, slots[i]);
        slots[i] = make_mixed(h, step_rng(&x));
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    for (size_t i = 0; i < c->live; i++)
        tpy_obj_free(h, slots[i]);
    *ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
    return ops;
}

typedef struct heap_pair {
    tpy_obj_heap *heap;
    tpy_mem_allocator *mem;
} heap_pair;

static int heap_open(const tier_config *tc, heap_pair *hp)
{
    char err[200];
    hp->mem = tpy_mem_allocator_new(tc->backend, err, sizeof err);
    if (hp->mem == NULL) {
        fprintf(stderr, "tierpy-bench: layer1 backend %s: %s\n", tc->backend, err);
        return -1;
    }
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cfg.use_pool = tc->layer2;
    cfg.freelists = tc->freelists;
    cfg.mem = hp->mem;
    hp->heap = tpy_obj_heap_new(&cfg);
    if (hp->heap == NULL) {
        tpy_mem_allocator_delete(hp->mem);
        return -1;
    }
    return 0;
}

static void heap_close(heap_pair *hp)
{
    tpy_obj_heap_delete(hp->heap);
    tpy_mem_allocator_delete(hp->mem);
}

/* ns/op of one case in one configuration, in a fresh heap: a warm-up
 * tenth fills the pool and the free lists first. */
static double time_case(const obj_case *c, const tier_config *tc, size_t ops, tpy_object **slots)
{
    heap_pair hp;
    if (heap_open(tc, &hp) < 0)
        return NAN;
    double ns = 0;
    size_t done;
    if (c->type == NULL) {
        done = run_churn(hp.heap, c, ops, slots, &ns);
    } else {
        run_batches(hp.heap, c, ops / 10, slots);
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        done = run_batches(hp.heap, c, ops, slots);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
    }
    heap_close(&hp);
    return ns / (double)done;
}

void layer3_run(const bench_opts *o, result_set *rs)
{
    tier_config tc[SWEEP_MAX_CONFIGS];
    size_t nc = sweep_configs(&o->sweep, tc);
    size_t ops = o->quick ? 100000 : 2000000;
    tpy_object **slots = malloc(100000 * sizeof *slots);
    if (slots == NULL)
        return;
    int rounds = o->warmup + o->reps;
    progress_start("layer3", (size_t)rounds * NCASES * nc);
    size_t step = 0;
    for (int r = 0; r < rounds; r++)
        for (size_t k = 0; k < NCASES; k++)
            for (size_t i = 0; i < nc; i++, step++) {
                progress_step(step, cases[k].name);
                double v = time_case(&cases[k], &tc[i], ops, slots);
                result *res = results_get(rs, "layer3", cases[k].name, tc[i].name, "ns_per_op", "ns");
                if (!isfinite(v))
                    result_fail(res, "cannot make a heap for %s", tc[i].name);
                else if (r >= o->warmup)
                    result_add(res, v);
            }
    progress_end();
    free(slots);
}

/* "what turning a tier off costs": median with axis flipped over median
 * in the reference configuration (the first of the matrix). */
static void cost_cell(table *t, const result_set *rs, const char *bench, const tier_config *tc,
                      size_t nc, sweep_axis axis)
{
    const tier_config *other = sweep_flip(tc, nc, &tc[0], axis);
    double a = other ? results_median(rs, "layer3", bench, other->name, "ns_per_op") : NAN;
    double b = results_median(rs, "layer3", bench, tc[0].name, "ns_per_op");
    table_cell(t, isfinite(a / b) ? "%.2fx" : "-", a / b);
}

void layer3_report(const bench_opts *o, const result_set *rs, FILE *out)
{
    tier_config tc[SWEEP_MAX_CONFIGS];
    size_t nc = sweep_configs(&o->sweep, tc);
    size_t ncost = 0;
    for (int a = 0; a < SWEEP_AXES; a++)
        ncost += sweep_flip(tc, nc, &tc[0], (sweep_axis)a) != NULL;
    char title[300];
    snprintf(title, sizeof title,
             "layer3: allocate + free, ns per op (median ±MAD of %d, %s ops per case);\n"
             "last columns: time with one tier switched, over the time in %s", o->reps,
             o->quick ? "100k" : "2M", tc[0].name);
    table t;
    table_init(&t, title, 1 + nc + ncost);
    table_cell(&t, "case");
    for (size_t i = 0; i < nc; i++)
        table_cell(&t, "%s", tc[i].name);
    static const char *const switched[] = {"other backend", "layer2 switched", "fl switched"};
    for (int a = 0; a < SWEEP_AXES; a++)
        if (sweep_flip(tc, nc, &tc[0], (sweep_axis)a))
            table_cell(&t, "%s", switched[a]);
    table_row(&t);
    for (size_t k = 0; k < NCASES; k++) {
        table_cell(&t, "%s", cases[k].name);
        for (size_t i = 0; i < nc; i++) {
            const result *r = results_find(rs, "layer3", cases[k].name, tc[i].name, "ns_per_op");
            table_cell_summary(&t, r && !r->error ? &r->s : NULL, 2);
        }
        for (int a = 0; a < SWEEP_AXES; a++)
            if (sweep_flip(tc, nc, &tc[0], (sweep_axis)a))
                cost_cell(&t, rs, cases[k].name, tc, nc, (sweep_axis)a);
        table_row(&t);
    }
    table_print(&t, out);
    table_free(&t);
}

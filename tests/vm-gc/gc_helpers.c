/* tests/vm-gc: shared helpers (see gc_helpers.h). */
#include "gc_helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

/* Every builtin type registered in the heap first: a type's first use
 * takes a layer1 block for its slot, which is bookkeeping, not a leak. */
static void register_types(void)
{
    for (size_t i = 0; i < tpy_builtin_count(); i++)
        cr_assert_eq(tpy_obj_type_register(vm->heap, &tpy_builtin_at(i)->layout), 0);
    cr_assert_eq(tpy_obj_type_register(vm->heap, &g_fin_type.layout), 0);
}

static void dump_types(const char *when)
{
    if (!getenv("TIERPY_GC_TEST_DUMP"))
        return;
    tpy_obj_type_stats_t ts[256];
    size_t n = tpy_obj_stats(vm->heap, &(tpy_obj_stats_t){0}, ts, 256);
    for (size_t i = 0; i < n && i < 256; i++)
        if (ts[i].live)
            fprintf(stderr, "%s %s %zu\n", when, ts[i].name, ts[i].live);
}

/* The names the tests use as dict keys or method names are interned,
 * and the VM's table keeps interned strs: intern them before counting. */
static void intern_names(void)
{
    static const char *const names[] = {"a", "d", "list", "self", "view", "values", "clear",
                                        "add", NULL};
    for (size_t i = 0; names[i]; i++)
        t_keep(tpy_str_intern_c(vm, names[i]));
}

tiers g_tiers(void)
{
    register_types();
    intern_names();
    tpy_obj_heap_clear_freelists(vm->heap);
    dump_types("tiers");
    tiers t = {0, 0, 0};
    tpy_obj_stats_t os;
    tpy_obj_stats(vm->heap, &os, NULL, 0);
    t.objects = os.live;
    size_t arenas = 0;
    tpy_pool *pool = tpy_obj_heap_pool(vm->heap);
    if (pool) {
        tpy_pool_stats_t ps;
        tpy_pool_stats(pool, &ps);
        t.pool_blocks = ps.small_blocks_live + ps.large_blocks_live;
        arenas = ps.arenas_live;
    }
    /* Each of layer2's arenas has a descriptor block in layer1, and layer2
     * may keep an empty arena cached: those are layer2's, counted apart. */
    tpy_mem_stats_t ms;
    tpy_mem_stats(t_mem(), &ms);
    t.mem_blocks = ms.blocks_live - arenas;
    return t;
}

void g_assert_tiers(tiers before)
{
    tiers now = g_tiers();
    cr_assert_eq(now.objects, before.objects, "layer3 objects: %zu live, %zu before", now.objects,
                 before.objects);
    cr_assert_eq(now.pool_blocks, before.pool_blocks, "layer2 blocks: %zu live, %zu before",
                 now.pool_blocks, before.pool_blocks);
    cr_assert_eq(now.mem_blocks, before.mem_blocks, "layer1 blocks: %zu live, %zu before",
                 now.mem_blocks, before.mem_blocks);
}

size_t g_live(void)
{
    tpy_obj_stats_t os;
    tpy_obj_stats(vm->heap, &os, NULL, 0);
    return os.live;
}

tpy_object *g_list1(tpy_object *item)
{
    tpy_object *l = tpy_list_new(vm, 0);
    cr_assert_not_null(l);
    cr_assert_eq(tpy_list_append(vm, l, item), 0);
    return l;
}

/* ---- the finalizable test type ------------------------------------------------------------ */

int g_finalized;
tpy_object *g_saved;

void g_fin_reset(void)
{
    g_finalized = 0;
    g_saved = t_keep(tpy_list_new(vm, 0));
}

tpy_object *g_fin_new(void)
{
    tpy_object *o = tpy_alloc(vm, &g_fin_type);
    cr_assert_not_null(o);
    return o;
}

static void fin_finalize(tpy_vm *v, tpy_object *o)
{
    g_finalized++;
    if (((gfin *)o)->resurrect)
        tpy_list_append(v, g_saved, tpy_newref(o));
}

static int fin_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    gfin *f = (gfin *)o;
    int r = f->a ? visit(f->a, arg) : 0;
    return r ? r : f->b ? visit(f->b, arg) : 0;
}

static void fin_clear(tpy_obj_heap *heap, tpy_object *o)
{
    gfin *f = (gfin *)o;
    tpy_object *a = f->a, *b = f->b;
    f->a = f->b = NULL;
    tpy_xdecref_heap(heap, a);
    tpy_xdecref_heap(heap, b);
}

/* The runtime's pattern for an instance with __del__ dying by reference
 * counting: resurrect for the call, and stay alive if the finalizer kept
 * a reference. */
static void fin_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    o->refcnt = 1;
    tpy_gc_call_finalizer(vm, o);
    if (--o->refcnt > 0) {
        tpy_gc_track(vm, o);
        return;
    }
    fin_clear(heap, o);
    tpy_obj_free(heap, o);
}

tpy_type g_fin_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "Fin", .basic_size = sizeof(gfin), .flags = TPY_OBJ_CONTAINER,
               .destroy = fin_destroy, .traverse = fin_traverse, .clear = fin_clear},
    .name = "Fin",
    .repr = tpy_object_repr_default,
    .finalize = fin_finalize,
};

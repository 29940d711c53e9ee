/* vm/gc/gc_objects.c: looking at the tracked objects from a program:
 * gc.get_objects, gc.get_referrers, gc.get_referents.
 *
 * Each builds its result list first into a C array and only then into a
 * list object, so that the list itself (a new container, linked into
 * generation 0) never shows up in what is being walked. */
#include "error.h"
#include "gc_internal.h"
#include "refcount.h"
#include "types.h"

/* A growable array of borrowed references. */
typedef struct objvec {
    tpy_vm *vm;
    tpy_object **items;
    size_t n, cap;
} objvec;

static int vec_push(objvec *v, tpy_object *o)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? 2 * v->cap : 64;
        tpy_object **items = tpy_vm_realloc(v->vm, v->items, cap * sizeof *items);
        if (!items)
            return -1;
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = o;
    return 0;
}

/* The list of the vector's objects (new references); the vector is freed. */
static tpy_object *vec_to_list(objvec *v, int status)
{
    tpy_object *list = status < 0 ? NULL : tpy_list_new(v->vm, v->n);
    for (size_t i = 0; list && i < v->n; i++)
        ((tpy_list *)list)->items[i] = tpy_newref(v->items[i]);
    tpy_vm_free(v->vm, v->items);
    return list;
}

static int push_list(objvec *v, tpy_gc_head *list)
{
    for (tpy_gc_head *g = tpy_gc_next(list); g != list; g = tpy_gc_next(g))
        if (vec_push(v, TPY_GC_OBJ(g)) < 0)
            return -1;
    return 0;
}

tpy_object *tpy_gc_get_objects(tpy_vm *vm, int generation)
{
    if (generation >= TPY_GC_GENERATIONS) {
        tpy_err_format(vm, &tpy_exc_ValueError, "generation parameter must be less than the "
                       "number of available generations (%d)", TPY_GC_GENERATIONS);
        return NULL;
    }
    if (generation < -1) {
        tpy_err_set(vm, &tpy_exc_ValueError, "generation parameter cannot be negative");
        return NULL;
    }
    tpy_gc_generation *gens = tpy_obj_heap_gc(vm->heap);
    objvec v = {vm, NULL, 0, 0};
    int r = 0;
    for (int i = 0; i < TPY_GC_GENERATIONS && r == 0; i++)
        if (generation < 0 || generation == i)
            r = push_list(&v, &gens[i].head);
    return vec_to_list(&v, r);
}

/* ---- referrers ---------------------------------------------------------------------------- */

typedef struct referrer_search {
    tpy_object *const *targets;
    size_t n;
} referrer_search;

static int visit_is_target(tpy_object *o, void *arg)
{
    referrer_search *s = arg;
    for (size_t i = 0; i < s->n; i++)
        if (s->targets[i] == o)
            return 1;   /* stops the traversal */
    return 0;
}

static int push_referrers(objvec *v, tpy_gc_head *list, referrer_search *s)
{
    for (tpy_gc_head *g = tpy_gc_next(list); g != list; g = tpy_gc_next(g)) {
        tpy_object *o = TPY_GC_OBJ(g);
        if (o->type->traverse && o->type->traverse(o, visit_is_target, s) && vec_push(v, o) < 0)
            return -1;
    }
    return 0;
}

tpy_object *tpy_gc_get_referrers(tpy_vm *vm, tpy_object *const *objs, size_t n)
{
    tpy_gc_generation *gens = tpy_obj_heap_gc(vm->heap);
    referrer_search s = {objs, n};
    objvec v = {vm, NULL, 0, 0};
    int r = 0;
    for (int i = 0; i < TPY_GC_GENERATIONS && r == 0; i++)
        r = push_referrers(&v, &gens[i].head, &s);
    return vec_to_list(&v, r);
}

/* ---- referents ------------------------------------------------------------------------------ */

static int visit_push(tpy_object *o, void *arg)
{
    return vec_push(arg, o) < 0 ? -1 : 0;
}

tpy_object *tpy_gc_get_referents(tpy_vm *vm, tpy_object *const *objs, size_t n)
{
    objvec v = {vm, NULL, 0, 0};
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) {
        tpy_object *o = objs[i];
        if ((o->type->flags & TPY_OBJ_CONTAINER) && o->type->traverse)
            r = o->type->traverse(o, visit_push, &v);
    }
    return vec_to_list(&v, r);
}

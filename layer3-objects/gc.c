/* layer3-objects/gc.c: the generation lists a heap keeps for the VM's
 * collector.
 *
 * Invariant: a container is on exactly one generation list (or on one of
 * the collector's own lists during a collection) from its allocation until
 * it is freed or the VM untracks it; an untracked container has next == 0.
 * Layer3 links new containers into generation 0 and unlinks them when they
 * are freed; everything else about the lists is the collector's. */
#include "obj_internal.h"

void tpy_obj_gens_init(tpy_obj_heap *h)
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        tpy_gc_list_init(&h->gens[i].head);
        h->gens[i].count = 0;
    }
}

tpy_gc_generation *tpy_obj_heap_gc(tpy_obj_heap *heap)
{
    return heap->gens;
}

void tpy_obj_gc_track(tpy_obj_heap *heap, tpy_object *o)
{
    if (!(o->type->flags & TPY_OBJ_CONTAINER) || tpy_gc_is_tracked(o) ||
        tpy_obj_is_immortal(o))
        return;
    tpy_gc_list_append(TPY_GC_HEAD(o), &heap->gens[0].head);
}

void tpy_obj_gc_untrack(tpy_object *o)
{
    if ((o->type->flags & TPY_OBJ_CONTAINER) && tpy_gc_is_tracked(o))
        tpy_gc_list_remove(TPY_GC_HEAD(o));
}

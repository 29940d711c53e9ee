/* vm/gc/traverse.h: the collector's walk over one container's references,
 * specialised for the containers that fill a heap.
 *
 * A type's traverse hook calls a visit function through a pointer for
 * each reference; in the collector's two hot loops (subtracting internal
 * references, marking the reachable) that call costs more than the work
 * it does. tpy_gc_traverse is inline: lists, tuples, dicts and instances
 * of classes based on `object` are walked by loops that the compiler
 * specialises to the caller's (constant, inline) visit function; every
 * other type goes through its hook. The containers visited, in order,
 * are exactly the hooks' (list.c, tuple.c, dict.c, heaptype.h), so both
 * paths see the same graph; only references that cannot matter to the
 * collector (a dict's str keys) may be skipped. */
#ifndef TIERPY_VM_GC_TRAVERSE_H
#define TIERPY_VM_GC_TRAVERSE_H

#include "gc_internal.h"
#include "heaptype.h"
#include "types.h"

__attribute__((always_inline))
static inline void tpy_gc_visit_array(tpy_object *const *items, intptr_t n,
                                      tpy_obj_visit_fn visit, void *arg)
{
    for (intptr_t i = 0; i < n; i++)
        if (items[i])
            visit(items[i], arg);
}

/* Visit every reference `o` (a tracked container) holds; the visit
 * function's result is ignored (the collector's never stop early). */
__attribute__((always_inline))
static inline void tpy_gc_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    const tpy_obj_type *l = o->type;
    if (l == &tpy_list_type.layout) {
        tpy_gc_visit_array(((tpy_list *)o)->items, ((tpy_list *)o)->size, visit, arg);
    } else if (l == &tpy_tuple_type.layout) {
        tpy_gc_visit_array(((tpy_tuple *)o)->items, tpy_tuple_len(o), visit, arg);
    } else if (l == &tpy_dict_type.layout) {
        tpy_dict_visit_entries(o, visit, arg);
    } else if (l->traverse == tpy_instance_traverse) {
        const tpy_type *t = tpy_type_of(o);
        const tpy_heaptype *h = (const tpy_heaptype *)t;
        if (tpy_is_heaptype(t) && !h->solid->layout.traverse)
            tpy_instance_visit_fields(o, h, visit, arg);
        else
            l->traverse(o, visit, arg);
    } else if (l->traverse) {
        /* A container without a traverse hook hides its references: its
         * referents keep counts from outside and stay alive (safe, not exact). */
        l->traverse(o, visit, arg);
    }
}

/* The GC head of `o` if it is a member of the set being collected
 * (COLLECTING set), else NULL. The immortal test comes first: static
 * containers have no head in front of them. */
static inline tpy_gc_head *tpy_gc_collecting_head(const tpy_object *o)
{
    if (!(o->type->flags & TPY_OBJ_CONTAINER) || tpy_obj_is_immortal(o))
        return NULL;
    tpy_gc_head *g = TPY_GC_HEAD(o);
    return (g->prev & TPY_GC_PREV_COLLECTING) ? g : NULL;
}

#endif

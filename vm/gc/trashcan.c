/* vm/gc/trashcan.c: where reference counting's destruction path goes,
 * bounded in C stack depth (CPython's "trashcan").
 *
 * Destroying a list drops its items' counts; an item reaching zero is
 * destroyed from inside that destroy, and so on down a chain: a million
 * nested lists would be a million nested C frames. Instead, a container
 * whose destruction would nest deeper than TPY_TRASH_DEPTH is put on a
 * deferred list (linked through its GC head, which it no longer needs)
 * and destroyed when the outermost destruction returns, at depth 1 again.
 *
 *   depth:   1 list0.destroy ─► 2 list1.destroy ─► ... ─► 50 list49.destroy
 *                                                             └► list50: deferred
 *   back at depth 0: pop list50, destroy it (depth 1) ─► ... ─► list100 deferred ...
 *
 * Invariant: outside a destruction (depth 0) the deferred list is empty,
 * so the state is per thread (one VM runs on a thread at a time, and all
 * objects of a destruction chain belong to the heap it started in).
 */
#include <assert.h>

#include "gc_internal.h"
#include "heaptype.h"
#include "refcount.h"

/* CPython's PyTrash_UNWIND_LEVEL. A level costs a few frames of a destroy
 * hook, a clear loop and this function: a few KiB of stack in all. */
#define TPY_TRASH_DEPTH 50

typedef struct trash_state {
    int depth;
    tpy_gc_head *later;   /* deferred objects' heads, linked through prev */
} trash_state;

#if defined(__GNUC__) && !defined(__PIC__)
static _Thread_local trash_state trash __attribute__((tls_model("initial-exec")));
#else
static _Thread_local trash_state trash;
#endif

/* The deferred object keeps its FINALIZED bit ((I3)); the rest of prev
 * links the list. It is untracked (next == 0), so no list sees prev. */
static void defer(tpy_gc_head *g)
{
    g->prev = (uintptr_t)trash.later | (g->prev & TPY_GC_PREV_FINALIZED);
    trash.later = g;
}

static tpy_gc_head *pop_deferred(void)
{
    tpy_gc_head *g = trash.later;
    trash.later = (tpy_gc_head *)(g->prev & TPY_GC_PREV_MASK);
    g->prev &= TPY_GC_PREV_FINALIZED;
    return g;
}

static void destroy_deferred(tpy_obj_heap *heap)
{
    trash.depth = 1;   /* what they destroy nests from here, and defers in turn */
    while (trash.later)
        tpy_obj_dealloc(heap, TPY_GC_OBJ(pop_deferred()));
    trash.depth = 0;
}

/* Weak references go first, as in CPython's PyObject_ClearWeakRefs: no
 * callback may find the object half destroyed. The exception is CPython's
 * too: an instance of a class with __del__ runs it first, while its weak
 * references still work, and its destroy hook clears them afterwards
 * unless __del__ resurrected it (heaptype.c, inst_destroy). */
static inline bool has_weakrefs(const tpy_object *o)
{
    size_t off = tpy_type_of(o)->weaklist_offset;
    return off && *(tpy_object *const *)((const char *)o + off) != NULL;
}

/* A container's death (see the top of this file). Out of line, so that
 * tpy_dealloc's path for other objects needs no stack frame. */
static __attribute__((noinline)) void dealloc_container(tpy_obj_heap *heap, tpy_object *o)
{
    /* A dying object leaves the collector's sight before its destroy hook
     * runs ((I2) relies on tracked objects having counts above zero). */
    tpy_gc_head *g = TPY_GC_HEAD(o);
    if (g->next != 0)
        tpy_gc_list_remove(g);
    if (trash.depth >= TPY_TRASH_DEPTH) {
        defer(g);
        return;
    }
    trash.depth++;
    tpy_obj_dealloc(heap, o);
    if (--trash.depth == 0 && trash.later)
        destroy_deferred(heap);
}

/* Both paths of a death once weak references are dealt with; every call
 * is a tail call. */
static inline void dealloc_now(tpy_obj_heap *heap, tpy_object *o)
{
    if (!(o->type->flags & TPY_OBJ_CONTAINER))
        tpy_obj_dealloc(heap, o);   /* holds no containers: nests no further */
    else
        dealloc_container(heap, o);
}

/* An object with weak references to it: they go first (see has_weakrefs). */
static __attribute__((noinline, cold)) void dealloc_weakly_referenced(tpy_obj_heap *heap,
                                                                      tpy_object *o)
{
    if (!tpy_instance_has_del(tpy_type_of(o)))
        tpy_gc_weakrefs_dying(heap, o);
    dealloc_now(heap, o);
}

void tpy_dealloc(tpy_obj_heap *heap, tpy_object *o)
{
    if (__builtin_expect(has_weakrefs(o), 0))
        dealloc_weakly_referenced(heap, o);
    else
        dealloc_now(heap, o);
}

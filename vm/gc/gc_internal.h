/* vm/gc/gc_internal.h: the collector's state and what its files share.
 *
 *   tpy_vm ── gc ──► tpy_gc
 *                    ├── enabled, collecting, debug flags
 *                    ├── threshold[3]           (700, 10, 10)
 *                    ├── long_lived_total / _pending   CPython's full-collection rule
 *                    ├── permanent              gc.freeze()'s list (a sentinel)
 *                    ├── garbage, callbacks     gc.garbage, gc.callbacks (lists, owned)
 *                    └── stats[3]               per generation, for get_stats and -X gcstats
 *
 *   layer3 heap ── gens[3] ──► the generation lists and their counts
 *
 * The generation lists themselves are layer3's (every container is linked
 * into generation 0 at birth, unlinked when freed); generation 0's count
 * is kept by layer3 (allocations minus frees), the older counts by the
 * collector (collections of the next younger generation).
 *
 * The collector's invariants, kept by collect.c:
 *  (I1) Outside a collection, a tracked container's GC head holds a valid
 *       prev pointer with at most the FINALIZED bit, and next has no
 *       UNREACHABLE bit.
 *  (I2) COLLECTING is set exactly on the members of the set being
 *       examined (a full collection's one counting pass sets it on each
 *       member as it first meets it: there the members are exactly the
 *       tracked containers); between update_refs and the end of
 *       move_unreachable their prev bits hold the copied count, not a
 *       pointer, so nothing may allocate, free, track or untrack a
 *       container, or run Python code, in that window (the collector's
 *       own untracking in move_unreachable unlinks only what its walk
 *       has relinked, see untrack.c).
 *  (I3) FINALIZED is never cleared while the object lives: a finalizer
 *       runs at most once per object (PEP 442).
 */
#ifndef TIERPY_VM_GC_INTERNAL_H
#define TIERPY_VM_GC_INTERNAL_H

#include "gc.h"
#include "vm.h"

struct tpy_gc {
    tpy_gc_trigger trigger;     /* first: the eval loop reads it (tpy_gc_due) */
    bool enabled;
    bool collecting;            /* a collection runs: nested requests are no-ops */
    unsigned debug;             /* TPY_GC_DEBUG_* */
    int threshold[TPY_GC_GENERATIONS];
    /* Objects that survived a full collection, and objects promoted into
     * the oldest generation since: a full collection runs only when the
     * second exceeds a quarter of the first. */
    intptr_t long_lived_total, long_lived_pending;
    tpy_gc_head permanent;      /* gc.freeze(): never examined */
    tpy_object *garbage;        /* list */
    tpy_object *callbacks;      /* list */
    tpy_gc_gen_stats stats[TPY_GC_GENERATIONS];
    tpy_gc_observer observer;   /* the embedder's C hook, or NULL */
    void *observer_ctx;
};

/* The GC head of `o` if it is a container that may be on a list (not
 * immortal: static objects have no head in front of them), else NULL. */
static inline tpy_gc_head *tpy_gc_head_of(const tpy_object *o)
{
    if (!(o->type->flags & TPY_OBJ_CONTAINER) || tpy_obj_is_immortal(o))
        return NULL;
    return TPY_GC_HEAD(o);
}

/* The GC head of `o` if it is a tracked container, else NULL. */
static inline tpy_gc_head *tpy_gc_tracked_head(const tpy_object *o)
{
    tpy_gc_head *g = tpy_gc_head_of(o);
    return g && g->next != 0 ? g : NULL;
}

static inline bool tpy_gc_is_collecting(const tpy_gc_head *g)
{
    return (g->prev & TPY_GC_PREV_COLLECTING) != 0;
}

/* gcstate.c: recompute trigger.limit after enabled/threshold changed. */
void tpy_gc_update_trigger(tpy_vm *vm);

/* collect.c: one collection of `generation`, the caller having set
 * `collecting`; returns the unreachable objects found. */
intptr_t tpy_gc_collect_main(tpy_vm *vm, int generation);
/* Clear UNREACHABLE and COLLECTING on every member of `list` ((I1) and
 * (I2) end); returns how many members it has. */
size_t tpy_gc_clear_collecting(tpy_gc_head *list);

/* collect.c: member `g` of the set being walked (young) is reachable. */
void tpy_gc_mark_reachable(tpy_gc_head *g, tpy_gc_head *young);

/* untrack.c: true if survivor `o` can never be in a cycle (an atomic
 * tuple; an atomic exact dict too when `dicts`), for move_unreachable to
 * untrack it; may untrack item tuples, or make the ones the walk has not
 * kept due to leave (marked reachable, refs TPY_GC_REFS_UNTRACK). */
bool tpy_gc_survivor_is_atomic(const tpy_object *o, bool dicts, tpy_gc_head *young);
/* Above any count: a mortal object's count stays below 2^61. */
#define TPY_GC_REFS_UNTRACK ((intptr_t)(UINTPTR_MAX >> TPY_GC_PREV_SHIFT))

/* finalize.c: the unreachable set's weak references, then finalizers. */
/* What tpy_gc_handle_weakrefs learnt on its passes over the garbage. */
typedef struct tpy_gc_garbage_info {
    size_t size;          /* objects in the garbage */
    bool finalizers;      /* some object has a finalizer still to run */
    bool callbacks_ran;   /* a weak reference callback ran (Python code) */
} tpy_gc_garbage_info;
/* finalize.c: step 5's weak references, in two passes over the garbage
 * that also end its UNREACHABLE and COLLECTING bits and fill `info`. */
void tpy_gc_handle_weakrefs(tpy_vm *vm, tpy_gc_head *unreachable, tpy_gc_garbage_info *info);
/* Returns the number of finalizers called. */
size_t tpy_gc_finalize_garbage(tpy_vm *vm, tpy_gc_head *unreachable);

/* gcstats.c */
uint64_t tpy_gc_now_ns(void);
void tpy_gc_record_pause(tpy_gc_gen_stats *s, uint64_t ns);
void tpy_gc_debug_start(tpy_vm *vm, int generation);
void tpy_gc_debug_done(tpy_vm *vm, intptr_t collected, uint64_t ns);
void tpy_gc_debug_object(tpy_vm *vm, const char *what, tpy_object *o);

#endif

/* vm/gc/collect.c: one collection, step by step (drawn in docs/gc.md).
 *
 *   young = generation g with the younger ones merged in
 *   1 update_refs      every member: COLLECTING, refs = its reference count
 *   2 subtract_refs    every member's traverse: refs -= 1 per reference from inside
 *                      -> refs > 0: referenced from outside the set
 *   3 move_unreachable walk young; refs > 0: reachable, and so is all it refers to
 *                      (moved back from `unreachable` if already put there); refs == 0:
 *                      tentatively unreachable. What is left in `unreachable` at the
 *                      end of the walk is garbage.
 *   4 untrack tuples of atomic items (and, in a full collection, dicts),
 *     promote the survivors to g + 1
 *   (a full collection with nothing frozen does 1 and 2 in one pass, and
 *   the walk of 3 does 4's untracking: two passes over a heap larger than
 *   the cache, not four, each fetching every object's lines again)
 *   5 weak references to the garbage cleared (callbacks run), finalizers run once
 *   6 1-3 again on the garbage: what a finalizer resurrected survives (skipped
 *     when no callback and no finalizer ran: then no Python code could)
 *   7 clear hooks break the cycles; reference counting frees the memory
 *
 * The walk of step 3 is iterative: a reachable object's referents are
 * appended to the list being walked, never explored by recursion, so the
 * depth of a structure costs no C stack.
 */
#include <assert.h>

#include "error.h"
#include "gc_internal.h"
#include "refcount.h"
#include "traverse.h"
#include "types.h"

/* ---- steps 1-3: which members are unreachable ------------------------------------------- */

/* (I2) begins for `g`: prev holds the count. A tracked object's count is
 * never 0: tpy_dealloc untracks an object before its destroy hook runs. */
static inline void start_collecting(tpy_gc_head *g)
{
    const tpy_object *o = TPY_GC_OBJ(g);
    assert(o->refcnt > 0);
    g->prev = (g->prev & TPY_GC_PREV_FINALIZED) | TPY_GC_PREV_COLLECTING |
              ((uintptr_t)o->refcnt << TPY_GC_PREV_SHIFT);
}

/* Step 1. */
static size_t update_refs(tpy_gc_head *set)
{
    size_t n = 0;
    for (tpy_gc_head *g = tpy_gc_next(set); g != set; g = tpy_gc_next(g)) {
        start_collecting(g);
        n++;
    }
    return n;
}

/* Inline into tpy_gc_traverse's loops (traverse.h). */
static inline int visit_decref(tpy_object *o, void *arg)
{
    (void)arg;
    tpy_gc_head *g = tpy_gc_collecting_head(o);
    if (g)
        tpy_gc_decref(g);
    return 0;
}

/* Step 2: afterwards refs counts only the references from outside. */
static void subtract_refs(tpy_gc_head *set)
{
    for (tpy_gc_head *g = tpy_gc_next(set); g != set; g = tpy_gc_next(g))
        tpy_gc_traverse(TPY_GC_OBJ(g), visit_decref, NULL);
}

/* A member reached first as a referent starts collecting there. */
static inline int visit_start_decref(tpy_object *o, void *arg)
{
    (void)arg;
    tpy_gc_head *g = tpy_gc_tracked_head(o);
    if (!g)
        return 0;
    if (!tpy_gc_is_collecting(g))
        start_collecting(g);
    tpy_gc_decref(g);
    return 0;
}

/* Steps 1 and 2 in one pass, for a set that holds every tracked
 * container of the heap (a full collection with nothing frozen; VMs
 * share no objects): there a referent is a member exactly when it is
 * tracked, so COLLECTING need not be set ahead. Each member starts when the pass first meets it, as
 * a referent or under the cursor; a pass less over the whole heap, whose
 * lines a large heap has to fetch again each time. (I2) holds from the
 * end of the pass. */
static size_t update_subtract_refs(tpy_gc_head *set)
{
    size_t n = 0;
    for (tpy_gc_head *g = tpy_gc_next(set); g != set; g = tpy_gc_next(g)) {
        if (!tpy_gc_is_collecting(g))
            start_collecting(g);
        tpy_gc_traverse(TPY_GC_OBJ(g), visit_start_decref, NULL);
        n++;
    }
    return n;
}

/* Link `g` at the tail of `unreachable`, every next there carrying the
 * UNREACHABLE bit so that visit_reachable knows where `g` is. `g` keeps
 * COLLECTING (and FINALIZED); its prev becomes a pointer again. */
static void append_unreachable(tpy_gc_head *g, tpy_gc_head *unreachable)
{
    tpy_gc_head *last = tpy_gc_prev(unreachable);
    last->next = (uintptr_t)g | TPY_GC_NEXT_UNREACHABLE;
    tpy_gc_set_prev(g, last);
    g->next = (uintptr_t)unreachable | TPY_GC_NEXT_UNREACHABLE;
    unreachable->prev = (uintptr_t)g;
}

static void unlink_unreachable(tpy_gc_head *g)
{
    tpy_gc_head *prev = tpy_gc_prev(g);
    tpy_gc_head *next = tpy_gc_next(g);
    prev->next = (uintptr_t)next | TPY_GC_NEXT_UNREACHABLE;
    tpy_gc_set_prev(next, prev);
}

/* Member `g` is reachable (the walk may not have reached it yet). */
static inline void mark_reachable(tpy_gc_head *g, tpy_gc_head *young)
{
    if (g->next & TPY_GC_NEXT_UNREACHABLE) {
        /* Judged unreachable too early: back to the tail of young, where
         * the walk will reach it again and mark what it refers to. */
        unlink_unreachable(g);
        tpy_gc_list_append(g, young);
        tpy_gc_set_refs(g, 1);
    } else if (tpy_gc_refs(g) == 0) {
        tpy_gc_set_refs(g, 1);   /* not walked yet: it will be found reachable */
    }
}

void tpy_gc_mark_reachable(tpy_gc_head *g, tpy_gc_head *young)
{
    mark_reachable(g, young);
}

/* A reachable object refers to `o`: if `o` is a member, it is reachable.
 * Already walked (COLLECTING cleared) or refs > 0: nothing to do. */
static inline int visit_reachable(tpy_object *o, void *arg)
{
    tpy_gc_head *g = tpy_gc_collecting_head(o);
    if (g)
        mark_reachable(g, arg);
    return 0;
}

/* The object kept last: `prev`, unless the untracking of g's item
 * tuples has unlinked it (next 0). An unlinked object's prev leads back
 * to the nearest one still listed before it: when it left, its prev was
 * that one; if that one has left since, its own prev leads on. */
static tpy_gc_head *last_kept(tpy_gc_head *prev)
{
    while (prev->next == 0)
        prev = tpy_gc_prev(prev);
    return prev;
}

/* What move_unreachable untracks of the survivors (step 4). */
typedef enum walk_untrack {
    UNTRACK_NONE,              /* step 6's second look at the garbage */
    UNTRACK_TUPLES,            /* a young collection */
    UNTRACK_TUPLES_AND_DICTS,  /* a full collection (see untrack.c) */
} walk_untrack;

/* Step 3, and step 4's untracking. Walking young in order, `prev` is
 * the last object kept; the prev fields behind it are pointers again,
 * those ahead still counts.
 * Invariant of the walk (a tricolour one): an object behind the cursor
 * that stayed in young has had all its referents marked (refs >= 1 or
 * moved back), so nothing kept refers to an object left in `unreachable`.
 * The survivors that can never be in a cycle leave the lists as the
 * cursor keeps them, saving a pass over the heap (untrack.c). Returns
 * how many stay in young. */
static size_t move_unreachable(tpy_gc_head *young, tpy_gc_head *unreachable,
                               walk_untrack untrack)
{
    size_t kept = 0;
    tpy_gc_head *prev = young;
    tpy_gc_head *g = tpy_gc_next(young);
    while (g != young) {
        if (tpy_gc_refs(g) > 0) {
            tpy_object *o = TPY_GC_OBJ(g);
            tpy_gc_traverse(o, visit_reachable, young);
            bool atomic = untrack != UNTRACK_NONE &&
                          tpy_gc_survivor_is_atomic(o, untrack == UNTRACK_TUPLES_AND_DICTS, young);
            /* (I1) again for g: a prev pointer, COLLECTING gone. */
            prev = last_kept(prev);
            g->prev = (uintptr_t)prev | (g->prev & TPY_GC_PREV_FINALIZED);
            if (atomic) {
                prev->next = g->next;
                g->next = 0;
            } else {
                prev = g;
                kept++;
            }
        } else {
            prev->next = g->next;
            append_unreachable(g, unreachable);
        }
        g = tpy_gc_next(prev);
    }
    young->prev = (uintptr_t)prev;
    return kept;
}

/* Steps 1-3 on `set`: its unreachable members move to `unreachable`
 * (still COLLECTING, so weak-reference clearing can tell them, and with
 * their UNREACHABLE bits, which the caller's next pass over them clears:
 * each pass over a large garbage list costs a cache miss per object);
 * the rest stay in `set` as ordinary list members, less the ones
 * `untrack` drops (move_unreachable); `*kept` gets their count.
 * `whole_heap`: `set` holds every tracked container (update_subtract_refs).
 * Returns the size of `set`. */
static size_t deduce_unreachable(tpy_gc_head *set, tpy_gc_head *unreachable, bool whole_heap,
                                 walk_untrack untrack, size_t *kept)
{
    size_t n;
    if (whole_heap) {
        n = update_subtract_refs(set);
    } else {
        n = update_refs(set);
        subtract_refs(set);
    }
    *kept = move_unreachable(set, unreachable, untrack);
    return n;
}

/* (I1) and (I2) end for the garbage: UNREACHABLE and COLLECTING cleared.
 * Returns the number of objects on `list`. */
size_t tpy_gc_clear_collecting(tpy_gc_head *list)
{
    size_t n = 0;
    list->next &= ~TPY_GC_NEXT_UNREACHABLE;
    for (tpy_gc_head *g = tpy_gc_next(list); g != list; g = tpy_gc_next(g)) {
        g->next &= ~TPY_GC_NEXT_UNREACHABLE;
        g->prev &= ~TPY_GC_PREV_COLLECTING;
        n++;
    }
    return n;
}

/* ---- step 4: promotion (the untracking is move_unreachable's) --------------------------- */

static void promote(struct tpy_gc *gc, int generation, tpy_gc_head *young, size_t nyoung,
                    tpy_gc_head *old)
{
    if (young != old) {
        if (generation == TPY_GC_GENERATIONS - 2)
            gc->long_lived_pending += (intptr_t)nyoung;
        tpy_gc_list_merge(young, old);
    } else {
        gc->long_lived_pending = 0;
        gc->long_lived_total = (intptr_t)nyoung;
    }
}

/* ---- steps 6-7: resurrection, then breaking the cycles ---------------------------------- */

/* Step 6: the finalizers may have made garbage reachable again (stored a
 * reference in a global, say). The same three steps on the garbage
 * alone: what is referenced from outside now survives, with what it
 * reaches, and joins the old generation; `still` gets the rest. */
static size_t handle_resurrected(tpy_gc_head *garbage, tpy_gc_head *still, tpy_gc_head *old)
{
    size_t kept;
    deduce_unreachable(garbage, still, false, UNTRACK_NONE, &kept);
    size_t n = tpy_gc_clear_collecting(still);
    tpy_gc_list_merge(garbage, old);
    return n;
}

/* Step 7. Each object is held while its clear hook runs, so it cannot be
 * freed under the hook; if it is still first in the list afterwards
 * (something outside keeps it, or it has no clear hook), it moves to the
 * old generation and a later collection looks again. */
static void delete_garbage(tpy_vm *vm, tpy_gc_head *garbage, tpy_gc_head *old)
{
    struct tpy_gc *gc = vm->gc;
    while (!tpy_gc_list_is_empty(garbage)) {
        tpy_gc_head *g = tpy_gc_next(garbage);
        tpy_object *o = TPY_GC_OBJ(g);
        if (gc->debug & TPY_GC_DEBUG_SAVEALL) {
            if (tpy_list_append(vm, gc->garbage, tpy_newref(o)) < 0)
                tpy_err_clear(vm);
            tpy_gc_list_move(g, old);
            continue;
        }
        tpy_incref(o);
        if (o->type->clear)
            o->type->clear(vm->heap, o);
        if (tpy_gc_next(garbage) == g)
            tpy_gc_list_move(g, old);
        tpy_decref(vm, o);
    }
}

/* ---- the whole collection ----------------------------------------------------------------- */

/* CPython's accounting: a collection of g counts as one for g + 1, and
 * resets the counts of g and the younger generations. */
static void bump_counts(tpy_gc_generation *gens, int generation)
{
    if (generation + 1 < TPY_GC_GENERATIONS)
        gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        gens[i].count = 0;
}

static void debug_collectable(tpy_vm *vm, tpy_gc_head *list)
{
    for (tpy_gc_head *g = tpy_gc_next(list); g != list; g = tpy_gc_next(g))
        tpy_gc_debug_object(vm, "collectable", TPY_GC_OBJ(g));
}

static void record(struct tpy_gc *gc, int generation, size_t examined, intptr_t collected,
                   uint64_t ns)
{
    tpy_gc_gen_stats *s = &gc->stats[generation];
    s->collections++;
    s->examined += examined;
    s->collected += (uint64_t)collected;
    tpy_gc_record_pause(s, ns);
}

intptr_t tpy_gc_collect_main(tpy_vm *vm, int generation)
{
    struct tpy_gc *gc = vm->gc;
    uint64_t t0 = tpy_gc_now_ns();
    if (gc->debug & TPY_GC_DEBUG_STATS)
        tpy_gc_debug_start(vm, generation);
    tpy_gc_generation *gens = tpy_obj_heap_gc(vm->heap);
    bump_counts(gens, generation);
    tpy_gc_head *young = &gens[generation].head;
    tpy_gc_head *old = generation + 1 < TPY_GC_GENERATIONS ? &gens[generation + 1].head : young;
    for (int i = 0; i < generation; i++)
        tpy_gc_list_merge(&gens[i].head, young);

    tpy_gc_head unreachable, still;
    tpy_gc_list_init(&unreachable);
    tpy_gc_list_init(&still);
    /* Every tracked container is in young when it is the oldest
     * generation and gc.freeze() has set none aside. */
    bool whole_heap = young == old && tpy_gc_list_is_empty(&gc->permanent);
    size_t nyoung;
    walk_untrack untrack = young == old ? UNTRACK_TUPLES_AND_DICTS : UNTRACK_TUPLES;
    size_t examined = deduce_unreachable(young, &unreachable, whole_heap, untrack, &nyoung);
    promote(gc, generation, young, nyoung, old);
    if (gc->debug & TPY_GC_DEBUG_COLLECTABLE)
        debug_collectable(vm, &unreachable);
    tpy_gc_garbage_info info;
    tpy_gc_handle_weakrefs(vm, &unreachable, &info);   /* ends COLLECTING on the garbage */
    bool ran = info.callbacks_ran;
    if (info.finalizers)
        ran |= tpy_gc_finalize_garbage(vm, &unreachable) > 0;
    size_t ncollected = info.size;
    if (ran) {
        ncollected = handle_resurrected(&unreachable, &still, old);
    } else {   /* no Python code ran since step 3: nothing can have been resurrected */
        tpy_gc_list_merge(&unreachable, &still);
    }
    intptr_t collected = (intptr_t)ncollected;
    delete_garbage(vm, &still, old);
    if (generation == TPY_GC_GENERATIONS - 1)
        tpy_obj_heap_clear_freelists(vm->heap);

    uint64_t ns = tpy_gc_now_ns() - t0;
    record(gc, generation, examined, collected, ns);
    if (gc->debug & TPY_GC_DEBUG_STATS)
        tpy_gc_debug_done(vm, collected, ns);
    return collected;
}

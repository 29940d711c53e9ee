/* vm/gc/gc.h: the cycle collector and the destruction path of reference
 * counting (see docs/gc.md).
 *
 * Reference counting frees what it can the moment a count reaches zero
 * (tpy_decref -> tpy_dealloc, with a deferred-destruction list so that a
 * million nested lists die without a million nested C frames). What it
 * cannot free, reference cycles, the collector finds: CPython's algorithm
 * over layer3's three generation lists (copy the counts into the GC heads,
 * subtract the references from inside the set, mark what stays above zero
 * and everything it reaches, the rest is garbage), then weak references,
 * finalizers (PEP 442, once per object, resurrection allowed) and the
 * containers' clear hooks break the cycles.
 *
 * Where a collection may run: tpy_gc_maybe_collect() and tpy_gc_collect()
 * only at a *safe point*, where every object the caller holds is fully
 * built (its traverse sees no half-written fields, a tuple has all its
 * items) and the caller is not inside layer3, a destroy hook, a traverse
 * or clear hook, or the collector. Natural points: right after the eval
 * loop stored a freshly built container in a register, at a backward jump,
 * at a call. A collection asked for while one runs (from a finalizer or a
 * callback) does nothing and returns 0.
 *
 * Conventions are object.h's: int results are >= 0 or -1 with the VM's
 * exception set; object results are new references or NULL with one set.
 */
#ifndef TIERPY_VM_GC_H
#define TIERPY_VM_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "object.h"

/* ---- statistics (-X gcstats) ------------------------------------------------------------ */

/* Pause histogram: bucket 0 counts pauses under 1 µs, bucket b >= 1 the
 * pauses of [2^(b-1), 2^b) µs; the last bucket also takes anything longer. */
#define TPY_GC_PAUSE_BUCKETS 24

typedef struct tpy_gc_gen_stats {
    uint64_t collections;    /* collections of this generation */
    uint64_t examined;       /* objects in the collected sets, summed */
    uint64_t collected;      /* unreachable objects found (freed, or saved by DEBUG_SAVEALL) */
    uint64_t uncollectable;  /* always 0: PEP 442 leaves none (tierpy has no legacy tp_del) */
    uint64_t pause_total_ns; /* time inside collections, callbacks excluded */
    uint64_t pause_max_ns;
    uint64_t pause_hist[TPY_GC_PAUSE_BUCKETS];
} tpy_gc_gen_stats;

typedef struct tpy_gc_stats {
    tpy_gc_gen_stats gen[TPY_GC_GENERATIONS];
} tpy_gc_stats;

/* ---- debug flags (gc.set_debug) --------------------------------------------------------- */
#define TPY_GC_DEBUG_STATS 1         /* print statistics at each collection */
#define TPY_GC_DEBUG_COLLECTABLE 2   /* print each collectable object found */
#define TPY_GC_DEBUG_UNCOLLECTABLE 4 /* accepted; tierpy finds none */
#define TPY_GC_DEBUG_SAVEALL 32      /* unreachable objects go to gc.garbage, not freed */
#define TPY_GC_DEBUG_LEAK (TPY_GC_DEBUG_COLLECTABLE | TPY_GC_DEBUG_UNCOLLECTABLE | \
                           TPY_GC_DEBUG_SAVEALL)

/* ---- life of the collector's state (vm.c calls these) ----------------------------------- */

/* Make vm->gc: enabled, thresholds (700, 10, 10). -1 when out of memory
 * (no exception: the VM is being built). */
int tpy_gc_init(tpy_vm *vm);
/* At VM deletion: a last full collection (cycles still around are freed,
 * finalizers do not run again), then the state and gc.garbage released. */
void tpy_gc_fini(tpy_vm *vm);

/* ---- collecting ------------------------------------------------------------------------- */

/* What the eval loop compares at its safe points, inline: generation 0's
 * count (layer3's) against a limit that is its threshold, or INTPTR_MAX
 * while automatic collection is off (disabled, or threshold 0). It is the
 * first member of vm->gc, so tpy_gc_due(vm->gc) costs two loads and a
 * compare; tpy_gc_maybe_collect makes the full decision. */
typedef struct tpy_gc_trigger {
    const intptr_t *count0;
    intptr_t limit;
} tpy_gc_trigger;

struct tpy_gc;
static inline bool tpy_gc_due(const struct tpy_gc *gc)
{
    const tpy_gc_trigger *t = (const tpy_gc_trigger *)(const void *)gc;
    return t && *t->count0 > t->limit;
}

/* Collect generation `generation` (0..2) and the younger ones: the
 * number of unreachable objects found, or -1 (ValueError for a bad
 * generation). 0 while a collection runs. */
intptr_t tpy_gc_collect(tpy_vm *vm, int generation);
/* The automatic trigger: collects when generation 0's count (containers
 * allocated minus freed) passes its threshold, the collector is enabled,
 * no collection runs and no exception is pending; which generation
 * follows CPython's rule (the oldest whose count passed its threshold; a
 * full one only when long_lived_pending > long_lived_total / 4). Returns
 * what tpy_gc_collect returned, 0 when nothing ran. Call at safe points. */
intptr_t tpy_gc_maybe_collect(tpy_vm *vm);

void tpy_gc_enable(tpy_vm *vm);
void tpy_gc_disable(tpy_vm *vm);
bool tpy_gc_isenabled(tpy_vm *vm);
/* A collection is running now (finalizers and callbacks can ask). */
bool tpy_gc_collecting(tpy_vm *vm);

void tpy_gc_get_count(tpy_vm *vm, intptr_t count[TPY_GC_GENERATIONS]);
void tpy_gc_get_threshold(tpy_vm *vm, int threshold[TPY_GC_GENERATIONS]);
/* A threshold < 0 keeps the old value; generation 0's threshold 0
 * disables automatic collection, as in CPython. */
void tpy_gc_set_threshold(tpy_vm *vm, int t0, int t1, int t2);
unsigned tpy_gc_get_debug(tpy_vm *vm);
void tpy_gc_set_debug(tpy_vm *vm, unsigned flags);

/* freeze(): every tracked object moves to the permanent generation, which
 * no collection examines; unfreeze() moves them back to the oldest. */
void tpy_gc_freeze(tpy_vm *vm);
void tpy_gc_unfreeze(tpy_vm *vm);
size_t tpy_gc_get_freeze_count(tpy_vm *vm);

/* ---- objects ------------------------------------------------------------------------------ */

/* gc.is_tracked(o) / gc.is_finalized(o). */
bool tpy_gc_object_tracked(const tpy_object *o);
bool tpy_gc_object_finalized(const tpy_object *o);
/* Untrack / track a container (no-ops for other objects). */
void tpy_gc_untrack(tpy_object *o);
void tpy_gc_track(tpy_vm *vm, tpy_object *o);
/* CPython's _PyObject_GC_MAY_BE_TRACKED: `o` is a container that is, or
 * may later become, tracked (anything but an untracked exact tuple, which
 * stays untracked for good). A dict or tuple holding only objects for
 * which this is false can never be part of a cycle. */
bool tpy_gc_may_be_tracked(const tpy_object *o);
/* A list of the tracked objects of `generation`, or of all three when it
 * is -1 (the permanent generation is not included, as in CPython). */
tpy_object *tpy_gc_get_objects(tpy_vm *vm, int generation);
/* A list of the tracked objects that refer directly to any of objs[]. */
tpy_object *tpy_gc_get_referrers(tpy_vm *vm, tpy_object *const *objs, size_t n);
/* A list of what the containers among objs[] refer to directly. */
tpy_object *tpy_gc_get_referents(tpy_vm *vm, tpy_object *const *objs, size_t n);
/* gc.garbage and gc.callbacks: the collector's own lists (borrowed);
 * programs may mutate both. */
tpy_object *tpy_gc_garbage(tpy_vm *vm);
tpy_object *tpy_gc_callbacks(tpy_vm *vm);

/* ---- finalizers and weak references --------------------------------------------------- */

/* Run `o`'s finalizer (its type's `finalize` slot, __del__) unless it has
 * already run: marks it finalized (containers), saves and restores the
 * pending exception, reports an exception the finalizer leaves as
 * unraisable. For the runtime's destroy hooks too (an instance that dies
 * by reference counting): afterwards, a count above zero means the
 * finalizer resurrected the object, which must then stay alive. */
void tpy_gc_call_finalizer(tpy_vm *vm, tpy_object *o);
/* "Exception ignored in: <repr of obj>" and the pending exception, on
 * stderr (the VM's sink); the exception is cleared. */
void tpy_gc_write_unraisable(tpy_vm *vm, const char *where, tpy_object *obj);

/* What the weakref type (not written yet) gives the collector. An object
 * whose type has a non-zero weaklist_offset keeps there a pointer, NULL
 * when nothing refers to it weakly; the weakref type owns what it points
 * to. See docs/gc.md, "Weak references". */
typedef struct tpy_gc_weakref_ops {
    /* Clear every weak reference to `o` (now unreachable): each then
     * refers to nothing. A cleared reference that has a callback and is
     * not itself part of the garbage (tpy_gc_in_collected_set) is appended,
     * as a new reference, to `pending` (a list): its callback will run. */
    int (*clear_refs)(tpy_vm *vm, tpy_object *o, tpy_object *pending);
    /* Run weak reference `wr`'s callback (callback(wr)); errors are the
     * function's to report. */
    void (*call_callback)(tpy_vm *vm, tpy_object *wr);
} tpy_gc_weakref_ops;
/* Process-wide, once, before the first VM (the weakref type's set-up). */
void tpy_gc_set_weakref_ops(const tpy_gc_weakref_ops *ops);
/* tpy_dealloc's part: `o`, dying by reference counting, has weak
 * references (its weaklist slot is set): clear them all, then run their
 * callbacks (the VM is the heap's owner, tpy_vm_of_heap). */
void tpy_gc_weakrefs_dying(tpy_obj_heap *heap, tpy_object *o);
/* True while the collector is clearing weak references and `o` is one of
 * the unreachable objects of that collection. */
bool tpy_gc_in_collected_set(const tpy_object *o);

/* ---- statistics ------------------------------------------------------------------------- */

/* A C observer of collections (the embedding API's GC events): called with
 * phase 0 when a collection of `generation` starts and phase 1 when it
 * stops, with the objects it collected and its pause (collection only,
 * callbacks excluded). It must not run Python code or allocate objects. */
typedef void (*tpy_gc_observer)(void *ctx, int phase, int generation, intptr_t collected,
                                uint64_t pause_ns);
void tpy_gc_set_observer(tpy_vm *vm, tpy_gc_observer fn, void *ctx);

void tpy_gc_get_stats(tpy_vm *vm, tpy_gc_stats *out);
/* The table -X gcstats prints at exit. */
void tpy_gc_stats_dump(tpy_vm *vm, FILE *out);
/* The statistics as one JSON object, written as snprintf does (the return
 * value is the full length). */
int tpy_gc_stats_json(tpy_vm *vm, char *buf, size_t bufsize);

/* ---- the gc module's functions --------------------------------------------------------- */

/* collect, enable, disable, isenabled, get_count, get_threshold,
 * set_threshold, get_objects, get_referrers, get_referents, is_tracked,
 * is_finalized, get_stats, freeze, unfreeze, get_freeze_count, set_debug,
 * get_debug, with CPython's argument handling and messages. */
extern const tpy_method_def tpy_gc_module_methods[];
/* Fill a module namespace: the functions (bound to `self`, e.g. the
 * module object, or None), DEBUG_* constants, garbage and callbacks. */
int tpy_gc_module_fill(tpy_vm *vm, tpy_object *dict, tpy_object *self);

#endif

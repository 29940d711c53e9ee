/* vm/gc/prefetch.h: software prefetching for the collector's passes,
 * which turns their chains of cache misses into misses that overlap.
 *
 * On a heap larger than the cache, a pass over a generation list misses
 * on nearly every object it touches: the list node (its GC head), the
 * header that names its type, its body (a list's item array, an
 * instance's values), then each referent, whose type, count and GC head
 * a visit reads to learn whether it is a member of the set. Done at
 * once, each access waits for memory in turn. Two helpers ask for the
 * lines early, so that many misses are in flight together:
 *
 *   list walk:  cursor ── ... ── near ── ... ── far ──►
 *                                 │              └ prefetch head and header
 *                                 └ header has arrived: prefetch the body
 *   visits:     visit(o): prefetch o ──► [ o | o1 | ... | o15 ] ──► work on the oldest
 *
 * The ring delays a visit's work until TPY_GC_RING_SIZE later visits
 * have been queued. Only the order of the work changes, so a pass that
 * uses the ring must allow its visits to be done after the traverse
 * that made them, and must drain the ring (tpy_gc_ring_pop until NULL)
 * before it ends. Prefetching is only a hint: a wrong address costs
 * nothing but the hint, never a fault. */
#ifndef TIERPY_VM_GC_PREFETCH_H
#define TIERPY_VM_GC_PREFETCH_H

#include "gc_internal.h"

/* Ask for the lines a member test reads: the head's prev word (read and
 * written by the collector) and the header's count and type words, in
 * two lines when the head ends the line before the header's. */
static inline void tpy_gc_prefetch_object(const tpy_object *o)
{
    __builtin_prefetch(&TPY_GC_HEAD(o)->prev, 1, 3);
    __builtin_prefetch(&o->type, 0, 3);
}

/* ---- the visit ring ------------------------------------------------------------------------ */

/* Visits in flight: enough to cover a miss's latency with the work of
 * the others, few enough to stay in L1. A power of two. */
#define TPY_GC_RING_SIZE 16

typedef struct tpy_gc_ring {
    tpy_object *slot[TPY_GC_RING_SIZE];
    unsigned in, out;   /* counts of pushes and pops; in - out <= TPY_GC_RING_SIZE */
} tpy_gc_ring;

static inline void tpy_gc_ring_init(tpy_gc_ring *r)
{
    r->in = r->out = 0;
}

/* Queue `o` (prefetched); returns the object queued TPY_GC_RING_SIZE
 * pushes ago, now due, or NULL while the ring fills. */
__attribute__((always_inline))
static inline tpy_object *tpy_gc_ring_push(tpy_gc_ring *r, tpy_object *o)
{
#ifdef GCP_NORING
    (void)r; return o;
#endif
    tpy_gc_prefetch_object(o);
    tpy_object *due = NULL;
    if (r->in - r->out == TPY_GC_RING_SIZE)
        due = r->slot[r->out++ % TPY_GC_RING_SIZE];
    r->slot[r->in++ % TPY_GC_RING_SIZE] = o;
    return due;
}

/* The oldest queued object, or NULL when the ring is empty. */
static inline tpy_object *tpy_gc_ring_pop(tpy_gc_ring *r)
{
    return r->in == r->out ? NULL : r->slot[r->out++ % TPY_GC_RING_SIZE];
}

/* ---- the list lookahead -------------------------------------------------------------------- */

/* Nodes between the cursor and the far point, and the near one. */
#define TPY_GC_AHEAD_FAR 8
#define TPY_GC_AHEAD_NEAR 3

/* Two points walking a list ahead of a pass's cursor, one node per step.
 * They stop at the sentinel `end`. The pass may relink the cursor's node
 * and append at the tail (move_unreachable does), and untrack nodes
 * (untrack.c does: a point on one stops), but not move a node ahead of
 * the cursor to another list, where the points would follow it. */
typedef struct tpy_gc_lookahead {
    tpy_gc_head *far, *near, *end;
} tpy_gc_lookahead;

/* A point on a node the pass has untracked (next == 0) stops at the end. */
static inline tpy_gc_head *tpy_gc_lookahead_advance(tpy_gc_head *g, tpy_gc_head *end)
{
    tpy_gc_head *next = g == end ? g : tpy_gc_next(g);
    return next ? next : end;
}

/* Start both points at `first`, the cursor's node, and move them out to
 * their distances (the far one prefetching on the way). */
static inline void tpy_gc_lookahead_init(tpy_gc_lookahead *la, tpy_gc_head *first,
                                         tpy_gc_head *end)
{
    la->end = end;
    la->near = la->far = first;
#ifdef GCP_NOLA
    return;
#endif
    for (int i = 0; i < TPY_GC_AHEAD_FAR; i++) {
        la->far = tpy_gc_lookahead_advance(la->far, end);
        tpy_gc_prefetch_object(TPY_GC_OBJ(la->far));
        if (i < TPY_GC_AHEAD_NEAR)
            la->near = tpy_gc_lookahead_advance(la->near, end);
    }
}

/* One step with the cursor: prefetch the far node's head and header;
 * return the near node's object, whose body the caller may prefetch
 * (traverse.h knows bodies), or NULL at the end. */
static inline tpy_object *tpy_gc_lookahead_step(tpy_gc_lookahead *la)
{
#ifdef GCP_NOLA
    (void)la; return NULL;
#endif
    la->far = tpy_gc_lookahead_advance(la->far, la->end);
    tpy_gc_prefetch_object(TPY_GC_OBJ(la->far));
    la->near = tpy_gc_lookahead_advance(la->near, la->end);
    return la->near == la->end ? NULL : TPY_GC_OBJ(la->near);
}

#endif

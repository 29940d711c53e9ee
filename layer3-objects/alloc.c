/* layer3-objects/alloc.c: objects in and out of a heap.
 *
 * The fast path of an allocation is: find the type's slot (an index by the
 * type's id), pop its free list for this item count, set the header, count.
 * Only a miss goes down to layer2 (or layer1). A free is its mirror: untrack
 * a container, push on the free list if there is room, else give the block
 * back. The block of an object starts at its GC head when it has one. */
#include "obj_internal.h"

#include <string.h>

static TPY_COLD tpy_object *failed(tpy_obj_slot *s)
{
    s->failures++;
    return NULL;
}

/* A fresh container's body is zeroed (from `body` on, after the header)
 * and its head linked into generation 0, so the collector may traverse it
 * before the VM has filled it. Returns `o`. */
static __attribute__((noinline))
tpy_object *birth_container(tpy_obj_heap *h, tpy_object *o, size_t body, size_t size)
{
    memset((char *)o + body, 0, size - body);
    tpy_gc_head *g = TPY_GC_HEAD(o);
    g->prev = 0;   /* no flags: not finalized, not collecting */
    tpy_gc_list_append(g, &h->gens[0].head);
    h->gens[0].count++;
    return o;
}

/* Header, counts and (for containers) birth of object `o` of `n` items.
 * The only call is in tail position, so the fast path needs no frame. */
static inline __attribute__((always_inline))
tpy_object *init_object(tpy_obj_heap *h, tpy_obj_slot *s, tpy_obj_type *type,
                        tpy_object *o, size_t n)
{
    size_t bytes = tpy_obj_block_size(s, n);
    o->refcnt = 1;
    o->type = type;
    size_t body = sizeof(tpy_object);
    if (s->item_size != 0) {
        ((tpy_var_object *)o)->size = (intptr_t)n;
        body = sizeof(tpy_var_object);
    }
    s->allocated++;
    s->bytes_live += bytes;
    if (s->container)
        return birth_container(h, o, body, bytes - s->pre);
    return o;
}

/* The slow half of an allocation: the free list was empty (count the miss
 * if there was one to miss) or there is none; take a block from below. */
static TPY_COLD tpy_object *new_from_below(tpy_obj_heap *h, tpy_obj_slot *s,
                                           tpy_obj_type *type, size_t n)
{
    if (n < s->nlists)
        s->misses++;
    char *block = tpy_obj_block_malloc(h, tpy_obj_block_size(s, n));
    if (block == NULL)
        return failed(s);
    return init_object(h, s, type, (tpy_object *)(block + s->pre), n);
}

/* An object of `n` items of the type of slot `s`: a free-list pop when the
 * list for n holds one, else the slow half. Every call is a tail call, so
 * that the fast path is a leaf function without a stack frame. */
static inline __attribute__((always_inline))
tpy_object *new_in_slot(tpy_obj_heap *heap, tpy_obj_slot *s, tpy_obj_type *type, size_t n)
{
    if (s->item_size == 0)
        n = 0;
    else if (n > s->max_items)
        return failed(s);
    tpy_object *o;
    if (!TPY_LIKELY(n < s->nlists && (o = tpy_obj_freelist_pop(&s->lists[n])) != NULL))
        return new_from_below(heap, s, type, n);
    s->hits++;
    return init_object(heap, s, type, o, n);
}

/* The type's first object in this heap: register it, then allocate. */
static TPY_COLD tpy_object *new_registering(tpy_obj_heap *heap, tpy_obj_type *type, size_t n)
{
    tpy_obj_slot *s = tpy_obj_slot_register(heap, type);
    return s ? new_in_slot(heap, s, type, n) : NULL;
}

static inline __attribute__((always_inline))
tpy_object *new_object(tpy_obj_heap *heap, tpy_obj_type *type, size_t n)
{
    tpy_obj_slot *s = tpy_obj_slot_find(heap, type);
    if (!TPY_LIKELY(s != NULL))
        return new_registering(heap, type, n);
    return new_in_slot(heap, s, type, n);
}

/* An allocation while a trace is on: which tier served it shows in the
 * slot's hit count (a free-list pop is layer3's own). */
static TPY_COLD tpy_object *new_traced(tpy_obj_heap *heap, tpy_obj_type *type, size_t n)
{
    tpy_obj_slot *s = tpy_obj_slot_find(heap, type);
    if (s == NULL && (s = tpy_obj_slot_register(heap, type)) == NULL)
        return NULL;
    uint64_t hits = s->hits;
    tpy_object *o = new_in_slot(heap, s, type, n);
    if (o != NULL) {
        size_t bytes = tpy_obj_block_size(s, s->item_size ? n : 0);
        int tier = s->hits != hits ? 3 : tpy_obj_block_tier(heap, bytes);
        heap->trace(heap->trace_ctx, TPY_OBJ_TRACE_ALLOC, tier, NULL, o, bytes);
    }
    return o;
}

tpy_object *tpy_obj_new_var(tpy_obj_heap *heap, tpy_obj_type *type, size_t n)
{
    if (!TPY_LIKELY(heap->trace == NULL))
        return new_traced(heap, type, n);
    return new_object(heap, type, n);
}

tpy_object *tpy_obj_new(tpy_obj_heap *heap, tpy_obj_type *type)
{
    if (!TPY_LIKELY(heap->trace == NULL))
        return new_traced(heap, type, 0);
    return new_object(heap, type, 0);
}

/* A container leaves the collector's sight before it leaves the heap;
 * generation 0's count drops as CPython's does on every container free. */
static void retire_container(tpy_obj_heap *h, tpy_object *o)
{
    tpy_gc_head *g = TPY_GC_HEAD(o);
    if (g->next != 0)
        tpy_gc_list_remove(g);
    if (h->gens[0].count > 0)
        h->gens[0].count--;
}

/* release_block() while a trace is on: the record, then the block back. */
static TPY_COLD void release_traced(tpy_obj_heap *h, tpy_obj_slot *s, tpy_object *o, size_t n)
{
    h->trace(h->trace_ctx, TPY_OBJ_TRACE_FREE, tpy_obj_block_tier(h, tpy_obj_block_size(s, n)),
             o, NULL, 0);
    tpy_obj_block_free(h, (char *)o - s->pre);
}

/* The slow half of a free: no room on a free list, so the block goes back.
 * Not cold: with many live objects of a type (its free list full) it is
 * every free's path; each call is a tail call, so it needs no frame. */
static __attribute__((noinline))
void release_block(tpy_obj_heap *h, tpy_obj_slot *s, tpy_object *o, size_t n)
{
    if (n < s->nlists)
        s->full++;
    if (!TPY_LIKELY(h->trace == NULL)) {
        release_traced(h, s, o, n);
        return;
    }
    tpy_obj_block_free(h, (char *)o - s->pre);
}

static TPY_COLD void trace_kept(tpy_obj_heap *h, tpy_object *o)
{
    h->trace(h->trace_ctx, TPY_OBJ_TRACE_FREE, 3, o, NULL, 0);
}

static TPY_COLD void refuse_free(tpy_obj_heap *h)
{
    h->refused_frees++;
}

void tpy_obj_free(tpy_obj_heap *heap, tpy_object *o)
{
    if (o == NULL)
        return;
    if (tpy_obj_is_immortal(o)) {
        refuse_free(heap);
        return;
    }
    tpy_obj_slot *s = tpy_obj_slot_of_obj(heap, o);
    size_t n = tpy_obj_items(s, o);
    if (s->container)
        retire_container(heap, o);
    s->freed++;
    s->bytes_live -= tpy_obj_block_size(s, n);
    if (TPY_LIKELY(n < s->nlists && tpy_obj_freelist_push(&s->lists[n], s->cap, o))) {
        if (!TPY_LIKELY(heap->trace == NULL))
            trace_kept(heap, o);
        return;
    }
    release_block(heap, s, o, n);
}

void tpy_obj_dealloc(tpy_obj_heap *heap, tpy_object *o)
{
    if (o->type->destroy != NULL)
        o->type->destroy(heap, o);
    else
        tpy_obj_free(heap, o);
}

/* A tracked container that moved: its neighbours still point at the old
 * address, so point them at the new head (realloc copied the head's own
 * links and flags). */
static void relink_moved(tpy_gc_head *g)
{
    tpy_gc_set_next(tpy_gc_prev(g), g);
    tpy_gc_set_prev(tpy_gc_next(g), g);
}

tpy_object *tpy_obj_resize(tpy_obj_heap *heap, tpy_object *o, size_t n)
{
    tpy_obj_slot *s = tpy_obj_slot_of_obj(heap, o);
    if (s->item_size == 0 || n > s->max_items || tpy_obj_is_immortal(o))
        return failed(s);
    size_t old_n = tpy_obj_items(s, o);
    size_t old_bytes = tpy_obj_block_size(s, old_n);
    size_t bytes = tpy_obj_block_size(s, n);
    bool tracked = s->container && TPY_GC_HEAD(o)->next != 0;
    char *old_block = (char *)o - s->pre;
    uintptr_t old_addr = (uintptr_t)old_block;   /* compared after the realloc */
    char *block = tpy_obj_block_realloc(heap, old_block, bytes);
    if (block == NULL)
        return failed(s);
    tpy_object *r = (tpy_object *)(block + s->pre);
    if (tracked && (uintptr_t)block != old_addr)
        relink_moved(TPY_GC_HEAD(r));
    if (s->container && n > old_n)
        memset(block + old_bytes, 0, bytes - old_bytes);
    ((tpy_var_object *)r)->size = (intptr_t)n;
    s->bytes_live = s->bytes_live - old_bytes + bytes;
    s->resizes++;
    if (heap->trace)
        heap->trace(heap->trace_ctx, TPY_OBJ_TRACE_REALLOC, tpy_obj_block_tier(heap, bytes), o, r,
                    bytes);
    return r;
}

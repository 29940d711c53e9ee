/* layer2-pool/pool.c: pools of one size class, and each class's list.
 *
 * A pool in use has room (a freed block, or blocks never carved) or is
 * full. Every pool with room is in the list of its class, so the next
 * allocation of that class finds one at the head in O(1) (obmalloc's
 * usedpools rings; ours end at a marker instead of closing on themselves,
 * which makes inserting at the front touch one neighbour only). A pool
 * that fills stays at the head of its list until an allocation finds it
 * full, or a free puts another pool in front of it, and drops it then: the
 * allocation path need not test for a full pool. The free that gives a
 * full pool a block back puts it at the front of the list again, since the
 * block it just got is the one most likely to be in the cache.
 *
 * An empty pool (used == 0) goes back to its arena (arena.c), with one
 * exception: the *reserve*. When the pool that empties is the only pool
 * in its class's list, it stays there, empty. A program that makes and
 * drops one object of a class at a time (the commonest pattern there is)
 * would otherwise hand the pool, and often the whole arena, back and take
 * them again on every pair. The reserves are handed back to their arenas
 * when the heap shrinks (an arena goes back to layer0), before the heap
 * maps a new arena, and by tpy_pool_trim().
 *
 * Invariant: a class list holds an empty pool only as its single member. */
#include "pool_internal.h"

/* Marks a freshly carved pool whose header was never set up. */
#define NO_CLASS UINT16_MAX

uint32_t tpy_pool_page_capacity(const struct tpy_pool *h, unsigned c)
{
    return (uint32_t)((h->cfg.pool_size - TPY_POOL_HEADER_SIZE) / tpy_pool_class_size(h, c));
}

/* Hand class c's reserve, if it has one, back to its arena. */
static void release_reserve(struct tpy_pool *h, unsigned c)
{
    tpy_pool_page *pool = tpy_pool_head(h, c);
    if (pool->used == 0) {                  /* never true of &none */
        tpy_pool_ring_unlink(h, pool);
        tpy_pool_arena_return_pool(h, pool);
    }
}

void tpy_pool_page_release_reserves(struct tpy_pool *h)
{
    for (unsigned c = 0; c < h->nclasses; c++)
        release_reserve(h, c);
}

/* Set a pool up for class c: no free block yet, every block to carve. */
static void page_init(struct tpy_pool *h, tpy_pool_page *pool, unsigned c)
{
    uint32_t size = (uint32_t)tpy_pool_class_size(h, c);
    pool->freeblock = NULL;
    pool->used = 0;
    pool->slot = tpy_pool_class_slot(h, c);
    pool->size = (uint16_t)size;
    pool->nextoffset = (uint32_t)TPY_POOL_HEADER_SIZE;
    pool->maxnextoffset = (uint32_t)h->cfg.pool_size - size;
}

void tpy_pool_page_mark_fresh(tpy_pool_page *pool, tpy_pool_arena *arena)
{
    pool->arena = arena;
    pool->slot = NO_CLASS;
    pool->used = 0;
    pool->prev = NULL;
}

tpy_pool_page *tpy_pool_page_for_class(struct tpy_pool *h, unsigned c)
{
    tpy_pool_page *pool;
    while ((pool = tpy_pool_head(h, c)) != &h->none) {
        if (tpy_pool_page_has_room(pool))
            return pool;
        tpy_pool_ring_unlink(h, pool);      /* full: dropped at last */
    }
    if ((pool = tpy_pool_arena_take_pool(h)) == NULL)
        return NULL;
    /* An empty pool that last served class c still has its free list and
     * carving state: all of its blocks are free, so use it as it is. */
    if (pool->slot != tpy_pool_class_slot(h, c))
        page_init(h, pool, c);
    tpy_pool_ring_insert(h, pool);
    return pool;
}

void tpy_pool_page_changed(struct tpy_pool *h, tpy_pool_page *pool)
{
    if (pool->used != 0) {                  /* was full and out of its list */
        release_reserve(h, tpy_pool_page_class(h, pool));    /* the class has a pool with room */
        tpy_pool_ring_push_front(h, pool);
        return;
    }
    if (pool->prev == NULL) {               /* out of its list: one block, full */
        if (*tpy_pool_list(h, pool->slot) == &h->none) {
            tpy_pool_ring_insert(h, pool);  /* alone: becomes the reserve */
            return;
        }
    } else if (tpy_pool_ring_alone(h, pool)) {
        return;                             /* alone: stays as the reserve */
    } else {
        tpy_pool_ring_unlink(h, pool);
    }
    tpy_pool_arena_return_pool(h, pool);
}

/* layer2-pool/arena.c: arenas from layer0, the order they are used in, and
 * when they go back.
 *
 * The heap's `usable` list holds every arena that has both a free pool and
 * a used one, sorted by nfree ascending, so a new pool always comes from
 * the fullest arena and the emptiest ones get the chance to drain. The
 * order is kept in O(1): nfree only ever moves by one, and
 * last_with[k] points at the last arena whose nfree is k, which is exactly
 * where an arena going from k to k + 1 free pools has to move to
 * (obmalloc keeps the same index, nfp2lasta).
 *
 * An arena whose last pool empties leaves the list. One is kept as the
 * spare, so that a heap that goes from empty to one block and back again
 * does not map and unmap an arena each time; any further one goes straight
 * back to layer0, so a heap that shrinks gives its memory back at once
 * (and the spare then keeps only its first pages resident). */
#include "pool_internal.h"

/* --- the usable list ----------------------------------------------------- */

static void list_unlink(struct tpy_pool *h, tpy_pool_arena *a)
{
    if (a->prev != NULL)
        a->prev->next = a->next;
    else
        h->usable = a->next;
    if (a->next != NULL)
        a->next->prev = a->prev;
}

static void list_insert_after(tpy_pool_arena *a, tpy_pool_arena *where)
{
    a->prev = where;
    a->next = where->next;
    if (where->next != NULL)
        where->next->prev = a;
    where->next = a;
}

/* `a`, which had k free pools, no longer counts in that group. */
static void group_leave(struct tpy_pool *h, tpy_pool_arena *a, uint32_t k)
{
    if (h->last_with[k] == a)
        h->last_with[k] = (a->prev != NULL && a->prev->nfree == k) ? a->prev : NULL;
}

/* The head arena gave a pool: k -> k - 1 free. Being the head it had the
 * fewest free pools, so it stays the head, alone in its new group. */
static void usable_took_pool(struct tpy_pool *h, tpy_pool_arena *a)
{
    uint32_t k = a->nfree--;
    group_leave(h, a, k);
    if (a->nfree == 0) {
        list_unlink(h, a);
        a->prev = a->next = NULL;
    } else {
        h->last_with[k - 1] = a;
    }
}

/* A full arena got a pool back: with one free pool it sorts first. */
static void usable_push_front(struct tpy_pool *h, tpy_pool_arena *a)
{
    a->prev = NULL;
    a->next = h->usable;
    if (h->usable != NULL)
        h->usable->prev = a;
    h->usable = a;
    if (h->last_with[1] == NULL)
        h->last_with[1] = a;
}

/* An arena in the list went from k to k + 1 free pools: it moves to the
 * end of the k group, where it becomes the first of the k + 1 group. */
static void usable_move_up(struct tpy_pool *h, tpy_pool_arena *a, uint32_t k)
{
    tpy_pool_arena *last = h->last_with[k];
    group_leave(h, a, k);
    if (last != a) {
        list_unlink(h, a);
        list_insert_after(a, last);
    }
    if (h->last_with[k + 1] == NULL)
        h->last_with[k + 1] = a;
}

/* --- getting and releasing arenas ---------------------------------------- */

static tpy_pool_arena *arena_map(struct tpy_pool *h)
{
    void *base = tpy_os_arena_alloc(h->cfg.arena_size);
    if (base == NULL)
        return NULL;
    tpy_pool_arena *a = tpy_mem_malloc_in(h->cfg.mem, TPY_MEM_API_POOL, sizeof *a);
    if (a == NULL) {
        tpy_os_arena_free(base, h->cfg.arena_size);
        return NULL;
    }
    *a = (tpy_pool_arena){.base = (uintptr_t)base, .nfree = h->pools_per_arena};
    if (tpy_pool_table_insert(h, a) != 0) {
        tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, a);
        tpy_os_arena_free(base, h->cfg.arena_size);
        return NULL;
    }
    h->arenas_allocated++;
    if (++h->arenas_live > h->arenas_peak)
        h->arenas_peak = h->arenas_live;
    return a;
}

static void arena_unmap(struct tpy_pool *h, tpy_pool_arena *a)
{
    tpy_pool_table_remove(h, a->base);
    tpy_os_arena_free((void *)a->base, h->cfg.arena_size);
    tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, a);
    h->arenas_live--;
    h->arenas_returned++;
}

/* Called when the heap is shrinking (a second arena has just emptied):
 * the spare keeps at most its first spare_keep pools resident; the pages
 * of the pools past them go back to the kernel, and carving will start
 * over there. The kept pools stay set up as they were (each empty, with
 * its class and free list), so a heap that refills with similar blocks
 * does not even re-carve them. A failed decommit only leaves pages
 * resident, so it is ignored. */
static void spare_shrink(struct tpy_pool *h)
{
    tpy_pool_arena *a = h->spare;
    if (a == NULL || a->ncarved <= h->spare_keep)
        return;
    size_t from = (size_t)h->spare_keep * h->cfg.pool_size;
    size_t to = (size_t)a->ncarved * h->cfg.pool_size;
    (void)tpy_os_decommit((char *)a->base + from, to - from);
    a->ncarved = h->spare_keep;
    a->freepools = NULL;
    for (uint32_t k = a->ncarved; k-- > 0;) {
        tpy_pool_page *pool = tpy_pool_arena_pool(h, a, k);
        pool->next = a->freepools;
        a->freepools = pool;
    }
}

/* The first arena to empty is kept whole as the spare: a heap that
 * empties and refills (a batch of objects made and dropped) finds it
 * exactly as it left it, with no system call and no page fault. Any
 * further one means the heap is shrinking: it goes back to layer0 and the
 * spare gives back all but its first pages. */
static void arena_emptied(struct tpy_pool *h, tpy_pool_arena *a)
{
    a->prev = a->next = NULL;
    if (h->spare == NULL) {
        h->spare = a;
        return;
    }
    arena_unmap(h, a);
    spare_shrink(h);
    tpy_pool_page_release_reserves(h);
}

/* The usable list is empty: the spare, or a new arena, becomes its head.
 * Before mapping one, the classes' reserves go back: they may free a pool
 * in an arena the heap already has. */
static tpy_pool_arena *arena_acquire(struct tpy_pool *h)
{
    if (h->spare == NULL) {
        tpy_pool_page_release_reserves(h);
        if (h->usable != NULL)
            return h->usable;
    }
    tpy_pool_arena *a = h->spare;
    if (a != NULL)
        h->spare = NULL;
    else if ((a = arena_map(h)) == NULL)
        return NULL;
    a->prev = a->next = NULL;
    h->usable = a;
    h->last_with[a->nfree] = a;
    return a;
}

/* --- pools in and out ----------------------------------------------------- */

static tpy_pool_page *arena_pool(struct tpy_pool *h, tpy_pool_arena *a)
{
    tpy_pool_page *pool = a->freepools;
    if (pool != NULL) {
        a->freepools = pool->next;
        return pool;
    }
    pool = tpy_pool_arena_pool(h, a, a->ncarved++);
    tpy_pool_page_mark_fresh(pool, a);
    return pool;
}

tpy_pool_page *tpy_pool_arena_take_pool(struct tpy_pool *h)
{
    tpy_pool_arena *a = h->usable;
    if (a == NULL && (a = arena_acquire(h)) == NULL)
        return NULL;
    tpy_pool_page *pool = arena_pool(h, a);
    usable_took_pool(h, a);
    return pool;
}

void tpy_pool_arena_return_pool(struct tpy_pool *h, tpy_pool_page *pool)
{
    tpy_pool_arena *a = pool->arena;
    pool->next = a->freepools;
    a->freepools = pool;
    uint32_t k = a->nfree++;
    if (a->nfree == h->pools_per_arena) {
        group_leave(h, a, k);
        list_unlink(h, a);
        arena_emptied(h, a);
    } else if (k == 0) {
        usable_push_front(h, a);
    } else {
        usable_move_up(h, a, k);
    }
}

void tpy_pool_arena_release_spare(struct tpy_pool *h)
{
    tpy_pool_page_release_reserves(h);
    if (h->spare != NULL) {
        arena_unmap(h, h->spare);
        h->spare = NULL;
    }
}

void tpy_pool_arena_release_all(struct tpy_pool *h)
{
    tpy_pool_table *t = &h->table;
    for (size_t i = 0; i < t->cap; i++) {
        if (t->keys[i] == TPY_POOL_NO_ARENA)
            continue;
        tpy_os_arena_free((void *)t->keys[i], h->cfg.arena_size);
        tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, t->arenas[i]);
        t->keys[i] = TPY_POOL_NO_ARENA;
        t->arenas[i] = NULL;
        h->arenas_returned++;
    }
    t->count = 0;
    h->arenas_live = 0;
    h->usable = h->spare = NULL;
}

/* layer2-pool/heap.c: making and deleting heaps, and the entry points.
 *
 * tpy_pool_malloc() and tpy_pool_free() are the hot paths: a request of
 * 1..threshold bytes finds its class by a shift, the first pool of the
 * class's list and pops that pool's free list; a free masks the pointer to
 * its arena base, checks the base against the ownership table's home slot,
 * masks again to the pool header and pushes the block. Everything else
 * (size 0, large requests, injected faults, a full or empty pool, a probe
 * past the home slot) leaves the hot path through one branch. */
#include "pool_internal.h"

#include <string.h>

static void *failed(struct tpy_pool *h)
{
    h->failures++;
    return NULL;
}

/* --- small blocks ---------------------------------------------------------- */

/* A request of 1..threshold bytes. */
static inline void *small_alloc(struct tpy_pool *h, size_t n)
{
    unsigned c = tpy_pool_class_of(h, n);
    tpy_pool_page *pool = tpy_pool_head(h, c);
    if (TPY_UNLIKELY(!tpy_pool_page_has_room(pool)) &&
        (pool = tpy_pool_page_for_class(h, c)) == NULL)
        return failed(h);
    tpy_pool_count_served(h, n);
    return tpy_pool_page_take(pool);
}

/* A block of this heap's arenas goes back on its pool's free list. The
 * pool needs attention only when it had no free block (it may be full and
 * out of its list) or is now empty (back to its arena, or the reserve).
 * The common cases of both are settled here; the rest in pool.c. */
static inline void small_free(struct tpy_pool *h, void *ptr)
{
    tpy_pool_page *pool = (tpy_pool_page *)((uintptr_t)ptr & h->pool_mask);
    tpy_pool_block *b = ptr, *old = pool->freeblock;
    b->next = old;
    pool->freeblock = b;
    if (TPY_UNLIKELY(--pool->used == 0)) {
        if (!tpy_pool_ring_alone(h, pool))
            tpy_pool_page_changed(h, pool);
        return;                 /* else the class's only pool stays its reserve */
    }
    if (TPY_LIKELY(old != NULL) || pool->prev != NULL)
        return;                 /* had a free block, or is listed (being carved) */
    if (TPY_LIKELY((*tpy_pool_list(h, pool->slot))->used != 0))
        tpy_pool_ring_push_front(h, pool);  /* was full: to the front */
    else
        tpy_pool_page_changed(h, pool); /* ...where a reserve must give way */
}

static tpy_pool_page *page_of(const struct tpy_pool *h, const void *ptr)
{
    return (tpy_pool_page *)((uintptr_t)ptr & h->pool_mask);
}

/* --- requests of any size, once admitted --------------------------------- */

/* A shared plan counts the requests this heap serves from its pools, n
 * bytes after size 0 became 1; layer1 counts the larger ones. */
static bool admit_shared(struct tpy_pool *h, size_t n)
{
    return h->faults == NULL || (n ? n : 1) > h->cfg.threshold
           || tpy_mem_faults_admit(h->faults);
}

/* Fault injection: false when this request is the one that must fail. */
static bool admit(struct tpy_pool *h)
{
    if (h->fail_countdown == 0 || --h->fail_countdown > 0)
        return true;
    if (h->fail_every)
        h->fail_countdown = 1;              /* and the next one too */
    else if (h->faults == NULL)
        h->fast_limit = h->cfg.threshold;   /* disarmed: fast path back */
    return false;
}

static void *any_alloc(struct tpy_pool *h, size_t n, bool zero)
{
    if (n == 0)
        n = 1;                  /* as CPython: a unique pointer */
    if (n <= h->cfg.threshold) {
        void *p = small_alloc(h, n);
        if (p != NULL && zero)
            memset(p, 0, n);
        return p;
    }
    void *p = tpy_pool_large_alloc(h, n, zero);
    return p != NULL ? p : failed(h);
}

/* any_alloc() for calloc and realloc, which count their small blocks
 * apart from malloc's (see struct tpy_pool). */
static void *counted_alloc(struct tpy_pool *h, size_t n, bool zero)
{
    void *p = any_alloc(h, n, zero);
    if (p != NULL && n <= h->cfg.threshold)
        h->small_not_by_malloc++;
    return p;
}

/* Everything tpy_pool_malloc() does not finish inline: size 0, large
 * requests, injected faults, an empty ring, a pool that fills up. */
static TPY_NOINLINE void *malloc_slow(struct tpy_pool *h, size_t n)
{
    void *p = admit(h) && admit_shared(h, n) ? any_alloc(h, n, false) : failed(h);
    if (p == NULL || n > h->cfg.threshold)
        h->malloc_not_small++;
    return p;
}

/* The request's list is empty, or held only the full pool just dropped:
 * take a new pool for the class. */
static TPY_NOINLINE void *malloc_new_pool(struct tpy_pool *h, size_t n)
{
    tpy_pool_page *pool = tpy_pool_page_for_class(h, tpy_pool_class_of(h, n));
    if (pool == NULL) {
        h->malloc_not_small++;
        return failed(h);
    }
    tpy_pool_count_served(h, n);
    return tpy_pool_page_take(pool);
}

/* The fast path found the head of the request's list without room: it
 * filled up, or it is `none` (the list is empty). A full head is dropped,
 * and the pool after it has room, since no pool past the head of a list
 * is full; so the common case (a pool fills, the next takes over) costs
 * an unlink and a take, and saves no register. Fault injection is off, or
 * the fast path would not have been taken. */
static TPY_NOINLINE void *malloc_refill(struct tpy_pool *h, size_t n, tpy_pool_page *pool)
{
    if (pool != &h->none) {
        tpy_pool_page *next = pool->next;
        tpy_pool_ring_drop_head(h, pool);
        if (TPY_LIKELY(next != &h->none)) {
            tpy_pool_count_served(h, n);
            return tpy_pool_page_take(next);
        }
    }
    return malloc_new_pool(h, n);
}

/* The fast path is small_alloc() unrolled so that it makes no call, only a
 * tail call, and so needs no stack frame: the request's list by one AND
 * (see head[]), then pop the first pool's free list, or else
 * carve its next block, and one counter. A full or missing pool goes to
 * malloc_refill(); anything else (size 0, a large request, an injected
 * fault) to malloc_slow(). */
void *tpy_pool_malloc(tpy_pool *h, size_t n)
{
    if (TPY_LIKELY(n - 1 < h->fast_limit)) {
        tpy_pool_page *pool = *tpy_pool_list(h, (n - 1) & h->slot_mask);
        tpy_pool_block *b = pool->freeblock;
        if (TPY_LIKELY(b != NULL)) {
            pool->freeblock = b->next;
        } else {
            uint32_t off = pool->nextoffset;
            if (TPY_UNLIKELY(off > pool->maxnextoffset))
                return malloc_refill(h, n, pool);
            b = (tpy_pool_block *)((char *)pool + off);
            pool->nextoffset = off + pool->size;
        }
        pool->used++;
        tpy_pool_count_served(h, n);
        return b;
    }
    return malloc_slow(h, n);
}

void *tpy_pool_calloc(tpy_pool *h, size_t nelem, size_t elsize)
{
    h->calloc_calls++;
    if (elsize != 0 && nelem > SIZE_MAX / elsize)
        return failed(h);
    if (!admit(h) || !admit_shared(h, nelem * elsize))
        return failed(h);
    return counted_alloc(h, nelem * elsize, true);
}

/* --- free ------------------------------------------------------------------- */

/* NULL, a block whose arena is not in its home slot, or a large block. */
static TPY_NOINLINE void free_other(struct tpy_pool *h, void *ptr)
{
    if (ptr == NULL)
        return;
    if (tpy_pool_table_find(h, ptr) != NULL) {
        small_free(h, ptr);
    } else {
        h->large_frees++;
        tpy_pool_large_free(h, ptr);
    }
}

void tpy_pool_free(tpy_pool *h, void *ptr)
{
    if (TPY_LIKELY(tpy_pool_table_hit_first(h, ptr))) {
        small_free(h, ptr);
        return;
    }
    free_other(h, ptr);
}

bool tpy_pool_owns(const tpy_pool *h, const void *ptr)
{
    return ptr != NULL && tpy_pool_table_find(h, ptr) != NULL;
}

/* --- realloc ------------------------------------------------------------------ */

/* Move to a new block (another class, or layer1); the old one is freed
 * only once the new one exists. */
static void *move_block(struct tpy_pool *h, void *ptr, size_t old_size, size_t n,
                        bool old_small)
{
    void *q = counted_alloc(h, n, false);
    if (q == NULL)
        return NULL;
    memcpy(q, ptr, old_size < n ? old_size : n);
    if (old_small) {
        h->small_released_inside++;
        small_free(h, ptr);
    } else {
        tpy_pool_large_free(h, ptr);
    }
    return q;
}

static void *realloc_small(struct tpy_pool *h, void *ptr, size_t n)
{
    tpy_pool_page *pool = page_of(h, ptr);
    unsigned c = tpy_pool_page_class(h, pool);
    if (n <= h->cfg.threshold && tpy_pool_class_of(h, n) == c) {
        tpy_pool_count_served(h, n);    /* served again, in place */
        h->small_not_by_malloc++;
        h->small_released_inside++;
        return ptr;
    }
    return move_block(h, ptr, pool->size, n, true);
}

static void *realloc_large(struct tpy_pool *h, void *ptr, size_t n)
{
    if (n <= h->cfg.threshold)
        return move_block(h, ptr, tpy_pool_large_size(ptr), n, false);
    void *q = tpy_pool_large_realloc(h, ptr, n);
    return q != NULL ? q : failed(h);
}

void *tpy_pool_realloc(tpy_pool *h, void *ptr, size_t n)
{
    h->realloc_calls++;
    if (!admit(h) || !admit_shared(h, n))
        return failed(h);
    if (ptr == NULL)
        return counted_alloc(h, n, false);
    if (n == 0)
        n = 1;
    if (tpy_pool_table_find(h, ptr) != NULL)
        return realloc_small(h, ptr, n);
    return realloc_large(h, ptr, n);
}

/* --- heaps ----------------------------------------------------------------------- */

static void heap_free_parts(tpy_pool *h)
{
    tpy_mem_allocator *mem = h->cfg.mem;
    if (h->table.keys != NULL)
        tpy_pool_table_fini(h);
    tpy_mem_free_in(mem, TPY_MEM_API_POOL, h->last_with);
    tpy_mem_free_in(mem, TPY_MEM_API_POOL, h);
}

tpy_pool *tpy_pool_new(const tpy_pool_config *cfg)
{
    tpy_pool_config defaults;
    if (cfg == NULL) {
        tpy_pool_config_init(&defaults);
        cfg = &defaults;
    }
    if (tpy_pool_config_check(cfg, NULL, 0) != 0)
        return NULL;
    tpy_mem_allocator *mem = cfg->mem != NULL ? cfg->mem : tpy_mem_default();
    tpy_pool *h = tpy_mem_calloc_in(mem, TPY_MEM_API_POOL, 1, tpy_pool_record_size(cfg));
    if (h == NULL)
        return NULL;
    tpy_pool_layout_init(h, cfg);
    h->last_with = tpy_mem_calloc_in(mem, TPY_MEM_API_POOL, (size_t)h->pools_per_arena + 1,
                                     sizeof *h->last_with);
    if (h->last_with == NULL || tpy_pool_table_init(h, 0) != 0) {
        heap_free_parts(h);
        return NULL;
    }
    for (size_t i = 0; i < TPY_POOL_MAX_THRESHOLD / 8; i++)
        h->head[i] = &h->none;
    h->none.used = 1;           /* see struct tpy_pool: "no room, not a reserve" */
    h->none.nextoffset = 1;
    h->none.maxnextoffset = 0;
    h->large.next = h->large.prev = &h->large;
    return h;
}

void tpy_pool_delete(tpy_pool *h)
{
    if (h == NULL)
        return;
    tpy_pool_arena_release_all(h);
    tpy_pool_large_release_all(h);
    heap_free_parts(h);
}

void tpy_pool_trim(tpy_pool *h)
{
    if (h != NULL)
        tpy_pool_arena_release_spare(h);
}

void tpy_pool_fail_at(tpy_pool *h, uint64_t nth, bool every)
{
    h->fail_countdown = nth;
    h->fail_every = every;
    h->fast_limit = nth != 0 || h->faults != NULL ? 0 : h->cfg.threshold;
}

void tpy_pool_set_faults(tpy_pool *h, tpy_mem_faults *f)
{
    h->faults = f;
    h->fast_limit = f != NULL || h->fail_countdown != 0 ? 0 : h->cfg.threshold;
}

/* Private to layer2-pool: every structure of the small-object allocator,
 * documented before any code uses it, and the few inline helpers that the
 * hot paths share. docs/layer2-pool.md draws the same things as pictures.
 *
 *   heap (struct tpy_pool)          one per VM, not thread-safe
 *    ├── head[class] ──► list of partly used pools of that class
 *    ├── usable ──► arenas with free pools, fullest first
 *    ├── spare  ──► at most one fully empty arena kept for reuse
 *    ├── table  ──► open-addressing set of live arena bases (ownership)
 *    └── large  ──► list of blocks passed through to layer1
 *
 *   arena (A bytes from layer0, A-aligned)  = A / P pools of P bytes
 *   pool  (P bytes, P-aligned)              = header + blocks of one class
 *
 * Ownership of memory:
 *  - arenas belong to layer0 and are borrowed by the heap until released
 *    (tpy_os_arena_alloc / tpy_os_arena_free);
 *  - arena records, the ownership table, the arena-order index and the
 *    heap record itself are bookkeeping in layer1 (TPY_MEM_API_POOL);
 *  - large blocks are layer1 blocks with a tpy_pool_large header in front.
 */
#ifndef TIERPY_POOL_INTERNAL_H
#define TIERPY_POOL_INTERNAL_H

#include <tierpy/mem.h>
#include <tierpy/os.h>
#include <tierpy/pool.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TPY_LIKELY(x) __builtin_expect(!!(x), 1)
#define TPY_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define TPY_NOINLINE __attribute__((noinline))

/* --- constants ------------------------------------------------------------ */

/* Limits that tpy_pool_config_check() enforces (see docs for the why). */
#define TPY_POOL_MIN_POOL_SIZE ((size_t)1 << 10)
#define TPY_POOL_MAX_POOL_SIZE ((size_t)64 << 10)
#define TPY_POOL_MIN_POOLS_PER_ARENA 4
#define TPY_POOL_MAX_ARENA_SIZE ((size_t)64 << 20)

/* The spare (a fully empty arena kept for reuse) keeps at most this many
 * bytes of its first pools resident once the heap shrinks past it; the
 * rest is decommitted. It bounds the RSS a shrunken heap holds while
 * leaving the spare warm for the next few blocks. */
#define TPY_POOL_SPARE_RESIDENT ((size_t)64 << 10)

/* Marks an empty slot of the ownership table. Arena bases are aligned to
 * at least a page, so 1 is never a key; and NULL masked to its "arena"
 * is 0, which is not the empty marker either, so a lookup of NULL walks
 * to an empty slot and answers "not mine" without a test of its own. */
#define TPY_POOL_NO_ARENA ((uintptr_t)1)

/* Fibonacci hashing: the arena number (base >> log2(arena_size)) times
 * 2^64 / golden ratio, top bits kept. Consecutive arena numbers (mmap
 * tends to place arenas side by side) then land far apart and evenly
 * spread (the three-gap theorem). The heap keeps the constant shifted
 * right by log2(arena_size), so that multiplying the base itself gives
 * the same top bits without a shift on the free path. */
#define TPY_POOL_HASH_MUL UINT64_C(0x9E3779B97F4A7C15)

/* --- blocks ----------------------------------------------------------------- */

/* A free block: its first word links to the next free block of the same
 * pool. Allocated blocks hold the user's bytes; nothing else is stored in
 * them, so a block of the smallest class (8 or 16 bytes) suffices. */
typedef struct tpy_pool_block {
    struct tpy_pool_block *next;
} tpy_pool_block;

/* --- pools ------------------------------------------------------------------ */

/* The header at the start of every pool (P-aligned, so a block finds its
 * pool by masking: block & ~(P - 1)). 48 bytes on 64-bit targets, a
 * multiple of 16 so that the first block is 16-aligned.
 *
 *   freeblock     head of the list of freed blocks inside this pool, linked
 *                 through their first word; NULL when none was freed.
 *   nextoffset    the bump pointer: offset of the first never-carved block.
 *                 A block is handed out from the free list first, else from
 *                 here, so the pages of a fresh pool are touched only as its
 *                 blocks are first used (lazy carving).
 *   maxnextoffset the last offset at which a whole block still fits; the
 *                 pool is full when freeblock == NULL and nextoffset >
 *                 maxnextoffset.
 *   next, prev    links of the class list (see struct tpy_pool). prev is
 *                 NULL exactly when the pool is in no list. `next` alone
 *                 links the arena's list of empty pools.
 *                 Invariant: a pool with room is in its class's list. The
 *                 head of a list may be full: it is dropped lazily, when an
 *                 allocation finds it full or a free puts another pool in
 *                 front of it; no other pool in a list is full.
 *   arena         the record of the arena the pool was carved from.
 *   used          blocks handed out and not freed. 0 means the pool is
 *                 empty: it sits on its arena's freepools list, or it is
 *                 its class's reserve, the single member of its list
 *                 (see pool.c).
 *   slot, size    the size class, as the byte offset of its list's entry
 *                 in the heap's head[] (class * step, see struct tpy_pool),
 *                 and its block size. Storing the offset rather than the
 *                 class index lets a free that puts a full pool back at the
 *                 front of its list address the list with no shift.
 *                 tpy_pool_page_class() gives the index. Both stay valid
 *                 while the pool is empty, so that a pool taken again for
 *                 the same class is used as it is, free list and all. */
typedef struct tpy_pool_page {
    tpy_pool_block *freeblock;
    struct tpy_pool_page *next;
    struct tpy_pool_page *prev;
    struct tpy_pool_arena *arena;
    uint32_t used;
    uint32_t nextoffset;
    uint32_t maxnextoffset;
    uint16_t slot;
    uint16_t size;
} tpy_pool_page;

#define TPY_POOL_HEADER_SIZE sizeof(tpy_pool_page)
_Static_assert(sizeof(tpy_pool_page) % 16 == 0 || sizeof(void *) != 8,
               "a pool header keeps the first block 16-aligned");

/* --- arenas ----------------------------------------------------------------- */

/* The record of one arena, kept in layer1 memory so that every byte of the
 * arena is pool space (pool 0 starts at the arena's base).
 *
 *   base        the arena's first byte; A-aligned.
 *   prev, next  links of the heap's `usable` list: arenas with at least one
 *               free pool and at least one used pool, in ascending order of
 *               nfree, so the head is the fullest arena. Allocating pools
 *               from the fullest arena lets the emptiest ones drain and go
 *               back to layer0 (obmalloc's usable_arenas ordering).
 *   freepools   empty pools that were carved before, linked by `next`.
 *   nfree       pools not in use: on freepools plus never carved.
 *   ncarved     pools carved so far (a bump index); pools at and above it
 *               have never been touched since the arena was mapped or reset. */
typedef struct tpy_pool_arena {
    uintptr_t base;
    struct tpy_pool_arena *prev;
    struct tpy_pool_arena *next;
    tpy_pool_page *freepools;
    uint32_t nfree;
    uint32_t ncarved;
} tpy_pool_arena;

/* --- the ownership table --------------------------------------------------------- */

/* The set of live arena bases: open addressing with linear probing, at most
 * a quarter full, deletion by shifting the following run back (no tombstones).
 * `keys` is the only array the free path reads; `arenas` runs parallel to
 * it and gives the record for a key. Its capacity is a power of two and
 * `shift` is 64 - log2(capacity). */
typedef struct tpy_pool_table {
    uintptr_t *keys;
    tpy_pool_arena **arenas;
    size_t cap;
    size_t count;
    unsigned shift;
} tpy_pool_table;

/* --- large blocks ------------------------------------------------------------------ */

/* The header in front of every block that passes through to layer1. The
 * heap keeps all of them on one circular list (the sentinel lives in the
 * heap) so that tpy_pool_delete() can return them; `size` is the size the
 * caller asked for, which realloc needs when it moves the block to a pool.
 * 32 bytes, so the user's pointer keeps layer1's 16-byte alignment. */
typedef struct tpy_pool_large {
    struct tpy_pool_large *next;
    struct tpy_pool_large *prev;
    size_t size;
    size_t reserved;
} tpy_pool_large;

/* --- the heap ---------------------------------------------------------------------- */

/* One heap. The first fields are the ones every malloc and free reads; they
 * share the record's first cache lines with the class list heads.
 *
 *   fast_limit  requests with n - 1 < fast_limit take the inline path; it
 *               equals the threshold, or 0 while fault injection is armed,
 *               which sends every request through the path that counts
 *               down to the injected fault (so the fast path never tests
 *               for it).
 *   head[]      the first pool of each class's list of pools with room,
 *               or &none when the list is empty. Class c's entry sits
 *               c * step bytes into the array (its *slot*): the fast path
 *               finds it as (n - 1) & slot_mask, one AND with no shift, and
 *               with step 16 every other entry is unused. Each list is
 *               doubly linked; its first pool's prev is &none and its last
 *               pool's next is &none. `none` is a pool header that has no
 *               room at all (no free block, bump pointer past its end), so
 *               the fast path needs no test for an empty list; its `used`
 *               is 1, so that head->used == 0 means exactly "the list holds
 *               a reserve" (see pool.c); its own `prev` is scratch that any
 *               list may write.
 *   served[n]   small requests of n bytes served, ever (size 0 counts as
 *               1; realloc in place counts), threshold + 1 entries. One
 *               counter per request size is the only statistic the
 *               allocation fast path keeps: the blocks handed out per
 *               class and the bytes asked for are both sums over it, so
 *               one increment does the work of two.
 *
 * The call counters are not kept on the hot paths; tpy_pool_stats()
 * derives them: every small block handed out is counted in served[], and
 * is now live, or was freed by tpy_pool_free(), or was released inside
 * realloc. So
 *   malloc_calls = sum(served) - small_not_by_malloc + malloc_not_small
 *   free_calls   = sum(served) - live small blocks - small_released_inside
 *                  + large_frees. */
struct tpy_pool {
    size_t fast_limit;
    uintptr_t arena_mask;       /* ~(arena_size - 1) */
    uintptr_t pool_mask;        /* ~(pool_size - 1) */
    uintptr_t *table_keys;      /* copy of table.keys */
    uint64_t hash_mul;          /* TPY_POOL_HASH_MUL >> log2(arena_size) */
    unsigned table_shift;       /* copy of table.shift, next to the keys */
    unsigned shift;             /* log2(step) */
    size_t slot_mask;           /* ~(step - 1): request - 1 to its class's slot */
    tpy_pool_page *head[TPY_POOL_MAX_THRESHOLD / 8];

    /* --- colder: the slow paths' state --- */
    tpy_pool_config cfg;        /* validated; cfg.mem is never NULL */
    size_t nclasses;
    uint32_t pools_per_arena;
    uint32_t spare_keep;        /* pools of the spare left resident */
    tpy_pool_page none;         /* the empty-ring marker (see head[]) */
    tpy_pool_arena *usable;     /* fullest arena with a free pool first */
    tpy_pool_arena **last_with; /* [k]: last arena in `usable` with nfree k */
    tpy_pool_arena *spare;      /* a fully empty arena kept, or NULL */
    tpy_pool_table table;
    tpy_pool_large large;       /* sentinel of the large-block ring */

    uint64_t calloc_calls, realloc_calls, failures;
    uint64_t small_not_by_malloc;   /* small blocks from calloc, realloc */
    uint64_t malloc_not_small;      /* malloc calls served large, or failed */
    uint64_t small_released_inside; /* small blocks realloc moved or kept */
    uint64_t large_frees;           /* tpy_pool_free() of a large block */
    uint64_t fail_countdown;    /* requests until the injected fault; 0: off */
    bool fail_every;
    tpy_mem_faults *faults;     /* a plan shared with layer1, or NULL */
    size_t large_live;
    size_t arenas_live, arenas_peak;
    uint64_t arenas_allocated, arenas_returned;

    uint64_t served[];          /* threshold + 1 entries; see above */
};

/* Pool i of an arena. */
static inline tpy_pool_page *tpy_pool_arena_pool(const struct tpy_pool *h,
                                                 const tpy_pool_arena *a, uint32_t i)
{
    return (tpy_pool_page *)(a->base + (uintptr_t)i * h->cfg.pool_size);
}

/* The size of a heap record with its served[] counters. */
static inline size_t tpy_pool_record_size(const tpy_pool_config *cfg)
{
    return sizeof(struct tpy_pool) + (cfg->threshold + 1) * sizeof(uint64_t);
}

/* A small request of n bytes was served (n already 1 for size 0). */
static inline void tpy_pool_count_served(struct tpy_pool *h, size_t n)
{
    h->served[n]++;
}

/* The list whose entry sits `slot` bytes into head[] (see struct tpy_pool). */
static inline tpy_pool_page **tpy_pool_list(struct tpy_pool *h, size_t slot)
{
    return (tpy_pool_page **)((char *)h->head + slot);
}

/* The first pool of class c's list. */
static inline tpy_pool_page *tpy_pool_head(const struct tpy_pool *h, unsigned c)
{
    return *(tpy_pool_page *const *)((const char *)h->head + ((size_t)c << h->shift));
}

/* --- size classes (sizeclass.c and inline) ---------------------------------------- */

/* The class of a request of 1..threshold bytes: classes are step apart, so
 * class c holds blocks of (c + 1) * step bytes. */
static inline unsigned tpy_pool_class_of(const struct tpy_pool *h, size_t n)
{
    return (unsigned)((n - 1) >> h->shift);
}

static inline size_t tpy_pool_class_size(const struct tpy_pool *h, unsigned c)
{
    return (size_t)(c + 1) << h->shift;
}

/* Class c's slot: the byte offset of its list's entry in head[]. */
static inline uint16_t tpy_pool_class_slot(const struct tpy_pool *h, unsigned c)
{
    return (uint16_t)(c << h->shift);
}

/* The class of a pool set up for one. */
static inline unsigned tpy_pool_page_class(const struct tpy_pool *h, const tpy_pool_page *pool)
{
    return (unsigned)pool->slot >> h->shift;
}

/* Derive the heap's masks, shifts and counts from a checked config. */
void tpy_pool_layout_init(struct tpy_pool *h, const tpy_pool_config *cfg);

/* log2 of a power of two. */
unsigned tpy_pool_log2(size_t x);

/* --- pools (pool.c) ------------------------------------------------------------------ */

/* Blocks of class `c` that fit in one pool after its header. */
uint32_t tpy_pool_page_capacity(const struct tpy_pool *h, unsigned c);

/* A pool of class c with room: the head of its list once any full pools
 * are dropped from it, or an empty pool taken from the fullest arena (or
 * a new arena) and put at the head. NULL when no arena can be had. */
tpy_pool_page *tpy_pool_page_for_class(struct tpy_pool *h, unsigned c);

/* A pool just carved from its arena: its header is garbage (stale bytes or
 * zeros); record the arena and mark it as set up for no class yet. */
void tpy_pool_page_mark_fresh(tpy_pool_page *pool, struct tpy_pool_arena *arena);

/* A free changed the pool's state: it was in no list and has room now, or
 * it is empty (back to its arena, or kept as its class's reserve). */
void tpy_pool_page_changed(struct tpy_pool *h, tpy_pool_page *pool);

/* Hand every class's reserve (an empty pool kept in its list) back to its
 * arena. Called when the heap shrinks or is about to grow, and by trim. */
void tpy_pool_page_release_reserves(struct tpy_pool *h);

static inline bool tpy_pool_page_has_room(const tpy_pool_page *pool)
{
    return pool->freeblock != NULL || pool->nextoffset <= pool->maxnextoffset;
}

/* Take a block from a pool with room: a freed one first (it is likely
 * still in the cache), else the next never-used one. */
static inline void *tpy_pool_page_take(tpy_pool_page *pool)
{
    tpy_pool_block *b = pool->freeblock;
    if (b != NULL) {
        pool->freeblock = b->next;
    } else {
        b = (tpy_pool_block *)((char *)pool + pool->nextoffset);
        pool->nextoffset += pool->size;
    }
    pool->used++;
    return b;
}

/* The class lists. Inline because a pool rejoins its list each time a
 * free gives a full pool a block back, which in a full heap under churn is
 * every other call; inserting at the front touches one neighbour only. */
static inline void tpy_pool_ring_insert(struct tpy_pool *h, tpy_pool_page *pool)
{
    tpy_pool_page **head = tpy_pool_list(h, pool->slot);
    tpy_pool_page *first = *head;
    pool->next = first;
    pool->prev = &h->none;
    first->prev = pool;
    *head = pool;
}

static inline void tpy_pool_ring_unlink(struct tpy_pool *h, tpy_pool_page *pool)
{
    if (pool->prev != &h->none)
        pool->prev->next = pool->next;
    else
        *tpy_pool_list(h, pool->slot) = pool->next;
    pool->next->prev = pool->prev;
    pool->prev = NULL;
}

/* tpy_pool_ring_unlink() of a pool known to be at the head of its list. */
static inline void tpy_pool_ring_drop_head(struct tpy_pool *h, tpy_pool_page *pool)
{
    *tpy_pool_list(h, pool->slot) = pool->next;
    pool->next->prev = &h->none;
    pool->prev = NULL;
}

/* A full pool got a block back: put it at the front of its class's list,
 * dropping a head that filled up. So a list holds at most one full pool,
 * at its head, and an allocation that finds it needs one step to reach a
 * pool with room. The caller has made sure the head is no reserve. */
static inline void tpy_pool_ring_push_front(struct tpy_pool *h, tpy_pool_page *pool)
{
    tpy_pool_page **head = tpy_pool_list(h, pool->slot);
    tpy_pool_page *first = *head;
    if (first != &h->none && !tpy_pool_page_has_room(first)) {
        first->prev = NULL;             /* dropped: in no list now */
        first = first->next;
    }
    pool->next = first;
    pool->prev = &h->none;
    first->prev = pool;
    *head = pool;
}

/* True when the pool is the only one in its class's list. */
static inline bool tpy_pool_ring_alone(const struct tpy_pool *h, const tpy_pool_page *pool)
{
    return pool->prev == &h->none && pool->next == &h->none;
}

/* --- arenas (arena.c) ------------------------------------------------------------------ */

/* An empty pool from the fullest usable arena, mapping or reusing an arena
 * when none has a free pool; NULL when layer0 or layer1 refuse. The pool's
 * header is not yet set up for a class (its slot may be stale). */
tpy_pool_page *tpy_pool_arena_take_pool(struct tpy_pool *h);

/* Give an empty pool back to its arena; an arena left fully empty becomes
 * the spare or goes back to layer0. */
void tpy_pool_arena_return_pool(struct tpy_pool *h, tpy_pool_page *pool);

/* Release the spare arena, if any, to layer0. */
void tpy_pool_arena_release_spare(struct tpy_pool *h);

/* Release every arena to layer0 (heap teardown). */
void tpy_pool_arena_release_all(struct tpy_pool *h);

/* --- the ownership table (table.c) ---------------------------------------------------- */

int tpy_pool_table_init(struct tpy_pool *h, size_t cap);
void tpy_pool_table_fini(struct tpy_pool *h);
/* Add an arena; -1 when the table must grow and layer1 refuses. */
int tpy_pool_table_insert(struct tpy_pool *h, tpy_pool_arena *a);
void tpy_pool_table_remove(struct tpy_pool *h, uintptr_t base);
/* The record of the arena that holds `ptr`, or NULL: a full probe. */
tpy_pool_arena *tpy_pool_table_find(const struct tpy_pool *h, const void *ptr);

/* The home slot of an arena base. */
static inline size_t tpy_pool_table_slot(const struct tpy_pool *h, uintptr_t base,
                                         unsigned shift)
{
    return (size_t)(((uint64_t)base * h->hash_mul) >> shift);
}

/* The free path's question, first probe only: is ptr in the arena whose
 * base sits in its home slot? A miss here is settled by
 * tpy_pool_table_find(), since the run may continue past the home slot;
 * the table is kept at most a quarter full, so that is rare. */
static inline bool tpy_pool_table_hit_first(const struct tpy_pool *h, const void *ptr)
{
    uintptr_t base = (uintptr_t)ptr & h->arena_mask;
    return h->table_keys[tpy_pool_table_slot(h, base, h->table_shift)] == base;
}

/* --- large blocks (large.c) ------------------------------------------------------------- */

void *tpy_pool_large_alloc(struct tpy_pool *h, size_t n, bool zero);
void *tpy_pool_large_realloc(struct tpy_pool *h, void *ptr, size_t n);
void tpy_pool_large_free(struct tpy_pool *h, void *ptr);
size_t tpy_pool_large_size(const void *ptr);
void tpy_pool_large_release_all(struct tpy_pool *h);

#endif

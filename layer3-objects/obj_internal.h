/* Private to layer3-objects: the heap and its per-type slots, and the
 * inline helpers the allocation fast path is made of.
 *
 *   tpy_obj_heap
 *   ├── pool | mem          where object blocks come from (layer2 or layer1)
 *   ├── slots[id] ───────► tpy_obj_slot (one per type used in this heap)
 *   │                      ├── sizes cached from the descriptor
 *   │                      ├── counters
 *   │                      └── lists[0..nlists)  free lists, LIFO
 *   ├── gens[3]            generation lists (sentinels) and gen 0's count
 *   ├── immortals[]        blocks of immortal objects, released at delete
 *   └── small_ints         one block of 262 immortal ints
 *
 * Invariants:
 *  - slots[0] is always NULL: id 0 means "never registered", so the fast
 *    path needs one bounds check and one NULL check, no hashing.
 *  - An object on a free list is untracked (its GC head's next is 0); its
 *    first word links it to the next object of the list; its block is
 *    exactly the size of a live object of the list's item count.
 *  - lists[n] holds objects of n items (fixed-size types: n = 0), and
 *    nlists is 0 when the type keeps no free list in this heap.
 *  - Bookkeeping (the heap, slots, tables) comes from layer1 under
 *    TPY_MEM_API_RAW; object blocks and the VM's raw memory from the pool,
 *    or from layer1 under TPY_MEM_API_OBJ when layer2 is off. */
#ifndef TIERPY_OBJ_INTERNAL_H
#define TIERPY_OBJ_INTERNAL_H

#include <tierpy/obj.h>
#include <tierpy/mem.h>
#include <tierpy/pool.h>

#include <assert.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* GCC/Clang hints that keep the fast paths free of stack frames: slow
 * halves are out of line and laid out away from the hot code. */
#define TPY_COLD __attribute__((cold, noinline))
#define TPY_LIKELY(x) __builtin_expect(!!(x), 1)

/* A free list: objects linked through their first word. */
typedef struct tpy_obj_freelist {
    tpy_object *head;
    unsigned count;
} tpy_obj_freelist;

/* The link stored in the first word of an object on a free list. */
typedef struct tpy_obj_freenode {
    tpy_object *next;
} tpy_obj_freenode;

typedef struct tpy_obj_slot {
    tpy_obj_type *type;
    size_t pre;          /* bytes in front of the object: the GC head or 0 */
    size_t fixed_bytes;  /* pre + basic_size */
    size_t item_size;    /* 0: fixed-size */
    size_t max_items;    /* largest n whose block size fits size_t and intptr_t */
    bool container;
    unsigned cap;        /* objects per free list */
    unsigned nlists;     /* free lists in lists[] (0: none) */
    /* counters; live = allocated - freed */
    uint64_t allocated, freed, hits, misses, full, resizes, failures;
    size_t bytes_live;
    size_t immortals;
    tpy_obj_type retired;   /* stands in for a descriptor freed by its owner */
    tpy_obj_freelist lists[];
} tpy_obj_slot;

struct tpy_obj_heap {
    tpy_obj_slot **slots;   /* by type id, owned; NULL entries: unused here */
    size_t nslots;
    tpy_pool *pool;         /* owned; NULL when layer2 is off */
    tpy_mem_allocator *mem; /* not owned */
    bool freelists;
    long cap_override;      /* TPY_OBJ_CAP_PER_TYPE or a capacity */
    tpy_gc_generation gens[TPY_GC_GENERATIONS];
    void **immortals;       /* blocks (GC head included) of immortal objects */
    size_t nimmortals, immortals_cap;
    tpy_object *small_ints; /* first small int; its block starts here */
    tpy_obj_type *small_int_type;
    uint64_t refused_frees, reg_failures, raw_allocs, raw_frees;
    void *user;             /* the owner's pointer (tpy_obj_heap_set_user), not owned */
    tpy_obj_trace_fn trace; /* tpy_obj_heap_set_trace(); NULL: off */
    void *trace_ctx;
    size_t small_max;       /* the pool's threshold: larger requests go on to layer1 */
};

/* The tier below layer3 that serves a block of n bytes (trace records). */
static inline int tpy_obj_block_tier(const tpy_obj_heap *h, size_t n)
{
    return h->pool && n <= h->small_max ? 2 : 1;
}

/* --- object blocks: layer2 or layer1 --------------------------------------- */

static inline void *tpy_obj_block_malloc(tpy_obj_heap *h, size_t n)
{
    return h->pool ? tpy_pool_malloc(h->pool, n)
                   : tpy_mem_malloc_in(h->mem, TPY_MEM_API_OBJ, n);
}

static inline void *tpy_obj_block_calloc(tpy_obj_heap *h, size_t nelem, size_t elsize)
{
    return h->pool ? tpy_pool_calloc(h->pool, nelem, elsize)
                   : tpy_mem_calloc_in(h->mem, TPY_MEM_API_OBJ, nelem, elsize);
}

static inline void *tpy_obj_block_realloc(tpy_obj_heap *h, void *p, size_t n)
{
    return h->pool ? tpy_pool_realloc(h->pool, p, n)
                   : tpy_mem_realloc_in(h->mem, TPY_MEM_API_OBJ, p, n);
}

static inline void tpy_obj_block_free(tpy_obj_heap *h, void *p)
{
    if (h->pool)
        tpy_pool_free(h->pool, p);
    else
        tpy_mem_free_in(h->mem, TPY_MEM_API_OBJ, p);
}

/* --- bookkeeping: layer1, RAW family ---------------------------------------- */

static inline void *tpy_obj_book_calloc(tpy_obj_heap *h, size_t nelem, size_t elsize)
{
    return tpy_mem_calloc_in(h->mem, TPY_MEM_API_RAW, nelem, elsize);
}

static inline void tpy_obj_book_free(tpy_obj_heap *h, void *p)
{
    tpy_mem_free_in(h->mem, TPY_MEM_API_RAW, p);
}

/* --- types ------------------------------------------------------------------ */

/* typereg.c: register `type` in `h` (assigning its id if needed); NULL and
 * a counted failure when out of memory. */
TPY_COLD tpy_obj_slot *tpy_obj_slot_register(tpy_obj_heap *h, tpy_obj_type *type);

/* typereg.c: release every slot and the table (free lists must be empty). */
void tpy_obj_slots_release(tpy_obj_heap *h);

/* The slot of `type` in `h`, or NULL if the type is not registered here. */
static inline tpy_obj_slot *tpy_obj_slot_find(const tpy_obj_heap *h, const tpy_obj_type *type)
{
    size_t id = (size_t)atomic_load_explicit(&type->id, memory_order_relaxed);
    return TPY_LIKELY(id < h->nslots) ? h->slots[id] : NULL;
}

/* The slot of `type` in `h`, registering it on first use. */
static inline tpy_obj_slot *tpy_obj_slot_of(tpy_obj_heap *h, tpy_obj_type *type)
{
    tpy_obj_slot *s = tpy_obj_slot_find(h, type);
    return TPY_LIKELY(s != NULL) ? s : tpy_obj_slot_register(h, type);
}

/* The slot of a live object's type (registered when it was allocated,
 * in this heap: an object is freed into the heap that made it). */
static inline tpy_obj_slot *tpy_obj_slot_of_obj(const tpy_obj_heap *h, const tpy_object *o)
{
    size_t id = (size_t)atomic_load_explicit(&o->type->id, memory_order_relaxed);
    assert(id != 0 && id < h->nslots && h->slots[id] != NULL);
    return h->slots[id];
}

/* Bytes of the block of an object of `n` items (n <= max_items). */
static inline size_t tpy_obj_block_size(const tpy_obj_slot *s, size_t n)
{
    return s->fixed_bytes + n * s->item_size;
}

/* The item count of a live object (0 for fixed-size types). */
static inline size_t tpy_obj_items(const tpy_obj_slot *s, const tpy_object *o)
{
    return s->item_size ? (size_t)((const tpy_var_object *)o)->size : 0;
}

/* --- free lists (LIFO) ------------------------------------------------------- */

static inline tpy_object *tpy_obj_freelist_pop(tpy_obj_freelist *fl)
{
    tpy_object *o = fl->head;
    if (o != NULL) {
        fl->head = ((tpy_obj_freenode *)o)->next;
        fl->count--;
    }
    return o;
}

/* Push `o` if there is room; false when the list is at capacity. */
static inline bool tpy_obj_freelist_push(tpy_obj_freelist *fl, unsigned cap, tpy_object *o)
{
    if (fl->count >= cap)
        return false;
    ((tpy_obj_freenode *)o)->next = fl->head;
    fl->head = o;
    fl->count++;
    return true;
}

/* freelist.c: release every object of the slot's free lists. */
void tpy_obj_freelists_release(tpy_obj_heap *h, tpy_obj_slot *s);

/* --- generations ------------------------------------------------------------ */

/* gc.c: set up the empty generation lists. */
void tpy_obj_gens_init(tpy_obj_heap *h);

/* immortal.c: release every immortal object and the small ints. */
void tpy_obj_immortals_release(tpy_obj_heap *h);

#endif

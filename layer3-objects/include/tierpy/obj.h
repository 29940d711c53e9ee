/**
 * @file obj.h
 * @brief layer3-objects: the allocation side of objects.
 *
 * This tier knows how big an object is, whether the cycle collector must
 * see it, and how long its memory lives; what the object means is the VM's
 * business. It provides:
 *
 *  - the object header (reference count and type), and the header of
 *    variable-size objects (plus their item count);
 *  - a type's *allocation descriptor* (tpy_obj_type): name, sizes, flags,
 *    free-list capacity and the hooks the VM fills in;
 *  - the *GC head*, 16 bytes placed in front of every container, and the
 *    doubly linked generation lists the collector works on;
 *  - a *heap* per VM (tpy_obj_heap) that bundles the layer2 pool (or, with
 *    layer2 off, the layer1 allocator), the free lists, the immortal
 *    objects and the small-int storage, and the per-type statistics.
 *
 * Memory of one object, lowest address first:
 *
 *     [tpy_gc_head, containers only][tpy_object header ... basic_size][n × item_size]
 *                                   ^ the tpy_object * points here
 *
 * A heap is not thread-safe: one per VM, one VM per thread. Type
 * descriptors may be shared by every heap of the process; the only state
 * they carry is a small id assigned once (atomically) on first use.
 * See docs/layer3-objects.md.
 */
#ifndef TIERPY_OBJ_H
#define TIERPY_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <tierpy/pool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Object headers                                                           */
/* ------------------------------------------------------------------------ */

struct tpy_obj_type;

/** @brief The header every object starts with. */
typedef struct tpy_object {
    intptr_t refcnt;                  /**< owned references (immortals: TPY_OBJ_IMMORTAL_REFCNT) */
    const struct tpy_obj_type *type;  /**< the allocation descriptor (the VM's type holds it) */
} tpy_object;

/**
 * @brief The header of a variable-size object (tuple, int digits, ...).
 *
 * `size` is the item count the block was allocated for; layer3 reads it
 * to size the object when it is freed, so the VM changes it only through
 * tpy_obj_resize(), never to encode anything else (such as a sign).
 */
typedef struct tpy_var_object {
    tpy_object base;  /**< the common header */
    intptr_t size;    /**< number of items */
} tpy_var_object;

/* ------------------------------------------------------------------------ */
/* Type descriptors                                                          */
/* ------------------------------------------------------------------------ */

/** @brief A VM's heap context: pool, free lists, generations, immortals (opaque). */
typedef struct tpy_obj_heap tpy_obj_heap;

/** @brief The type is a container: it gets a GC head and is tracked in
 *  generation 0 from birth. */
#define TPY_OBJ_CONTAINER 0x1u

/** @brief Free lists of a variable-size type are kept per item count for
 *  counts 0..TPY_OBJ_FREELIST_MAX_ITEMS (CPython keeps tuples of length
 *  1..20 this way); larger objects are always released. */
#define TPY_OBJ_FREELIST_MAX_ITEMS 20

/** @brief Called by the collector for each object a container references;
 *  a non-zero return stops the traversal and is passed back. */
typedef int (*tpy_obj_visit_fn)(tpy_object *o, void *arg);

/**
 * @brief The allocation descriptor of a type.
 *
 * Usually static data shared by every VM of the process; fill it with a
 * designated initializer and leave `id` zero. Per-heap state (free lists,
 * statistics) lives in the heap, indexed by `id`. The descriptor must be
 * writable (not defined `const`), since its id is stored in it on first
 * use; that is why the allocation functions take a non-const pointer.
 * Sizes, flags and capacity must not change once a heap has used the type
 * (a heap reads them when the type is registered in it).
 */
typedef struct tpy_obj_type {
    const char *name;      /**< for statistics, e.g. "tuple" */
    size_t basic_size;     /**< bytes of the object from its header on, without items or GC head */
    size_t item_size;      /**< bytes per item; non-zero makes the type variable-size */
    unsigned flags;        /**< TPY_OBJ_CONTAINER or 0 */
    unsigned freelist_cap; /**< objects kept per free list for reuse (0: none) */

    /**
     * Called by tpy_obj_dealloc() (and so by tpy_obj_decref()) when the
     * count reaches zero: release what the object owns, then call
     * tpy_obj_free(). NULL: tpy_obj_free() directly.
     */
    void (*destroy)(tpy_obj_heap *heap, tpy_object *o);
    /** The collector's view of a container's references (the VM's). */
    int (*traverse)(tpy_object *o, tpy_obj_visit_fn visit, void *arg);
    /** Drop a container's references to break a cycle (the VM's). */
    void (*clear)(tpy_obj_heap *heap, tpy_object *o);

    /** Process-wide small id, assigned on first use; 0 until then. Read
     *  it with tpy_obj_type_id(). */
    _Atomic int id;
} tpy_obj_type;

/**
 * @brief Capacities CPython 3.11 uses for its free lists, for the VM's
 * descriptors to start from (each is per list; tuples have one list per
 * length).
 */
enum tpy_obj_freelist_defaults {
    TPY_OBJ_FREELIST_FLOAT = 100,  /**< PyFloat_MAXFREELIST */
    TPY_OBJ_FREELIST_TUPLE = 2000, /**< PyTuple_MAXFREELIST, per length */
    TPY_OBJ_FREELIST_LIST = 80,    /**< PyList_MAXFREELIST */
    TPY_OBJ_FREELIST_DICT = 80,    /**< PyDict_MAXFREELIST */
    TPY_OBJ_FREELIST_FRAME = 200   /**< frame objects (3.10 kept 200) */
};

/**
 * @brief Register @p type in @p heap now instead of on its first
 * allocation (assigning its process-wide id if it has none).
 * @return 0, or -1 when the heap's table cannot grow (out of memory).
 */
int tpy_obj_type_register(tpy_obj_heap *heap, tpy_obj_type *type);

/** @brief The type's process-wide id, 0 if it has never been used. */
int tpy_obj_type_id(const tpy_obj_type *type);

/* ------------------------------------------------------------------------ */
/* The GC head and the generation lists                                      */
/* ------------------------------------------------------------------------ */

/**
 * @brief Placed immediately before every container (16 bytes on 64-bit).
 *
 * Packed the way CPython 3.8+ packs PyGC_Head:
 *
 *     next: | pointer to the next head ..................... | U |
 *     prev: | pointer to the previous head, or refs << 2 ... | C | F |
 *
 *  - next == 0: the object is not tracked (on no list).
 *  - U (TPY_GC_NEXT_UNREACHABLE): set by the collector while the object
 *    sits in its unreachable list; clear at all other times.
 *  - F (TPY_GC_PREV_FINALIZED): the finalizer has run.
 *  - C (TPY_GC_PREV_COLLECTING): the object is in the generation being
 *    collected; while it is set, the bits above hold the collector's copy
 *    of the reference count instead of the prev pointer.
 *
 * Heads are at least 8-byte aligned, so the low bits of a pointer are free.
 * Outside a collection, prev is a pointer with only F possibly set.
 */
typedef struct tpy_gc_head {
    uintptr_t next;  /**< next head | U */
    uintptr_t prev;  /**< previous head (or refs << TPY_GC_PREV_SHIFT) | C | F */
} tpy_gc_head;

/** @brief next's bit 0: the object is in the collector's unreachable list. */
#define TPY_GC_NEXT_UNREACHABLE ((uintptr_t)1)
/** @brief prev's bit 0: the object's finalizer has run. */
#define TPY_GC_PREV_FINALIZED ((uintptr_t)1)
/** @brief prev's bit 1: the object is part of the running collection. */
#define TPY_GC_PREV_COLLECTING ((uintptr_t)2)
/** @brief How far the copied reference count is shifted in prev. */
#define TPY_GC_PREV_SHIFT 2
/** @brief The bits of prev that hold the pointer or the copied count. */
#define TPY_GC_PREV_MASK (~(uintptr_t)3)

/** @brief The GC head of container @p o. */
#define TPY_GC_HEAD(o) ((tpy_gc_head *)(o) - 1)
/** @brief The container that GC head @p g belongs to. */
#define TPY_GC_OBJ(g) ((tpy_object *)((tpy_gc_head *)(g) + 1))

/** @brief The next head on @p g's list (the U bit masked off). */
static inline tpy_gc_head *tpy_gc_next(const tpy_gc_head *g)
{
    return (tpy_gc_head *)(g->next & ~TPY_GC_NEXT_UNREACHABLE);
}

/** @brief Set @p g's next pointer (clears U). */
static inline void tpy_gc_set_next(tpy_gc_head *g, tpy_gc_head *next)
{
    g->next = (uintptr_t)next;
}

/** @brief The previous head on @p g's list (flags masked off). */
static inline tpy_gc_head *tpy_gc_prev(const tpy_gc_head *g)
{
    return (tpy_gc_head *)(g->prev & TPY_GC_PREV_MASK);
}

/** @brief Set @p g's prev pointer, keeping its flag bits. */
static inline void tpy_gc_set_prev(tpy_gc_head *g, tpy_gc_head *prev)
{
    g->prev = (uintptr_t)prev | (g->prev & ~TPY_GC_PREV_MASK);
}

/** @brief The collector's copy of the reference count (valid while C is set). */
static inline intptr_t tpy_gc_refs(const tpy_gc_head *g)
{
    return (intptr_t)(g->prev >> TPY_GC_PREV_SHIFT);
}

/** @brief Store the collector's copy of the reference count, keeping F and C. */
static inline void tpy_gc_set_refs(tpy_gc_head *g, intptr_t refs)
{
    g->prev = (g->prev & ~TPY_GC_PREV_MASK) | ((uintptr_t)refs << TPY_GC_PREV_SHIFT);
}

/** @brief Subtract one from the copied reference count. */
static inline void tpy_gc_decref(tpy_gc_head *g)
{
    g->prev -= (uintptr_t)1 << TPY_GC_PREV_SHIFT;
}

/** @brief True if @p o (a container) is on a generation list. */
static inline bool tpy_gc_is_tracked(const tpy_object *o)
{
    return TPY_GC_HEAD(o)->next != 0;
}

/** @brief Make @p list an empty circular list (its own sentinel). */
static inline void tpy_gc_list_init(tpy_gc_head *list)
{
    list->next = (uintptr_t)list;
    list->prev = (uintptr_t)list;
}

/** @brief True if the list with sentinel @p list holds no object. */
static inline bool tpy_gc_list_is_empty(const tpy_gc_head *list)
{
    return tpy_gc_next(list) == list;
}

/** @brief Link @p node at the tail of @p list (before the sentinel),
 *  keeping @p node's flag bits. */
static inline void tpy_gc_list_append(tpy_gc_head *node, tpy_gc_head *list)
{
    tpy_gc_head *last = tpy_gc_prev(list);
    tpy_gc_set_next(last, node);
    tpy_gc_set_prev(node, last);
    tpy_gc_set_next(node, list);
    tpy_gc_set_prev(list, node);
}

/** @brief Unlink @p node from its list; it is then untracked (next = 0). */
static inline void tpy_gc_list_remove(tpy_gc_head *node)
{
    tpy_gc_head *prev = tpy_gc_prev(node);
    tpy_gc_head *next = tpy_gc_next(node);
    tpy_gc_set_next(prev, next);
    tpy_gc_set_prev(next, prev);
    node->next = 0;
}

/** @brief Move @p node from its list to the tail of @p list. */
static inline void tpy_gc_list_move(tpy_gc_head *node, tpy_gc_head *list)
{
    tpy_gc_list_remove(node);
    tpy_gc_list_append(node, list);
}

/** @brief Append every object of @p from to @p to; @p from ends empty. */
static inline void tpy_gc_list_merge(tpy_gc_head *from, tpy_gc_head *to)
{
    if (tpy_gc_list_is_empty(from))
        return;
    tpy_gc_head *to_last = tpy_gc_prev(to);
    tpy_gc_head *first = tpy_gc_next(from);
    tpy_gc_head *last = tpy_gc_prev(from);
    tpy_gc_set_next(to_last, first);
    tpy_gc_set_prev(first, to_last);
    tpy_gc_set_next(last, to);
    tpy_gc_set_prev(to, last);
    tpy_gc_list_init(from);
}

/** @brief Number of objects on the list with sentinel @p list (O(n)). */
static inline size_t tpy_gc_list_size(const tpy_gc_head *list)
{
    size_t n = 0;
    for (const tpy_gc_head *g = tpy_gc_next(list); g != list; g = tpy_gc_next(g))
        n++;
    return n;
}

/** @brief Number of generations a heap keeps. */
#define TPY_GC_GENERATIONS 3

/** @brief One generation: its list and the count the collector's
 *  thresholds are compared with. */
typedef struct tpy_gc_generation {
    tpy_gc_head head;  /**< sentinel of the circular list */
    /** Generation 0: containers allocated minus containers freed since the
     *  VM last set it to zero (layer3 keeps it, never below 0). Older
     *  generations: the VM's (collections of the younger one). */
    intptr_t count;
} tpy_gc_generation;

/** @brief The heap's TPY_GC_GENERATIONS generations, youngest first. Every
 *  container is linked into generation 0 when it is allocated. */
tpy_gc_generation *tpy_obj_heap_gc(tpy_obj_heap *heap);

/** @brief Link container @p o into generation 0 if it is not tracked. */
void tpy_obj_gc_track(tpy_obj_heap *heap, tpy_object *o);

/** @brief Unlink container @p o from its generation if it is tracked
 *  (the collector then no longer sees it; freeing it stays safe). */
void tpy_obj_gc_untrack(tpy_object *o);

/* ------------------------------------------------------------------------ */
/* The heap                                                                  */
/* ------------------------------------------------------------------------ */

/** @brief freelist_cap value that keeps each type's own capacity. */
#define TPY_OBJ_CAP_PER_TYPE (-1)

/** @brief How a heap is put together; fill it with tpy_obj_heap_config_init(). */
typedef struct tpy_obj_heap_config {
    bool use_pool;        /**< objects from a layer2 pool (default) or straight from layer1 */
    tpy_pool_config pool; /**< the pool's layout; its `mem` NULL means this config's `mem` */
    bool freelists;       /**< keep free lists (default true) */
    long freelist_cap;    /**< TPY_OBJ_CAP_PER_TYPE (default), or a capacity for every type */
    tpy_mem_allocator *mem; /**< layer1 allocator; NULL: the process default */
} tpy_obj_heap_config;

/** @brief Fill @p cfg with the defaults: pool on with tpy_pool_config_init()'s
 *  layout, free lists on at each type's capacity, the default allocator. */
void tpy_obj_heap_config_init(tpy_obj_heap_config *cfg);

/**
 * @brief Make a heap.
 * @param cfg the configuration (copied), or NULL for the defaults.
 * @return the heap, owned by the caller; NULL if the pool configuration is
 *         invalid or out of memory (nothing is left allocated then).
 */
tpy_obj_heap *tpy_obj_heap_new(const tpy_obj_heap_config *cfg);

/**
 * @brief Release a heap and everything layer3 holds for it: the objects on
 * the free lists, the immortals and the small ints, the per-type tables,
 * then the pool (every arena back to layer0). NULL is ignored.
 *
 * Objects the VM still holds are not destroyed: with layer2 on their
 * memory goes with the pool's arenas; with layer2 off they stay in layer1
 * (the statistics showed them as live).
 */
void tpy_obj_heap_delete(tpy_obj_heap *heap);

/** @brief Release every object kept on the heap's free lists (as
 *  CPython does at a full collection). */
void tpy_obj_heap_clear_freelists(tpy_obj_heap *heap);

/** @brief The heap's pool, or NULL when layer2 is off. */
tpy_pool *tpy_obj_heap_pool(tpy_obj_heap *heap);

/** @brief The layer1 allocator the heap uses (never NULL). */
tpy_mem_allocator *tpy_obj_heap_mem(tpy_obj_heap *heap);

/**
 * @brief Forget @p type in @p heap before its owner frees the descriptor
 * (a class made at run time): its counters stay, under a stand-in
 * descriptor that the statistics read from then on. No live objects of
 * the type may remain. Nothing happens when the heap never saw the type.
 */
void tpy_obj_type_retire(tpy_obj_heap *heap, tpy_obj_type *type);

/**
 * @brief Attach the owner's pointer to @p heap (the VM sets itself, so that
 * destroy hooks, which receive only the heap, can reach it). Layer3 never
 * reads it; NULL until set.
 */
void tpy_obj_heap_set_user(tpy_obj_heap *heap, void *user);
/** @brief The pointer given to tpy_obj_heap_set_user(), or NULL. */
void *tpy_obj_heap_user(const tpy_obj_heap *heap);

/** @brief What a traced request did (tpy_obj_heap_set_trace()). */
typedef enum tpy_obj_trace_op {
    TPY_OBJ_TRACE_ALLOC = 1,   /**< an object or raw block was handed out */
    TPY_OBJ_TRACE_FREE = 2,    /**< it was given back */
    TPY_OBJ_TRACE_REALLOC = 3  /**< it was resized (maybe moved) */
} tpy_obj_trace_op;

/**
 * @brief Called once per traced request: @p op, the tier that served it
 * (1 layer1, 2 layer2's pools, 3 layer3's free lists), the old address
 * (free, realloc; else NULL), the new one (alloc, realloc; else NULL) and
 * the bytes asked of the tier below (0 for a free). Objects are named by
 * their object pointer, raw blocks by their block pointer.
 */
typedef void (*tpy_obj_trace_fn)(void *ctx, tpy_obj_trace_op op, int tier, const void *old_addr,
                                 const void *new_addr, size_t size);

/**
 * @brief Report every object allocation, free and resize and every raw
 * block request of @p heap to @p fn (NULL: stop). Immortal objects and the
 * heap's own bookkeeping are not reported. Off, it costs one NULL test on
 * the allocation and free paths.
 */
void tpy_obj_heap_set_trace(tpy_obj_heap *heap, tpy_obj_trace_fn fn, void *ctx);

/**
 * @brief Raw memory for the VM (a list's item array, a dict's table),
 * from the pool or from layer1 as the heap is configured, so that the VM
 * need not know whether layer2 is on. NULL when out of memory.
 */
void *tpy_obj_heap_malloc(tpy_obj_heap *heap, size_t n);
/** @brief tpy_obj_heap_malloc() of @p nelem × @p elsize zeroed bytes; NULL on overflow. */
void *tpy_obj_heap_calloc(tpy_obj_heap *heap, size_t nelem, size_t elsize);
/** @brief Resize a block of tpy_obj_heap_malloc() (NULL allocates); on
 *  failure NULL is returned and the old block is untouched. */
void *tpy_obj_heap_realloc(tpy_obj_heap *heap, void *p, size_t n);
/** @brief Release a block of tpy_obj_heap_malloc(); NULL is ignored. */
void tpy_obj_heap_free(tpy_obj_heap *heap, void *p);

/* ------------------------------------------------------------------------ */
/* Allocation                                                                */
/* ------------------------------------------------------------------------ */

/**
 * @brief Allocate an object of a fixed-size @p type (a variable-size type
 * gets 0 items).
 *
 * The header is set (refcnt 1, type); a container's body is zeroed and the
 * container is tracked in generation 0, so the collector may traverse it
 * at once (its traverse must skip NULL references). The body of any other
 * object is left for the VM to fill. Comes from the type's free list when
 * one holds an object. NULL when out of memory.
 */
tpy_object *tpy_obj_new(tpy_obj_heap *heap, tpy_obj_type *type);

/** @brief Allocate a variable-size object of @p n items (size = @p n);
 *  otherwise as tpy_obj_new(). NULL when out of memory or @p n too large. */
tpy_object *tpy_obj_new_var(tpy_obj_heap *heap, tpy_obj_type *type, size_t n);

/**
 * @brief Resize variable-size object @p o to @p n items.
 *
 * Items that fit are kept; new items are not initialized (zeroed for
 * containers). A tracked container that moves stays at its place in its
 * generation list. Must not be called while the collector holds counts
 * in the GC heads.
 * @return the object, possibly moved; NULL on failure, @p o then intact.
 */
tpy_object *tpy_obj_resize(tpy_obj_heap *heap, tpy_object *o, size_t n);

/**
 * @brief Release object @p o: untrack it if it is a tracked container,
 * then keep it on its type's free list if there is room, else give its
 * memory back. Immortal objects are refused (a no-op, counted in the
 * statistics as refused_frees). NULL is ignored. An object goes back to
 * the heap that allocated it, once.
 */
void tpy_obj_free(tpy_obj_heap *heap, tpy_object *o);

/**
 * @brief Make live object @p o an object of @p type, whose blocks must
 * have the same layout as its current type's (GC head, basic and item
 * sizes): the per-type counters (live, bytes_live) move with it.
 * @return 0, or -1 (nothing changed) if the layouts differ, @p o is
 * immortal or @p type cannot be registered.
 */
int tpy_obj_retype(tpy_obj_heap *heap, tpy_object *o, tpy_obj_type *type);

/** @brief What the count reaching zero does: the type's destroy hook, or
 *  tpy_obj_free() when it has none. */
void tpy_obj_dealloc(tpy_obj_heap *heap, tpy_object *o);

/* ------------------------------------------------------------------------ */
/* Reference counts and immortal objects                                     */
/* ------------------------------------------------------------------------ */

/**
 * @brief The count immortal objects start with: 2^62 on 64-bit. Counting
 * does not test for immortals (it costs a branch per incref); no balanced
 * or plausibly unbalanced sequence of decrefs brings this to zero.
 */
#define TPY_OBJ_IMMORTAL_REFCNT ((intptr_t)1 << (sizeof(intptr_t) * 8 - 2))

/** @brief Take a reference. */
static inline void tpy_obj_incref(tpy_object *o)
{
    o->refcnt++;
}

/** @brief Drop a reference; at zero the object is deallocated
 *  (tpy_obj_dealloc()). */
static inline void tpy_obj_decref(tpy_obj_heap *heap, tpy_object *o)
{
    if (--o->refcnt == 0)
        tpy_obj_dealloc(heap, o);
}

/** @brief True if @p o is immortal: its count is in the upper half of the
 *  range immortals start in. */
static inline bool tpy_obj_is_immortal(const tpy_object *o)
{
    return o->refcnt >= TPY_OBJ_IMMORTAL_REFCNT / 2;
}

/**
 * @brief Allocate an immortal object (None, True, False, the empty tuple):
 * refcnt TPY_OBJ_IMMORTAL_REFCNT, body zeroed, @p n items if @p type is
 * variable-size (ignored otherwise), never on a generation list, never on
 * a free list. The heap owns it and releases it in tpy_obj_heap_delete();
 * tpy_obj_free() and tpy_obj_resize() refuse it. NULL when out of memory.
 */
tpy_object *tpy_obj_new_immortal(tpy_obj_heap *heap, tpy_obj_type *type, size_t n);

/** @brief Smallest small int. */
#define TPY_OBJ_SMALL_INT_MIN (-5)
/** @brief Largest small int. */
#define TPY_OBJ_SMALL_INT_MAX 256
/** @brief Number of small ints, -5..256. */
#define TPY_OBJ_SMALL_INT_COUNT (TPY_OBJ_SMALL_INT_MAX - TPY_OBJ_SMALL_INT_MIN + 1)

/**
 * @brief The heap's storage for the small ints: one block of
 * TPY_OBJ_SMALL_INT_COUNT immortal objects of @p int_type, each
 * tpy_obj_small_int_stride() bytes apart, the value -5 first. Headers
 * are set (a variable-size type gets room for one item and size 1); the
 * bodies are zeroed for the VM to fill. Allocated on the first call; later
 * calls return the same block.
 * @return the first object; NULL when out of memory, or when @p int_type
 *         is a container or differs from the first call's type.
 */
tpy_object *tpy_obj_small_ints(tpy_obj_heap *heap, tpy_obj_type *int_type);

/** @brief Bytes between consecutive small ints of @p int_type
 *  (its size rounded up to 16). */
size_t tpy_obj_small_int_stride(const tpy_obj_type *int_type);

/** @brief Small int @p v (TPY_OBJ_SMALL_INT_MIN..MAX) in storage @p base of
 *  stride @p stride. */
static inline tpy_object *tpy_obj_small_int_at(tpy_object *base, size_t stride, long v)
{
    return (tpy_object *)((char *)base + (size_t)(v - TPY_OBJ_SMALL_INT_MIN) * stride);
}

/* ------------------------------------------------------------------------ */
/* Statistics                                                                */
/* ------------------------------------------------------------------------ */

/** @brief Counts of one type in one heap. */
typedef struct tpy_obj_type_stats_t {
    const char *name;        /**< the type's name */
    int id;                  /**< its process-wide id */
    size_t basic_size;       /**< its basic size */
    size_t item_size;        /**< its item size (0: fixed) */
    bool container;          /**< has a GC head */
    unsigned freelist_cap;   /**< capacity per free list in this heap */
    size_t live;             /**< objects allocated and not freed */
    uint64_t allocated;      /**< objects handed out (free-list hits included) */
    uint64_t freed;          /**< objects given back by tpy_obj_free() */
    uint64_t freelist_hits;  /**< allocations served from a free list */
    uint64_t freelist_misses; /**< allocations that could use a free list, found it empty */
    uint64_t freelist_full;  /**< frees that found the free list at capacity */
    uint64_t resizes;        /**< successful tpy_obj_resize() calls */
    uint64_t failures;       /**< allocations and resizes that returned NULL */
    size_t bytes_live;       /**< bytes of live objects, GC heads included */
    size_t freelist_objects; /**< objects kept on the free lists now */
    size_t freelist_bytes;   /**< bytes those objects hold */
    size_t immortals;        /**< immortal objects of this type (small ints included) */
} tpy_obj_type_stats_t;

/** @brief Heap-wide totals; filled by tpy_obj_stats(). */
typedef struct tpy_obj_stats_t {
    bool pool;               /**< layer2 on */
    bool freelists;          /**< free lists on */
    size_t ntypes;           /**< types registered in this heap */
    size_t live;             /**< sum over the types */
    uint64_t allocated;      /**< sum over the types */
    uint64_t freed;          /**< sum over the types */
    uint64_t freelist_hits;  /**< sum over the types */
    uint64_t freelist_misses; /**< sum over the types */
    uint64_t failures;       /**< sum over the types, plus failed registrations */
    size_t bytes_live;       /**< sum over the types */
    size_t freelist_objects; /**< sum over the types */
    size_t freelist_bytes;   /**< sum over the types */
    size_t immortals;        /**< immortal objects, small ints included */
    uint64_t refused_frees;  /**< tpy_obj_free() calls refused (immortal object) */
    uint64_t raw_allocs;     /**< tpy_obj_heap_malloc/calloc() and realloc(NULL) that succeeded */
    uint64_t raw_frees;      /**< tpy_obj_heap_free() calls with a block */
} tpy_obj_stats_t;

/**
 * @brief Snapshot of a heap's statistics.
 * @param heap the heap.
 * @param out receives the totals.
 * @param types receives up to @p max_types per-type entries, by id (may be
 *        NULL when @p max_types is 0).
 * @param max_types entries available at @p types.
 * @return the number of types registered (entries available).
 */
size_t tpy_obj_stats(const tpy_obj_heap *heap, tpy_obj_stats_t *out,
                     tpy_obj_type_stats_t *types, size_t max_types);

/** @brief Counts of @p type in @p heap; 0, or -1 (and zeros) if the type
 *  has never been used in this heap. */
int tpy_obj_type_stats(const tpy_obj_heap *heap, const tpy_obj_type *type,
                       tpy_obj_type_stats_t *out);

/** @brief Print the statistics as a table, one line per type, then the totals. */
void tpy_obj_dump(const tpy_obj_heap *heap, FILE *out);

/** @brief The statistics as one JSON object (totals and a "types" array),
 *  written as snprintf does: the return value is the full length. */
int tpy_obj_stats_json(const tpy_obj_heap *heap, char *buf, size_t bufsize);

#ifdef __cplusplus
}
#endif
#endif /* TIERPY_OBJ_H */

/**
 * @file pool.h
 * @brief layer2-pool: the small-object allocator (pymalloc's design).
 *
 * Requests of 1..threshold bytes are rounded up to a *size class* (a
 * multiple of the class step). Blocks of one class live together in a
 * *pool* of pool_size bytes; pools are carved out of *arenas* of
 * arena_size bytes that come from layer0 aligned to their size. Larger
 * requests, and bookkeeping, go to layer1. See docs/layer2-pool.md.
 *
 * A heap (tpy_pool) is not thread-safe: use one per thread, as tierpy
 * uses one per VM.
 */
#ifndef TIERPY_POOL_H
#define TIERPY_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <tierpy/mem.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Largest small-request threshold a heap can be configured with. */
#define TPY_POOL_MAX_THRESHOLD 512
/** Most size classes a heap can have (threshold 512 with step 8). */
#define TPY_POOL_MAX_CLASSES (TPY_POOL_MAX_THRESHOLD / 8)

/** @brief How a heap is laid out; fill with tpy_pool_config_init(). */
typedef struct tpy_pool_config {
    size_t threshold;   /**< largest request served from pools (default 256, max 512, a multiple of step) */
    size_t step;        /**< size-class granularity: 16 (default) or 8 */
    size_t pool_size;   /**< bytes per pool: a power of two, 1 KiB..64 KiB (default 4 KiB) */
    size_t arena_size;  /**< bytes per arena: a power of two, >= 4 pools, <= 64 MiB (default 256 KiB) */
    tpy_mem_allocator *mem; /**< layer1 allocator for large requests and bookkeeping; NULL: the default */
} tpy_pool_config;

/** @brief Per size class counts, part of tpy_pool_stats_t. */
typedef struct tpy_pool_class_stats {
    size_t block_size;   /**< bytes per block of this class */
    size_t pools;        /**< pools currently assigned to this class */
    size_t blocks_used;  /**< blocks handed out and not freed */
    size_t blocks_free;  /**< blocks available in those pools (free list and uncarved) */
    uint64_t allocations; /**< blocks of this class handed out, in total (realloc in place counts) */
} tpy_pool_class_stats;

/** @brief A snapshot of one heap's statistics; filled by tpy_pool_stats(). */
typedef struct tpy_pool_stats_t {
    size_t nclasses;                                     /**< entries used in classes[] */
    tpy_pool_class_stats classes[TPY_POOL_MAX_CLASSES];  /**< one per size class */
    size_t arenas_live;        /**< arenas held now (the cached empty one included) */
    size_t arenas_peak;        /**< most arenas held at once */
    uint64_t arenas_allocated; /**< arenas taken from layer0, in total */
    uint64_t arenas_returned;  /**< arenas given back to layer0, in total */
    size_t arenas_cached;      /**< fully empty arenas kept for reuse (0 or 1); see tpy_pool_trim() */
    size_t pools_empty;        /**< pools carved from arenas but holding no block */
    uint64_t malloc_calls;     /**< tpy_pool_malloc() calls */
    uint64_t calloc_calls;     /**< tpy_pool_calloc() calls */
    uint64_t realloc_calls;    /**< tpy_pool_realloc() calls */
    uint64_t free_calls;       /**< tpy_pool_free() calls with a non-NULL pointer */
    uint64_t failures;         /**< requests that returned NULL */
    uint64_t bytes_requested;  /**< total bytes asked for by small requests (size 0 counts 1) */
    uint64_t bytes_handed;     /**< total bytes handed out for them (rounded to class) */
    size_t small_blocks_live;  /**< small blocks live now */
    size_t large_blocks_live;  /**< blocks passed through to layer1 and live now */
} tpy_pool_stats_t;

/** @brief A heap of pools and arenas (opaque). */
typedef struct tpy_pool tpy_pool;

/** @brief Fill @p cfg with the defaults (256 / 16 / 4 KiB / 256 KiB / default layer1).
 *
 * The default threshold is the build option `pool_threshold` (256 unless
 * configured otherwise); when that is not a multiple of 16 the default
 * step is 8. */
void tpy_pool_config_init(tpy_pool_config *cfg);

/**
 * @brief Check a configuration.
 * @return 0 if valid; -1 with a message naming the bad field in @p err.
 */
int tpy_pool_config_check(const tpy_pool_config *cfg, char *err, size_t errsize);

/**
 * @brief Make a heap.
 * @param cfg the layout (copied), or NULL for the defaults.
 * @return the heap, owned by the caller; NULL if @p cfg is invalid or
 *         memory for the heap's record cannot be had.
 */
tpy_pool *tpy_pool_new(const tpy_pool_config *cfg);

/** @brief Release a heap: every arena goes back to layer0, every large
 *  block still live back to layer1. NULL is ignored. */
void tpy_pool_delete(tpy_pool *p);

/** @brief Allocate @p n bytes, 16-byte aligned (8 with step 8 for classes
 *  of 8 mod 16); 0 is served as a 1-byte request. NULL when out of memory. */
void *tpy_pool_malloc(tpy_pool *p, size_t n);

/** @brief Allocate @p nelem × @p elsize zeroed bytes; NULL on overflow or
 *  when out of memory. */
void *tpy_pool_calloc(tpy_pool *p, size_t nelem, size_t elsize);

/**
 * @brief Resize a block of this heap (NULL: allocate).
 *
 * Stays in place while the new size fits the block's class, moves between
 * classes, and crosses to and from layer1 at the threshold. On failure the
 * old block is untouched and NULL is returned.
 */
void *tpy_pool_realloc(tpy_pool *p, void *ptr, size_t n);

/** @brief Release a block of this heap, small or large; NULL is ignored.
 *  Tells its own blocks from layer1's in O(1) without reading foreign memory. */
void tpy_pool_free(tpy_pool *p, void *ptr);

/**
 * @brief Give the cached empty arena, if any, back to layer0.
 *
 * When the last block of an arena is freed, one such arena is kept (with
 * most of its pages decommitted) so that a heap that repeatedly goes from
 * empty to a few blocks and back does not map and unmap an arena each
 * time. After tpy_pool_trim() a heap with no live small block holds no
 * arena at all. NULL is ignored.
 */
void tpy_pool_trim(tpy_pool *p);

/** @brief True if @p ptr is a small block (in one of this heap's arenas). */
bool tpy_pool_owns(const tpy_pool *p, const void *ptr);

/**
 * @brief Walk the heap and verify its internal invariants.
 *
 * For tests and debugging: it costs time proportional to the heap's size.
 * @return 0 if the heap is consistent; -1 with a message in @p err
 *         describing the first broken invariant (for example after a
 *         double free or a write past the end of a block).
 */
int tpy_pool_check(const tpy_pool *p, char *err, size_t errsize);

/** @brief Fill @p out with a snapshot of the heap's statistics. */
void tpy_pool_stats(const tpy_pool *p, tpy_pool_stats_t *out);

/** @brief Print the statistics as a table, in the spirit of
 *  sys._debugmallocstats(). */
void tpy_pool_dump(const tpy_pool *p, FILE *out);

/** @brief The statistics as one JSON object, written as snprintf does. */
int tpy_pool_stats_json(const tpy_pool *p, char *buf, size_t bufsize);

/**
 * @brief Make the @p nth allocation request on this heap fail (1: the next),
 * or with @p every each from the nth on; 0 turns it off. Counts small and
 * large requests (malloc, calloc, realloc); frees never fail.
 */
void tpy_pool_fail_at(tpy_pool *p, uint64_t nth, bool every);

/**
 * @brief Attach a fault plan shared with layer1 allocators (NULL detaches).
 *
 * The heap counts against @p f the requests it serves from its pools (a
 * malloc, calloc or realloc whose size is at most the threshold); larger
 * ones are layer1's to count, when its allocator carries the same plan, so
 * each request counts once. While a plan is attached every request takes
 * the slow path.
 */
void tpy_pool_set_faults(tpy_pool *p, tpy_mem_faults *f);

#ifdef __cplusplus
}
#endif
#endif /* TIERPY_POOL_H */

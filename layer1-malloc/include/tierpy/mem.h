/**
 * @file mem.h
 * @brief layer1-malloc: the raw allocator wrapper.
 *
 * Every byte that tierpy takes from a general-purpose allocator passes
 * through this layer: layer2 for requests above its threshold (and for its
 * own bookkeeping), layer3 and the VM when layer2 is turned off. The
 * layer puts a *backend* behind one front end:
 *
 *  - `libc`     glibc's malloc family;
 *  - `mimalloc` Microsoft's mimalloc (Debian's libmimalloc);
 *  - `debug`    wraps another backend (`debug` = `debug:libc`,
 *               `debug:mimalloc`): guard bytes on both sides of each block,
 *               fill patterns for fresh and freed memory, an API tag and a
 *               serial number per block; an overrun, underrun, double free,
 *               foreign pointer or mismatched API is reported and aborts.
 *
 * An *allocator* is one front end with one backend and its own statistics.
 * The process-wide default allocator takes its backend from the environment
 * variable `TIERPY_MALLOC` or from tpy_mem_select() before its first use;
 * tpy_mem_malloc() and friends use it. Further allocators can be made with
 * tpy_mem_allocator_new(), e.g. one per VM, each used by one thread at a
 * time (the statistics are plain counters, so that they cost nothing).
 */
#ifndef TIERPY_MEM_H
#define TIERPY_MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief The API family a block belongs to.
 *
 * A block must be released by the family that allocated it; the debug
 * backend checks that (the way CPython's debug hooks tell PyMem_RawMalloc,
 * PyMem_Malloc and PyObject_Malloc blocks apart).
 */
typedef enum tpy_mem_api {
    TPY_MEM_API_RAW = 0,  /**< tpy_mem_malloc() and friends */
    TPY_MEM_API_POOL = 1, /**< layer2-pool's large blocks and bookkeeping */
    TPY_MEM_API_OBJ = 2,  /**< objects that layer3 places straight in layer1 */
    TPY_MEM_API_COUNT
} tpy_mem_api;

/**
 * @brief A backend: the functions that really allocate.
 *
 * Each function receives `ctx` first and the API family of the block.
 * malloc and calloc are never asked for 0 bytes; free is never given NULL.
 * `usable_size` may be NULL, in which case byte counts are not kept.
 */
typedef struct tpy_mem_backend {
    const char *name;                                          /**< for reports */
    void *(*malloc)(void *ctx, size_t n, tpy_mem_api api);     /**< allocate */
    void *(*calloc)(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api); /**< zeroed */
    void *(*realloc)(void *ctx, void *p, size_t n, tpy_mem_api api); /**< resize */
    void  (*free)(void *ctx, void *p, tpy_mem_api api);        /**< release */
    size_t (*usable_size)(void *ctx, void *p);                 /**< optional */
    void *ctx;                                                 /**< passed back */
} tpy_mem_backend;

/** @brief Statistics of one allocator; a snapshot filled by tpy_mem_stats(). */
typedef struct tpy_mem_stats_t {
    const char *backend;    /**< the backend's name, e.g. "debug:mimalloc" */
    uint64_t malloc_calls;  /**< calls of the malloc entry points */
    uint64_t calloc_calls;  /**< calls of the calloc entry points */
    uint64_t realloc_calls; /**< calls of the realloc entry points */
    uint64_t free_calls;    /**< calls of the free entry points (NULL excluded) */
    uint64_t failures;      /**< requests that returned NULL */
    size_t   blocks_live;   /**< blocks allocated and not yet freed */
    size_t   bytes_live;    /**< usable bytes of those blocks */
    size_t   bytes_peak;    /**< most usable bytes live at once */
    bool     bytes_tracked; /**< false when the backend cannot tell sizes */
} tpy_mem_stats_t;

/** @brief One front end with one backend and its statistics (opaque). */
typedef struct tpy_mem_allocator tpy_mem_allocator;

/**
 * @brief Make an allocator with a named backend.
 * @param name `libc`, `mimalloc`, `debug`, `debug:libc` or `debug:mimalloc`.
 * @param err  receives a message that lists the valid names on failure
 *             (may be NULL).
 * @param errsize bytes available at @p err.
 * @return the allocator (owned by the caller, release it with
 *         tpy_mem_allocator_delete()), or NULL for an unknown name.
 */
tpy_mem_allocator *tpy_mem_allocator_new(const char *name, char *err, size_t errsize);

/**
 * @brief Make an allocator over a backend table the caller supplies.
 * The table is copied; its ctx stays owned by the caller.
 */
tpy_mem_allocator *tpy_mem_allocator_new_custom(const tpy_mem_backend *backend);

/** @brief Release an allocator made by tpy_mem_allocator_new*(). Blocks it
 *  still holds are not freed. */
void tpy_mem_allocator_delete(tpy_mem_allocator *a);

/** @brief The process-wide default allocator, set up on first use. */
tpy_mem_allocator *tpy_mem_default(void);

/**
 * @brief Route this thread's tpy_mem_malloc() family to @p a.
 *
 * An embedded VM sets its own allocator here while it runs, so that the
 * raw memory its compiler and helpers take comes from that VM's allocator
 * too, and VMs in several threads never share the default allocator's
 * counters. Blocks must be freed under the same routing they were taken
 * under.
 * @param a the allocator (not owned), or NULL to route back to the
 *          process default.
 * @return the previous routing of this thread (NULL: the default).
 */
tpy_mem_allocator *tpy_mem_set_thread_allocator(tpy_mem_allocator *a);

/** @brief The allocator tpy_mem_malloc() uses on this thread: the one set
 *  with tpy_mem_set_thread_allocator(), else tpy_mem_default(). */
tpy_mem_allocator *tpy_mem_current(void);

/**
 * @brief Choose the default allocator's backend by name.
 *
 * Must be called before the default allocator's first use.
 * @return 0 on success; -1 with a message in @p err for an unknown name or
 *         when the default allocator is already in use.
 */
int tpy_mem_select(const char *name, char *err, size_t errsize);

/**
 * @brief Set up the default allocator from `TIERPY_MALLOC` now.
 * @return 0, or -1 with a message in @p err that names the bad value and
 *         lists the valid ones (the default then stays unset).
 */
int tpy_mem_init_from_env(char *err, size_t errsize);

/** @brief The valid backend names, comma-separated. */
const char *tpy_mem_backend_names(void);

/** @brief Allocate @p n bytes (0 is treated as 1) from the default allocator.
 *  Requests past 1 TiB fail (NULL) without reaching the backend. */
void *tpy_mem_malloc(size_t n);
/** @brief Allocate @p nelem × @p elsize zeroed bytes; NULL on overflow. */
void *tpy_mem_calloc(size_t nelem, size_t elsize);
/** @brief Resize a block; realloc(NULL, n) allocates. On failure the old
 *  block is untouched and NULL returned. */
void *tpy_mem_realloc(void *p, size_t n);
/** @brief Release a block of the default allocator; NULL is ignored. */
void  tpy_mem_free(void *p);

/** @brief tpy_mem_malloc() on allocator @p a for API family @p api. */
void *tpy_mem_malloc_in(tpy_mem_allocator *a, tpy_mem_api api, size_t n);
/** @brief tpy_mem_calloc() on allocator @p a for API family @p api. */
void *tpy_mem_calloc_in(tpy_mem_allocator *a, tpy_mem_api api, size_t nelem, size_t elsize);
/** @brief tpy_mem_realloc() on allocator @p a for API family @p api. */
void *tpy_mem_realloc_in(tpy_mem_allocator *a, tpy_mem_api api, void *p, size_t n);
/** @brief tpy_mem_free() on allocator @p a for API family @p api. */
void  tpy_mem_free_in(tpy_mem_allocator *a, tpy_mem_api api, void *p);

/** @brief Statistics of @p a (NULL: the default allocator). */
void tpy_mem_stats(const tpy_mem_allocator *a, tpy_mem_stats_t *out);

/** @brief The statistics of @p a (NULL: default) as one JSON object, as snprintf. */
int tpy_mem_stats_json(const tpy_mem_allocator *a, char *buf, size_t bufsize);

/**
 * @brief Make the @p nth allocation request on @p a fail (NULL: default),
 * counting from this call (1: the next one); with @p every, every request
 * from the nth on. 0 turns injection off. Frees never fail.
 */
void tpy_mem_fail_at(tpy_mem_allocator *a, uint64_t nth, bool every);

/**
 * @brief A fault plan shared by several allocators (and layer2 heaps): one
 * count of allocation requests across all of them, so that "the nth
 * request" means the same whichever allocator or tier serves it
 * (`tierpy -X failalloc=N`). Each request is counted once, by the tier that
 * serves it. The caller owns the plan and keeps it alive while attached.
 */
typedef struct tpy_mem_faults {
    uint64_t nth;       /**< the request that fails (1: the first counted); 0: none */
    bool every;         /**< fail every request from the nth on */
    uint64_t requests;  /**< requests counted so far */
    uint64_t injected;  /**< requests failed by the plan so far */
} tpy_mem_faults;

/**
 * @brief Count one request against @p f.
 * @return false when the plan says this request fails.
 */
bool tpy_mem_faults_admit(tpy_mem_faults *f);

/**
 * @brief Attach the plan @p f to allocator @p a (NULL: the default), or
 * detach with NULL. Counted alongside tpy_mem_fail_at()'s own countdown.
 * @return the plan attached before, so that a caller with no failure path
 *         (GMP's allocation functions) can detach it for one request.
 */
tpy_mem_faults *tpy_mem_set_faults(tpy_mem_allocator *a, tpy_mem_faults *f);

#ifdef __cplusplus
}
#endif
#endif /* TIERPY_MEM_H */

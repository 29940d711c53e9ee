/**
 * @file os.h
 * @brief layer0-os: the page source under every other tier.
 *
 * Nothing above this layer calls mmap, munmap or madvise. It hands out
 * *arenas*: runs of pages aligned to their own size, so that any address
 * inside one finds the arena's start by masking off the low bits
 * (`addr & ~(size - 1)`). layer2-pool relies on that to tell its blocks
 * from layer1's in O(1).
 *
 * The layer keeps process-wide statistics, a cap on mapped bytes and a
 * fault-injection hook so that higher layers can test their out-of-memory
 * paths. Every function here is thread-safe.
 */
#ifndef TIERPY_OS_H
#define TIERPY_OS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Statistics of the page source; a snapshot filled by tpy_os_stats(). */
typedef struct tpy_os_stats_t {
    size_t   arenas_live;     /**< arenas mapped now */
    size_t   arenas_peak;     /**< most arenas mapped at once */
    size_t   bytes_live;      /**< bytes mapped now (sum of arena sizes) */
    size_t   bytes_peak;      /**< most bytes mapped at once */
    uint64_t alloc_calls;     /**< calls of tpy_os_arena_alloc() */
    uint64_t free_calls;      /**< calls of tpy_os_arena_free() */
    uint64_t decommit_calls;  /**< calls of tpy_os_decommit() */
    uint64_t bytes_decommitted; /**< total bytes handed back by decommit */
    uint64_t failures;        /**< allocations refused: cap, injected fault or mmap */
    size_t   cap;             /**< limit on bytes_live; 0 means no limit */
} tpy_os_stats_t;

/** The transparent huge page size (x86-64 and arm64 with 4 KiB pages). */
#define TPY_OS_HUGE_PAGE_SIZE ((size_t)2 << 20)

/**
 * @brief Map an arena of @p size bytes aligned to @p size.
 *
 * An arena whose size is a multiple of TPY_OS_HUGE_PAGE_SIZE is advised
 * to the kernel for transparent huge pages (madvise MADV_HUGEPAGE), so
 * that filling it costs one page fault per huge page; where THP is off
 * the advice is refused and nothing changes.
 *
 * @param size a power of two, at least the page size.
 * @return the arena (zero-filled), or NULL when @p size is invalid, when
 *         mapping it would pass the cap, when a fault is injected, or when
 *         the kernel refuses. Every NULL counts one failure.
 */
void *tpy_os_arena_alloc(size_t size);

/**
 * @brief Unmap an arena that tpy_os_arena_alloc() returned.
 * @param arena the arena's start (NULL is ignored).
 * @param size  the size it was allocated with.
 */
void tpy_os_arena_free(void *arena, size_t size);

/**
 * @brief Give the physical pages of a range back to the kernel.
 *
 * The range stays mapped and reads as zeros afterwards; touching it again
 * costs a page fault. @p addr and @p len are rounded inwards to whole pages.
 * @return 0 on success, -1 if madvise failed.
 */
int tpy_os_decommit(void *addr, size_t len);

/** @brief The system's page size in bytes (read once). */
size_t tpy_os_page_size(void);

/** @brief Fill @p out with a snapshot of this layer's statistics. */
void tpy_os_stats(tpy_os_stats_t *out);

/**
 * @brief Write the statistics as one JSON object into @p buf.
 * @return the length snprintf would have written (as snprintf).
 */
int tpy_os_stats_json(char *buf, size_t bufsize);

/**
 * @brief Limit the bytes mapped at once; 0 removes the limit.
 *
 * An allocation that would take bytes_live past the cap returns NULL and
 * counts a failure. Lowering the cap below bytes_live unmaps nothing.
 */
void tpy_os_set_cap(size_t bytes);

/**
 * @brief Inject allocation failures for tests of out-of-memory paths.
 *
 * Counting from this call, the @p nth call of tpy_os_arena_alloc() fails
 * (1 means the next one). With @p every set, every call from the nth on
 * fails. @p nth = 0 turns injection off.
 */
void tpy_os_fail_at(uint64_t nth, bool every);

/**
 * @brief Resident set size of the whole process in bytes, from
 * /proc/self/statm; 0 if it cannot be read.
 */
size_t tpy_os_rss(void);

#ifdef __cplusplus
}
#endif
#endif /* TIERPY_OS_H */

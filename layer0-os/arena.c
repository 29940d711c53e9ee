/* layer0-os/arena.c: size-aligned arenas from mmap, released with munmap.
 *
 * mmap only promises page alignment. To get an arena aligned to its own
 * size we first try a plain mapping (the kernel often places consecutive
 * mappings on a suitable boundary); when it is misaligned we map
 * size + size - page bytes, which must contain an aligned run of `size`,
 * and unmap the slack on either side of it. */
#include "os_internal.h"
#include <tierpy/os.h>

#include <sys/mman.h>
#include <unistd.h>

static atomic_size_t page_size_cache;

size_t tpy_os_page_size(void)
{
    size_t ps = atomic_load_explicit(&page_size_cache, memory_order_relaxed);
    if (ps == 0) {
        long v = sysconf(_SC_PAGESIZE);
        ps = v > 0 ? (size_t)v : 4096;
        atomic_store_explicit(&page_size_cache, ps, memory_order_relaxed);
    }
    return ps;
}

static bool is_power_of_two(size_t x) { return x != 0 && (x & (x - 1)) == 0; }

static void *map_pages(size_t len)
{
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* Map `size` bytes aligned to `size`; NULL if the kernel refuses. */
static void *map_aligned(size_t size)
{
    char *p = map_pages(size);
    if (p == NULL)
        return NULL;
    if (((uintptr_t)p & (size - 1)) == 0)
        return p;
    munmap(p, size);

    size_t page = tpy_os_page_size();
    size_t span = size + size - page;
    char *raw = map_pages(span);
    if (raw == NULL)
        return NULL;
    char *aligned = (char *)(((uintptr_t)raw + size - 1) & ~(uintptr_t)(size - 1));
    size_t head = (size_t)(aligned - raw);
    size_t tail = span - head - size;
    if (head)
        munmap(raw, head);
    if (tail)
        munmap(aligned + size, tail);
    return aligned;
}

/* An arena made of whole transparent huge pages asks the kernel to back
 * it with them: the first touch of each 2 MiB then costs one page fault
 * instead of 512, and one TLB entry covers it. Advice only: a kernel
 * without THP (or with it off) refuses it and the arena stays as it is. */
static void advise_huge_pages(void *arena, size_t size)
{
#ifdef MADV_HUGEPAGE
    if (size % TPY_OS_HUGE_PAGE_SIZE == 0)
        (void)madvise(arena, size, MADV_HUGEPAGE);
#else
    (void)arena;
    (void)size;
#endif
}

static void count_failure(void)
{
    atomic_fetch_add_explicit(&tpy_os_ctr.failures, 1, memory_order_relaxed);
}

void *tpy_os_arena_alloc(size_t size)
{
    atomic_fetch_add_explicit(&tpy_os_ctr.alloc_calls, 1, memory_order_relaxed);
    if (!is_power_of_two(size) || size < tpy_os_page_size()) {
        count_failure();
        return NULL;
    }
    if (!tpy_os_limit_admit(size)) {
        count_failure();
        return NULL;
    }
    void *p = map_aligned(size);
    if (p == NULL) {
        tpy_os_limit_release(size);
        count_failure();
        return NULL;
    }
    advise_huge_pages(p, size);
    size_t n = atomic_fetch_add_explicit(&tpy_os_ctr.arenas_live, 1, memory_order_relaxed) + 1;
    tpy_os_raise_peak(&tpy_os_ctr.arenas_peak, n);
    return p;
}

void tpy_os_arena_free(void *arena, size_t size)
{
    if (arena == NULL)
        return;
    atomic_fetch_add_explicit(&tpy_os_ctr.free_calls, 1, memory_order_relaxed);
    munmap(arena, size);
    atomic_fetch_sub_explicit(&tpy_os_ctr.arenas_live, 1, memory_order_relaxed);
    tpy_os_limit_release(size);
}

int tpy_os_decommit(void *addr, size_t len)
{
    size_t page = tpy_os_page_size();
    uintptr_t start = ((uintptr_t)addr + page - 1) & ~(uintptr_t)(page - 1);
    uintptr_t end = ((uintptr_t)addr + len) & ~(uintptr_t)(page - 1);
    atomic_fetch_add_explicit(&tpy_os_ctr.decommit_calls, 1, memory_order_relaxed);
    if (end <= start)
        return 0;
    if (madvise((void *)start, end - start, MADV_DONTNEED) != 0)
        return -1;
    atomic_fetch_add_explicit(&tpy_os_ctr.bytes_decommitted, end - start,
                              memory_order_relaxed);
    return 0;
}

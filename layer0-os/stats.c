/* layer0-os/stats.c: the layer's counters, their snapshot and JSON form,
 * and the process's resident set size. */
#include "os_internal.h"
#include <tierpy/os.h>

#include <stdio.h>
#include <unistd.h>

struct tpy_os_counters tpy_os_ctr;

void tpy_os_raise_peak(atomic_size_t *peak, size_t value)
{
    size_t old = atomic_load_explicit(peak, memory_order_relaxed);
    while (old < value &&
           !atomic_compare_exchange_weak_explicit(peak, &old, value,
                                                  memory_order_relaxed,
                                                  memory_order_relaxed))
        ;
}

#define LOAD(f) atomic_load_explicit(&tpy_os_ctr.f, memory_order_relaxed)

void tpy_os_stats(tpy_os_stats_t *out)
{
    out->arenas_live = LOAD(arenas_live);
    out->arenas_peak = LOAD(arenas_peak);
    out->bytes_live = LOAD(bytes_live);
    out->bytes_peak = LOAD(bytes_peak);
    out->alloc_calls = LOAD(alloc_calls);
    out->free_calls = LOAD(free_calls);
    out->decommit_calls = LOAD(decommit_calls);
    out->bytes_decommitted = LOAD(bytes_decommitted);
    out->failures = LOAD(failures);
    out->cap = tpy_os_limit_cap();
}

int tpy_os_stats_json(char *buf, size_t bufsize)
{
    tpy_os_stats_t s;
    tpy_os_stats(&s);
    return snprintf(buf, bufsize,
        "{\"arenas_live\": %zu, \"arenas_peak\": %zu, \"bytes_live\": %zu, "
        "\"bytes_peak\": %zu, \"alloc_calls\": %llu, \"free_calls\": %llu, "
        "\"decommit_calls\": %llu, \"bytes_decommitted\": %llu, "
        "\"failures\": %llu, \"cap\": %zu}",
        s.arenas_live, s.arenas_peak, s.bytes_live, s.bytes_peak,
        (unsigned long long)s.alloc_calls, (unsigned long long)s.free_calls,
        (unsigned long long)s.decommit_calls,
        (unsigned long long)s.bytes_decommitted,
        (unsigned long long)s.failures, s.cap);
}

size_t tpy_os_rss(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL)
        return 0;
    unsigned long size = 0, resident = 0;
    int n = fscanf(f, "%lu %lu", &size, &resident);
    fclose(f);
    return n == 2 ? (size_t)resident * tpy_os_page_size() : 0;
}

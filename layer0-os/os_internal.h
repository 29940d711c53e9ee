/* Private to layer0-os: the counters that arena.c, limits.c and stats.c share.
 * All are C11 atomics with relaxed order: they are statistics and limits,
 * not synchronisation, and mmap itself is the expensive part of every call. */
#ifndef TIERPY_OS_INTERNAL_H
#define TIERPY_OS_INTERNAL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct tpy_os_counters {
    atomic_size_t   arenas_live, arenas_peak;
    atomic_size_t   bytes_live, bytes_peak;
    atomic_uint_fast64_t alloc_calls, free_calls, decommit_calls;
    atomic_uint_fast64_t bytes_decommitted, failures;
};

extern struct tpy_os_counters tpy_os_ctr;

/* limits.c: may an allocation of `size` bytes go ahead? Reserves the bytes
 * against the cap when it says yes; tpy_os_limit_release gives them back. */
bool tpy_os_limit_admit(size_t size);
void tpy_os_limit_release(size_t size);
size_t tpy_os_limit_cap(void);

/* stats.c: raise `peak` to at least `value`. */
void tpy_os_raise_peak(atomic_size_t *peak, size_t value);

#endif

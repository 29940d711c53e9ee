/* layer0-os/limits.c: the cap on mapped bytes and injected faults.
 *
 * Both exist so that tests can drive every tier into its out-of-memory
 * path on demand. The cap is checked and the bytes reserved in one
 * compare-and-swap loop, so two threads cannot both squeeze under it. */
#include "os_internal.h"
#include <tierpy/os.h>

static atomic_size_t cap_bytes;              /* 0: no cap */
static atomic_uint_fast64_t fail_countdown;  /* 0: no fault pending */
static atomic_bool fail_every;

void tpy_os_set_cap(size_t bytes)
{
    atomic_store_explicit(&cap_bytes, bytes, memory_order_relaxed);
}

size_t tpy_os_limit_cap(void)
{
    return atomic_load_explicit(&cap_bytes, memory_order_relaxed);
}

void tpy_os_fail_at(uint64_t nth, bool every)
{
    atomic_store_explicit(&fail_every, every, memory_order_relaxed);
    atomic_store_explicit(&fail_countdown, nth, memory_order_relaxed);
}

/* True when this call is one that fault injection says must fail. */
static bool injected_fault(void)
{
    uint_fast64_t n = atomic_load_explicit(&fail_countdown, memory_order_relaxed);
    while (n != 0) {
        if (n == 1 && atomic_load_explicit(&fail_every, memory_order_relaxed))
            return true;                     /* stays at 1: fail from now on */
        if (atomic_compare_exchange_weak_explicit(&fail_countdown, &n, n - 1,
                                                  memory_order_relaxed,
                                                  memory_order_relaxed))
            return n == 1;
    }
    return false;
}

bool tpy_os_limit_admit(size_t size)
{
    if (injected_fault())
        return false;
    size_t cap = tpy_os_limit_cap();
    size_t live = atomic_load_explicit(&tpy_os_ctr.bytes_live, memory_order_relaxed);
    do {
        if (cap != 0 && (live > cap || size > cap - live))
            return false;
    } while (!atomic_compare_exchange_weak_explicit(&tpy_os_ctr.bytes_live, &live,
                                                    live + size,
                                                    memory_order_relaxed,
                                                    memory_order_relaxed));
    tpy_os_raise_peak(&tpy_os_ctr.bytes_peak, live + size);
    return true;
}

void tpy_os_limit_release(size_t size)
{
    atomic_fetch_sub_explicit(&tpy_os_ctr.bytes_live, size, memory_order_relaxed);
}

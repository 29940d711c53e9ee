/* layer1-malloc/allocator.c: the front end every layer1 request goes through.
 *
 * It normalises the edge cases the backends disagree on (size 0, calloc
 * overflow, realloc(NULL)), injects faults when a test asks, and keeps the
 * allocator's statistics. Byte counts use the backend's usable size, so
 * they are what the block really occupies. */
#include "backend.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CALL_MALLOC, CALL_CALLOC, CALL_REALLOC, CALL_FREE };

static tpy_mem_allocator default_allocator;
static bool default_ready;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;
/* Per thread: the allocator of the embedded VM running on it, if any. */
static _Thread_local tpy_mem_allocator *thread_allocator;

static void allocator_setup(tpy_mem_allocator *a, const tpy_mem_backend *b,
                            const char *name)
{
    memset(a, 0, sizeof *a);
    a->backend = *b;
    snprintf(a->name, sizeof a->name, "%s", name);
}

static int setup_by_name(tpy_mem_allocator *a, const char *name, char *err, size_t errsize)
{
    tpy_mem_backend b;
    if (tpy_mem_backend_by_name(name, &b, err, errsize) != 0)
        return -1;
    allocator_setup(a, &b, b.name);
    a->is_debug = strncmp(name, "debug", 5) == 0;
    return 0;
}

static const char *env_choice(void)
{
    const char *v = getenv("TIERPY_MALLOC");
    return (v != NULL && v[0] != '\0') ? v : "libc";
}

/* pthread_once body: a bad TIERPY_MALLOC leaves libc in charge here;
 * programs that want to refuse it call tpy_mem_init_from_env() first. */
static void default_from_env(void)
{
    if (default_ready)
        return;
    if (setup_by_name(&default_allocator, env_choice(), NULL, 0) != 0)
        allocator_setup(&default_allocator, &tpy_mem_libc_backend, "libc");
    default_ready = true;
}

tpy_mem_allocator *tpy_mem_default(void)
{
    if (!default_ready)
        pthread_once(&default_once, default_from_env);
    return &default_allocator;
}

tpy_mem_allocator *tpy_mem_set_thread_allocator(tpy_mem_allocator *a)
{
    tpy_mem_allocator *previous = thread_allocator;
    thread_allocator = a;
    return previous;
}

tpy_mem_allocator *tpy_mem_current(void)
{
    return thread_allocator ? thread_allocator : tpy_mem_default();
}

int tpy_mem_select(const char *name, char *err, size_t errsize)
{
    if (default_ready) {
        if (err != NULL && errsize > 0)
            snprintf(err, errsize, "the default allocator is already in use (backend '%s')",
                     default_allocator.name);
        return -1;
    }
    if (setup_by_name(&default_allocator, name, err, errsize) != 0)
        return -1;
    default_ready = true;
    return 0;
}

int tpy_mem_init_from_env(char *err, size_t errsize)
{
    if (default_ready)
        return 0;
    char inner[256];
    if (tpy_mem_select(env_choice(), inner, sizeof inner) != 0) {
        if (err != NULL && errsize > 0)
            snprintf(err, errsize, "TIERPY_MALLOC: %s", inner);
        return -1;
    }
    return 0;
}

tpy_mem_allocator *tpy_mem_allocator_new(const char *name, char *err, size_t errsize)
{
    tpy_mem_allocator *a = malloc(sizeof *a);
    if (a == NULL) {
        if (err != NULL && errsize > 0)
            snprintf(err, errsize, "out of memory");
        return NULL;
    }
    if (setup_by_name(a, name, err, errsize) != 0) {
        free(a);
        return NULL;
    }
    return a;
}

tpy_mem_allocator *tpy_mem_allocator_new_custom(const tpy_mem_backend *backend)
{
    if (backend == NULL || !backend->malloc || !backend->calloc ||
        !backend->realloc || !backend->free)
        return NULL;
    tpy_mem_allocator *a = malloc(sizeof *a);
    if (a != NULL)
        allocator_setup(a, backend, backend->name ? backend->name : "custom");
    return a;
}

void tpy_mem_allocator_delete(tpy_mem_allocator *a)
{
    if (a == NULL || a == &default_allocator)
        return;
    if (a->is_debug)
        tpy_mem_debug_backend_fini(&a->backend);
    free(a);
}

/* --- fault injection and accounting ------------------------------------ */

bool tpy_mem_faults_admit(tpy_mem_faults *f)
{
    uint64_t n = ++f->requests;
    if (f->nth == 0 || n < f->nth || (n > f->nth && !f->every))
        return true;
    f->injected++;
    return false;
}

tpy_mem_faults *tpy_mem_set_faults(tpy_mem_allocator *a, tpy_mem_faults *f)
{
    if (a == NULL)
        a = tpy_mem_default();
    tpy_mem_faults *old = a->faults;
    a->faults = f;
    return old;
}

static bool injected_fault(tpy_mem_allocator *a)
{
    if (a->faults != NULL && !tpy_mem_faults_admit(a->faults))
        return true;
    if (a->fail_countdown == 0)
        return false;
    if (a->fail_countdown == 1) {
        if (!a->fail_every)
            a->fail_countdown = 0;
        return true;
    }
    a->fail_countdown--;
    return false;
}

void tpy_mem_fail_at(tpy_mem_allocator *a, uint64_t nth, bool every)
{
    if (a == NULL)
        a = tpy_mem_default();
    a->fail_countdown = nth;
    a->fail_every = every;
}

static size_t usable(tpy_mem_allocator *a, void *p)
{
    return a->backend.usable_size ? a->backend.usable_size(a->backend.ctx, p) : 0;
}

static void account_alloc(tpy_mem_allocator *a, void *p)
{
    a->blocks_live++;
    a->bytes_live += usable(a, p);
    if (a->bytes_live > a->bytes_peak)
        a->bytes_peak = a->bytes_live;
}

static void *failed(tpy_mem_allocator *a)
{
    a->failures++;
    return NULL;
}

/* Requests past 1 TiB fail here, before any backend: no machine tierpy
 * runs on could grant them, and the sanitizers' allocators would print a
 * warning for each (a program's `[0] * 10**12` is a plain MemoryError). */
#define TPY_MEM_MAX_REQUEST ((size_t)1 << 40)

/* --- the entry points ---------------------------------------------------- */

void *tpy_mem_malloc_in(tpy_mem_allocator *a, tpy_mem_api api, size_t n)
{
    a->calls[CALL_MALLOC]++;
    if (injected_fault(a) || n > TPY_MEM_MAX_REQUEST)
        return failed(a);
    void *p = a->backend.malloc(a->backend.ctx, n ? n : 1, api);
    if (p == NULL)
        return failed(a);
    account_alloc(a, p);
    return p;
}

void *tpy_mem_calloc_in(tpy_mem_allocator *a, tpy_mem_api api, size_t nelem, size_t elsize)
{
    a->calls[CALL_CALLOC]++;
    if (elsize != 0 && nelem > SIZE_MAX / elsize)
        return failed(a);
    if (injected_fault(a) || nelem * elsize > TPY_MEM_MAX_REQUEST)
        return failed(a);
    if (nelem == 0 || elsize == 0)
        nelem = elsize = 1;
    void *p = a->backend.calloc(a->backend.ctx, nelem, elsize, api);
    if (p == NULL)
        return failed(a);
    account_alloc(a, p);
    return p;
}

void *tpy_mem_realloc_in(tpy_mem_allocator *a, tpy_mem_api api, void *p, size_t n)
{
    if (p == NULL)
        return tpy_mem_malloc_in(a, api, n);
    a->calls[CALL_REALLOC]++;
    if (injected_fault(a) || n > TPY_MEM_MAX_REQUEST)
        return failed(a);
    size_t old = usable(a, p);
    void *q = a->backend.realloc(a->backend.ctx, p, n ? n : 1, api);
    if (q == NULL)
        return failed(a);
    a->bytes_live = a->bytes_live - old + usable(a, q);
    if (a->bytes_live > a->bytes_peak)
        a->bytes_peak = a->bytes_live;
    return q;
}

void tpy_mem_free_in(tpy_mem_allocator *a, tpy_mem_api api, void *p)
{
    if (p == NULL)
        return;
    a->calls[CALL_FREE]++;
    /* The debug backend sizes only pointers it knows (0 otherwise) and
     * aborts in free() on a bad one, so sizing first is safe for all. */
    a->bytes_live -= usable(a, p);
    a->blocks_live--;
    a->backend.free(a->backend.ctx, p, api);
}

void *tpy_mem_malloc(size_t n) { return tpy_mem_malloc_in(tpy_mem_current(), TPY_MEM_API_RAW, n); }
void *tpy_mem_calloc(size_t nelem, size_t elsize) { return tpy_mem_calloc_in(tpy_mem_current(), TPY_MEM_API_RAW, nelem, elsize); }
void *tpy_mem_realloc(void *p, size_t n) { return tpy_mem_realloc_in(tpy_mem_current(), TPY_MEM_API_RAW, p, n); }
void tpy_mem_free(void *p) { tpy_mem_free_in(tpy_mem_current(), TPY_MEM_API_RAW, p); }

/* --- statistics ---------------------------------------------------------- */

void tpy_mem_stats(const tpy_mem_allocator *a, tpy_mem_stats_t *out)
{
    if (a == NULL)
        a = tpy_mem_default();
    out->backend = a->name;
    out->malloc_calls = a->calls[CALL_MALLOC];
    out->calloc_calls = a->calls[CALL_CALLOC];
    out->realloc_calls = a->calls[CALL_REALLOC];
    out->free_calls = a->calls[CALL_FREE];
    out->failures = a->failures;
    out->blocks_live = a->blocks_live;
    out->bytes_live = a->bytes_live;
    out->bytes_peak = a->bytes_peak;
    out->bytes_tracked = a->backend.usable_size != NULL;
}

int tpy_mem_stats_json(const tpy_mem_allocator *a, char *buf, size_t bufsize)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(a, &s);
    return snprintf(buf, bufsize,
        "{\"backend\": \"%s\", \"malloc_calls\": %llu, \"calloc_calls\": %llu, "
        "\"realloc_calls\": %llu, \"free_calls\": %llu, \"failures\": %llu, "
        "\"blocks_live\": %zu, \"bytes_live\": %zu, \"bytes_peak\": %zu, "
        "\"bytes_tracked\": %s}",
        s.backend, (unsigned long long)s.malloc_calls,
        (unsigned long long)s.calloc_calls, (unsigned long long)s.realloc_calls,
        (unsigned long long)s.free_calls, (unsigned long long)s.failures,
        s.blocks_live, s.bytes_live, s.bytes_peak, s.bytes_tracked ? "true" : "false");
}

/* tests/layer2-pool/stress.c: see stress.h. */
#include "stress.h"

#include <tierpy/os.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct live {
    unsigned char *p;
    size_t n;         /* bytes asked for (0 for size-0 requests) */
    uint32_t tag;     /* seeds the content pattern */
} live;

typedef struct run {
    const stress_params *sp;
    tpy_pool *heap;
    live *slots;
    size_t nlive;
    uint64_t rng;
    uint64_t op;
    uint32_t next_tag;
    stress_report *rep;
    uint64_t calls[4];    /* exact public calls made: malloc, calloc, realloc, free */
    char *err;
    size_t errsize;
} run;

uint64_t stress_seed_from_env(uint64_t fallback)
{
    const char *v = getenv("TIERPY_STRESS_SEED");
    if (v == NULL || v[0] == '\0')
        return fallback;
    return strtoull(v, NULL, 0);
}

/* splitmix64: tiny, fast and good enough to pick ops and sizes. */
static uint64_t next_rand(run *r)
{
    uint64_t z = (r->rng += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

__attribute__((format(printf, 2, 3)))
static int fail(run *r, const char *fmt, ...)
{
    char what[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(r->err, r->errsize, "op %llu (seed %llu): %s", (unsigned long long)r->op,
             (unsigned long long)r->sp->seed, what);
    return -1;
}

/* Sizes shaped like a Python heap: mostly small, a tail to 1024, some 0. */
static size_t pick_size(run *r)
{
    uint64_t x = next_rand(r);
    unsigned bucket = (unsigned)(x % 100);
    x >>= 8;
    if (bucket < 1)
        return 0;
    if (bucket < 70)
        return 1 + x % 128;
    if (bucket < 90)
        return 129 + x % 384;
    return 513 + x % 512;
}

static unsigned char pattern(uint32_t tag, size_t i)
{
    return (unsigned char)(tag * 131u + i * 7u + (i >> 8));
}

static void fill(live *l)
{
    for (size_t i = 0; i < l->n; i++)
        l->p[i] = pattern(l->tag, i);
}

static int verify(run *r, const live *l, size_t upto)
{
    for (size_t i = 0; i < upto && i < l->n; i++)
        if (l->p[i] != pattern(l->tag, i))
            return fail(r, "block %p of %zu bytes: byte %zu changed", (void *)l->p, l->n, i);
    return 0;
}

static int check_alignment(run *r, const void *p, size_t n)
{
    const tpy_pool_config *c = &r->sp->cfg;
    size_t want = 16;
    if (n <= c->threshold) {
        size_t size = n == 0 ? c->step : (n + c->step - 1) / c->step * c->step;
        want = size % 16 == 0 ? 16 : 8;
    }
    if ((uintptr_t)p % want != 0)
        return fail(r, "block %p of %zu bytes is not %zu-aligned", p, n, want);
    if (tpy_pool_owns(r->heap, p) != (n <= c->threshold))
        return fail(r, "block %p of %zu bytes: owns() says %d", p, n,
                    (int)tpy_pool_owns(r->heap, p));
    return 0;
}

static int add_block(run *r, size_t slot, unsigned char *p, size_t n, bool zeroed)
{
    if (p == NULL)
        return fail(r, "allocation of %zu bytes returned NULL", n);
    if (check_alignment(r, p, n) != 0)
        return -1;
    if (zeroed)
        for (size_t i = 0; i < n; i++)
            if (p[i] != 0)
                return fail(r, "calloc block %p of %zu bytes: byte %zu not zero", (void *)p, n, i);
    live *l = &r->slots[slot];
    *l = (live){p, n, r->next_tag++};
    fill(l);
    if (++r->nlive > r->rep->peak_live)
        r->rep->peak_live = r->nlive;
    return 0;
}

static int op_alloc(run *r, size_t slot)
{
    size_t n = pick_size(r);
    if (next_rand(r) % 4 == 0) {
        size_t el = 1 + next_rand(r) % 8;
        size_t nel = n / el;
        r->rep->callocs++;
        r->calls[1]++;
        return add_block(r, slot, tpy_pool_calloc(r->heap, nel, el), nel * el, true);
    }
    r->rep->mallocs++;
    if (next_rand(r) % 16 == 0) {   /* realloc(NULL, n) allocates */
        r->calls[2]++;
        return add_block(r, slot, tpy_pool_realloc(r->heap, NULL, n), n, false);
    }
    r->calls[0]++;
    return add_block(r, slot, tpy_pool_malloc(r->heap, n), n, false);
}

static int op_free(run *r, size_t slot)
{
    live *l = &r->slots[slot];
    if (verify(r, l, l->n) != 0)
        return -1;
    tpy_pool_free(r->heap, l->p);
    r->calls[3]++;
    l->p = NULL;
    r->nlive--;
    r->rep->frees++;
    return 0;
}

static int op_realloc(run *r, size_t slot)
{
    live *l = &r->slots[slot];
    if (verify(r, l, l->n) != 0)
        return -1;
    size_t n = pick_size(r);
    unsigned char *q = tpy_pool_realloc(r->heap, l->p, n);
    r->rep->reallocs++;
    r->calls[2]++;
    if (q == NULL)
        return fail(r, "realloc to %zu bytes returned NULL", n);
    live moved = {q, n < l->n ? n : l->n, l->tag};
    if (verify(r, &moved, moved.n) != 0)
        return -1;
    if (check_alignment(r, q, n) != 0)
        return -1;
    l->p = q;
    l->n = n;
    l->tag = r->next_tag++;
    fill(l);
    return 0;
}

static int by_address(const void *a, const void *b)
{
    const live *x = a, *y = b;
    return (x->p > y->p) - (x->p < y->p);
}

/* Every live block intact, none overlapping another, the heap consistent. */
static int full_check(run *r)
{
    live *sorted = malloc(r->nlive * sizeof *sorted + 1);
    if (sorted == NULL)
        return fail(r, "out of memory for the overlap check");
    size_t k = 0;
    for (size_t i = 0; i < r->sp->max_live; i++)
        if (r->slots[i].p != NULL)
            sorted[k++] = r->slots[i];
    qsort(sorted, k, sizeof *sorted, by_address);
    int rc = 0;
    for (size_t i = 0; i < k && rc == 0; i++) {
        size_t extent = sorted[i].n ? sorted[i].n : 1;
        if (i + 1 < k && sorted[i].p + extent > sorted[i + 1].p)
            rc = fail(r, "blocks %p (%zu bytes) and %p overlap", (void *)sorted[i].p,
                      sorted[i].n, (void *)sorted[i + 1].p);
        else
            rc = verify(r, &sorted[i], sorted[i].n);
    }
    free(sorted);
    char why[256];
    if (rc == 0 && tpy_pool_check(r->heap, why, sizeof why) != 0)
        rc = fail(r, "tpy_pool_check: %s", why);
    return rc;
}

/* The run alternates between growing and shrinking phases, so that the
 * live set swings between near full and near empty and arenas are emptied,
 * cached, released and mapped again throughout, not only at the end. */
static bool shrinking(const run *r)
{
    return (r->op / (4 * r->sp->max_live)) % 2 == 1;
}

static int step(run *r)
{
    size_t slot = (size_t)(next_rand(r) % r->sp->max_live);
    if (r->slots[slot].p == NULL) {
        if (shrinking(r) && next_rand(r) % 8 != 0)
            return 0;
        return op_alloc(r, slot);
    }
    if (next_rand(r) % 3 == 0)
        return op_realloc(r, slot);
    return op_free(r, slot);
}

/* Free everything; the heap must then hold no block and, once trimmed
 * (reserves and spare released), no arena: layer0's count is back where
 * it started. */
static int drain(run *r, size_t os_arenas_before)
{
    tpy_pool_stats_t s;
    tpy_pool_stats(r->heap, &s);
    r->rep->arenas_returned = s.arenas_returned;
    for (size_t i = 0; i < r->sp->max_live; i++)
        if (r->slots[i].p != NULL && op_free(r, i) != 0)
            return -1;
    tpy_pool_free(r->heap, NULL);
    tpy_pool_stats(r->heap, &s);
    r->rep->arenas_peak = s.arenas_peak;
    for (size_t c = 0; c < s.nclasses; c++)
        if (s.classes[c].pools || s.classes[c].blocks_used || s.classes[c].blocks_free)
            return fail(r, "after freeing all, class %zu has %zu pools, %zu used, %zu free", c,
                        s.classes[c].pools, s.classes[c].blocks_used, s.classes[c].blocks_free);
    uint64_t counted[4] = {s.malloc_calls, s.calloc_calls, s.realloc_calls, s.free_calls};
    for (int i = 0; i < 4; i++)
        if (counted[i] != r->calls[i])
            return fail(r, "call counter %d says %llu, %llu calls were made", i,
                        (unsigned long long)counted[i], (unsigned long long)r->calls[i]);
    if (s.failures != 0)
        return fail(r, "%llu failures counted", (unsigned long long)s.failures);
    if (s.small_blocks_live || s.large_blocks_live)
        return fail(r, "after freeing all: %zu small, %zu large blocks",
                    s.small_blocks_live, s.large_blocks_live);
    /* What is left is the spare and the arenas of the classes' reserves. */
    if (s.arenas_live > s.arenas_cached + s.pools_empty)
        return fail(r, "after freeing all: %zu arenas for %zu empty pools", s.arenas_live,
                    s.pools_empty);
    tpy_pool_trim(r->heap);
    tpy_pool_stats(r->heap, &s);
    tpy_os_stats_t os;
    tpy_os_stats(&os);
    if (s.arenas_live != 0 || s.arenas_cached != 0 || s.pools_empty != 0 ||
        os.arenas_live != os_arenas_before)
        return fail(r, "after trim: heap holds %zu arenas, %zu empty pools; layer0 %zu (was %zu)",
                    s.arenas_live, s.pools_empty, os.arenas_live, os_arenas_before);
    return full_check(r);
}

int stress_run(const stress_params *sp, stress_report *rep, char *err, size_t errsize)
{
    memset(rep, 0, sizeof *rep);
    tpy_os_stats_t os;
    tpy_os_stats(&os);
    run r = {.sp = sp, .rng = sp->seed, .rep = rep, .err = err, .errsize = errsize,
             .next_tag = 1};
    r.heap = tpy_pool_new(&sp->cfg);
    r.slots = calloc(sp->max_live, sizeof *r.slots);
    int rc = 0;
    if (r.heap == NULL || r.slots == NULL)
        rc = fail(&r, "cannot make the heap or the shadow record");
    for (r.op = 1; rc == 0 && r.op <= sp->ops; r.op++) {
        rc = step(&r);
        if (rc == 0 && sp->check_every && r.op % sp->check_every == 0)
            rc = full_check(&r);
    }
    if (rc == 0)
        rc = drain(&r, os.arenas_live);
    tpy_pool_delete(r.heap);
    free(r.slots);
    return rc;
}

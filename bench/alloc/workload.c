/* bench/alloc/workload.c: one allocator under the workloads of a Python
 * heap, built once per allocator (-DALLOCATOR=ALLOC_...) into
 * tierpy-alloc-<name>, because jemalloc and tcmalloc take over malloc
 * when they are linked in. run_alloc_bench.py runs them all side by side.
 *
 *   tierpy-alloc-<name> full|small speed|grow-random|grow-oldest
 *   tierpy-alloc-<name> replay TRACE      (tierpy-bench replay: see run_replay)
 *
 * `speed` runs the pair, batch and churn workloads; each grow mode runs
 * one grow / free-90% / regrow / free-all sequence, in a process of its
 * own so that the RSS it reports owes nothing to earlier workloads. The
 * benchmark's own arrays are mapped with mmap, outside every allocator.
 *
 * Sizes come from a fixed-seed generator run before any measurement, into
 * an array that every workload reads the same way, so the generator's
 * cost is excluded and the reading cost is equal for all. Every block gets
 * one byte written, as an object's header would be. One op is one
 * allocation and one free (batches, churn), or one of either (the
 * grow / free-90% / regrow phases).
 *
 * Each measured phase prints one line
 *     phase NAME OPS NANOSECONDS RSS_BYTES LIVE_BYTES LIVE16_BYTES
 * (LIVE16: the live sizes rounded up to 16 bytes, what any allocator that
 * aligns blocks to 16 bytes must hold at least)
 * and, under callgrind (--collect-atstart=no), is bracketed by client
 * requests so that exactly the phase's instructions are collected and
 * dumped under the phase's name. "small" shrinks the counts so that a
 * callgrind run takes seconds; "full" is the native run (4 million objects
 * in the grow phases). */
#include <dlfcn.h>
#include <sys/mman.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifdef TPY_HAVE_CALLGRIND
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS_AT(name) ((void)(name))
#endif

#define ALLOC_TIERPY 1
#define ALLOC_GLIBC 2
#define ALLOC_MIMALLOC 3
#define ALLOC_JEMALLOC 4
#define ALLOC_TCMALLOC 5
#define ALLOC_PYMALLOC 6
#define ALLOC_BARE 7

/* --- the allocator under test ------------------------------------------------ */

#if ALLOCATOR == ALLOC_TIERPY
#include <tierpy/pool.h>
#define ALLOC_NAME "tierpy"
static tpy_pool *heap;
static void a_init(void) { heap = tpy_pool_new(NULL); }
static inline void *a_malloc(size_t n) { return tpy_pool_malloc(heap, n); }
static inline void a_free(void *p, size_t n) { (void)n; tpy_pool_free(heap, p); }
static inline void *a_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    return tpy_pool_realloc(heap, p, n);
}

#elif ALLOCATOR == ALLOC_MIMALLOC
#include <mimalloc.h>
#define ALLOC_NAME "mimalloc"
static void a_init(void) {}
static inline void *a_malloc(size_t n) { return mi_malloc(n); }
static inline void a_free(void *p, size_t n) { (void)n; mi_free(p); }
static inline void *a_realloc(void *p, size_t old, size_t n) { (void)old; return mi_realloc(p, n); }

#elif ALLOCATOR == ALLOC_PYMALLOC
/* CPython 3.11's object allocator; its state is static, so it works
 * without Py_Initialize(). Declared here to keep Python.h's macros out. */
void *PyObject_Malloc(size_t n);
void PyObject_Free(void *p);
void *PyObject_Realloc(void *p, size_t n);
#define ALLOC_NAME "pymalloc"
static void a_init(void) {}
static inline void *a_malloc(size_t n) { return PyObject_Malloc(n); }
static inline void a_free(void *p, size_t n) { (void)n; PyObject_Free(p); }
static inline void *a_realloc(void *p, size_t old, size_t n)
{
    (void)old;
    return PyObject_Realloc(p, n);
}

#elif ALLOCATOR == ALLOC_BARE
/* The floor: one free list per 16-byte class, sized free, carving from
 * 1 MiB chunks, never giving memory back, no statistics. */
#define ALLOC_NAME "bare-freelist"
static struct { void *head[17]; char *bump, *end; } bare;
static void a_init(void) {}
static void *bare_refill(size_t size)
{
    bare.bump = malloc(1 << 20);
    bare.end = bare.bump + (1 << 20);
    void *p = bare.bump;
    bare.bump += size;
    return p;
}
static inline void *a_malloc(size_t n)
{
    size_t c = (n + 15) >> 4;
    void *p = bare.head[c];
    if (p != NULL) {
        bare.head[c] = *(void **)p;
        return p;
    }
    if (bare.bump + c * 16 > bare.end)
        return bare_refill(c * 16);
    p = bare.bump;
    bare.bump += c * 16;
    return p;
}
static inline void a_free(void *p, size_t n)
{
    size_t c = (n + 15) >> 4;
    *(void **)p = bare.head[c];
    bare.head[c] = p;
}

#else /* glibc, or jemalloc / tcmalloc interposed on malloc */
#if ALLOCATOR == ALLOC_JEMALLOC
#define ALLOC_NAME "jemalloc"
#elif ALLOCATOR == ALLOC_TCMALLOC
#define ALLOC_NAME "tcmalloc"
#else
#define ALLOC_NAME "glibc"
#endif
static void a_init(void) {}
static inline void *a_malloc(size_t n) { return malloc(n); }
static inline void a_free(void *p, size_t n) { (void)n; free(p); }
static inline void *a_realloc(void *p, size_t old, size_t n) { (void)old; return realloc(p, n); }
#endif

/* --- sizes, clock, RSS ------------------------------------------------------------ */

#define NSIZES ((size_t)1 << 22)
static uint16_t *sizes;     /* sizes[i & (NSIZES - 1)] */

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;

static uint64_t xorshift(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void die(const char *what);

/* The benchmark's own memory: mapped directly and touched, so that it is
 * in the baseline RSS and in no allocator's heap. */
static void *bench_array(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die("setup");
    memset(p, 0, bytes);
    return p;
}

/* Python-shaped: 80% 16..64 bytes, 15% 65..128, 5% 129..256. */
static void make_sizes(void)
{
    sizes = bench_array(NSIZES * sizeof *sizes);
    for (size_t i = 0; i < NSIZES; i++) {
        uint64_t x = xorshift();
        unsigned r = (unsigned)(x % 100);
        x >>= 8;
        sizes[i] = (uint16_t)(r < 80 ? 16 + x % 49 : r < 95 ? 65 + x % 64 : 129 + x % 128);
    }
}

static inline size_t size_of(size_t i) { return sizes[i & (NSIZES - 1)]; }

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static size_t rss_bytes(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, resident = 0;
    if (f != NULL) {
        if (fscanf(f, "%lu %lu", &size, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (size_t)resident * (size_t)sysconf(_SC_PAGESIZE);
}

/* --- measurement -------------------------------------------------------------------- */

static const char *cur_name;
static double cur_start;

static void begin(const char *name)
{
    cur_name = name;
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
    cur_start = now_ns();
}

typedef struct live_sum {
    size_t asked, rounded;
} live_sum;

/* Stop the clock and the collection; what the report needs afterwards
 * (counting the live bytes) is not measured. */
static double end(void)
{
    double ns = now_ns() - cur_start;
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT(cur_name);
    return ns;
}

static void report(uint64_t ops, double ns, live_sum live)
{
    printf("phase %s %llu %.0f %zu %zu %zu\n", cur_name, (unsigned long long)ops, ns,
           rss_bytes(), live.asked, live.rounded);
    fflush(stdout);
}

static const live_sum nothing_live = {0, 0};

static inline void touch(void *p, size_t i) { *(volatile char *)p = (char)i; }

static void die(const char *what)
{
    fflush(stdout);
    fprintf(stderr, "tierpy-alloc-%s: out of memory in %s\n", ALLOC_NAME, what);
    exit(1);
}

/* --- workloads ------------------------------------------------------------------------ */

typedef struct scale {
    size_t pairs, batch, rounds, churn_ws, churn_steps, grow;
} scale;

static void run_pairs(const scale *s)
{
    begin("pair");
    for (size_t i = 0; i < s->pairs; i++) {
        void *p = a_malloc(size_of(i));
        touch(p, i);
        a_free(p, size_of(i));
    }
    report(s->pairs, end(), nothing_live);
}

static void run_batches(const scale *s, void **ptrs, int reverse)
{
    begin(reverse ? "batch-lifo" : "batch-fifo");
    for (size_t r = 0; r < s->rounds; r++) {
        size_t base = r * 7919;
        for (size_t i = 0; i < s->batch; i++) {
            ptrs[i] = a_malloc(size_of(base + i));
            touch(ptrs[i], i);
        }
        if (reverse)
            for (size_t i = s->batch; i-- > 0;)
                a_free(ptrs[i], size_of(base + i));
        else
            for (size_t i = 0; i < s->batch; i++)
                a_free(ptrs[i], size_of(base + i));
    }
    report(s->batch * s->rounds, end(), nothing_live);
}

/* A working set of churn_ws live objects; each step frees a random one
 * and allocates its replacement. The working set is made and dropped
 * outside the measurement. */
static void run_churn(const scale *s, void **ptrs)
{
    size_t mask = s->churn_ws - 1;
    uint32_t *sz = bench_array(s->churn_ws * sizeof *sz);
    for (size_t i = 0; i < s->churn_ws; i++) {
        sz[i] = (uint32_t)size_of(i * 3);
        if ((ptrs[i] = a_malloc(sz[i])) == NULL)
            die("churn");
        touch(ptrs[i], i);
    }
    uint32_t x = 2463534242u;
    begin("churn");
    for (size_t k = 0; k < s->churn_steps; k++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        size_t i = x & mask;
        a_free(ptrs[i], sz[i]);
        sz[i] = (uint32_t)size_of(k);
        ptrs[i] = a_malloc(sz[i]);
        touch(ptrs[i], k);
    }
    report(s->churn_steps, end(), nothing_live);
    for (size_t i = 0; i < s->churn_ws; i++)
        a_free(ptrs[i], sz[i]);
    munmap(sz, s->churn_ws * sizeof *sz);
}

static live_sum live_bytes(void **ptrs, size_t n)
{
    live_sum sum = {0, 0};
    for (size_t i = 0; i < n; i++)
        if (ptrs[i] != NULL) {
            sum.asked += size_of(i);
            sum.rounded += (size_of(i) + 15) & ~(size_t)15;
        }
    return sum;
}

/* Grow to n objects, free 90% of them (a random 90% or the oldest 90%),
 * grow back, free everything; RSS after each phase. `order` lists the
 * slots to free and refill, first 90% of it. */
static void run_grow(const scale *s, void **ptrs, const uint32_t *order, const char *tag)
{
    size_t n = s->grow, cut = n / 10 * 9;
    char name[64];
    memset(ptrs, 0, n * sizeof *ptrs);
    printf("baseline %s %zu\n", tag, rss_bytes());
    snprintf(name, sizeof name, "grow-%s", tag);
    begin(name);
    for (size_t i = 0; i < n; i++) {
        ptrs[i] = a_malloc(size_of(i));
        touch(ptrs[i], i);
    }
    double ns = end();
    report(n, ns, live_bytes(ptrs, n));
    snprintf(name, sizeof name, "free90-%s", tag);
    begin(name);
    for (size_t k = 0; k < cut; k++) {
        size_t i = order[k];
        a_free(ptrs[i], size_of(i));
        ptrs[i] = NULL;
    }
    ns = end();
    report(cut, ns, live_bytes(ptrs, n));
    snprintf(name, sizeof name, "regrow-%s", tag);
    begin(name);
    for (size_t k = 0; k < cut; k++) {
        size_t i = order[k];
        ptrs[i] = a_malloc(size_of(i));
        touch(ptrs[i], i);
    }
    ns = end();
    report(cut, ns, live_bytes(ptrs, n));
    snprintf(name, sizeof name, "freeall-%s", tag);
    begin(name);
    for (size_t i = 0; i < n; i++)
        a_free(ptrs[i], size_of(i));
    report(n, end(), nothing_live);
}

/* --- replay: an allocation trace (docs/benchmarks.md, version 1) ---------------------- */

/* bare serves up to 256 bytes; a trace's larger blocks go to malloc, and
 * its reallocations move. */
#if ALLOCATOR == ALLOC_BARE
static inline void *r_malloc(size_t n) { return n > 256 ? malloc(n) : a_malloc(n); }
static inline void r_free(void *p, size_t n)
{
    if (n > 256)
        free(p);
    else
        a_free(p, n);
}
static inline void *r_realloc(void *p, size_t old, size_t n)
{
    void *q = r_malloc(n);
    if (q != NULL) {
        memcpy(q, p, old < n ? old : n);
        r_free(p, old);
    }
    return q;
}
#else
static inline void *r_malloc(size_t n) { return a_malloc(n); }
static inline void r_free(void *p, size_t n) { a_free(p, n); }
static inline void *r_realloc(void *p, size_t old, size_t n) { return a_realloc(p, old, n); }
#endif

typedef struct replay_plan {
    size_t n, nslots;
    uint8_t *op;
    uint32_t *size, *slot;
} replay_plan;

static uint64_t le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Map the trace and turn its ids into dense slots, all in memory of the
 * benchmark's own (mmap), before anything is measured. The harness has
 * checked the trace (trace_read) before running this. */
static void load_trace(const char *path, replay_plan *rp)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL || fseek(f, 0, SEEK_END) != 0)
        die("opening the trace");
    size_t bytes = (size_t)ftell(f);
    unsigned char *map = bytes >= 32 ? mmap(NULL, bytes, PROT_READ, MAP_PRIVATE, fileno(f), 0)
                                     : MAP_FAILED;
    fclose(f);
    if (map == MAP_FAILED || memcmp(map, "TPYTRACE", 8) != 0 || le32(map + 12) < 24)
        die("reading the trace");
    size_t recsize = le32(map + 12);
    rp->n = (bytes - 32) / recsize;
    rp->op = bench_array(rp->n + 1);
    rp->size = bench_array((rp->n + 1) * sizeof *rp->size);
    rp->slot = bench_array((rp->n + 1) * sizeof *rp->slot);
    size_t cap = 16;
    while (cap < rp->n * 2)
        cap *= 2;
    uint64_t *keys = bench_array(cap * sizeof *keys);
    uint32_t *vals = bench_array(cap * sizeof *vals);
    rp->nslots = 0;
    for (size_t k = 0; k < rp->n; k++) {
        const unsigned char *r = map + 32 + k * recsize;
        uint64_t id = le64(r + 8) + 1;
        size_t i = (size_t)(id * 0x9E3779B97F4A7C15ULL) & (cap - 1);
        while (keys[i] != 0 && keys[i] != id)
            i = (i + 1) & (cap - 1);
        if (keys[i] == 0) {
            keys[i] = id;
            vals[i] = (uint32_t)rp->nslots++;
        }
        rp->op[k] = r[0];
        rp->size[k] = le32(r + 4);
        rp->slot[k] = vals[i];
    }
    munmap(keys, cap * sizeof *keys);
    munmap(vals, cap * sizeof *vals);
    munmap(map, bytes);
}

/* The peak RSS since clear_peak() (VmHWM), or the current RSS if the
 * kernel cannot reset the peak. */
static int peak_resettable;

static void clear_peak(void)
{
    FILE *f = fopen("/proc/self/clear_refs", "w");
    peak_resettable = f != NULL && fputs("5", f) >= 0;
    if (f != NULL && fclose(f) != 0)
        peak_resettable = 0;
}

static size_t peak_rss(void)
{
    char line[128];
    size_t kb = 0;
    FILE *f = peak_resettable ? fopen("/proc/self/status", "r") : NULL;
    while (f != NULL && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %zu kB", &kb) == 1)
            break;
    if (f != NULL)
        fclose(f);
    return kb ? kb * 1024 : rss_bytes();
}

/* Blocks the allocator itself counts as live, where it can tell (layer2):
 * -1 if not. (glibc's mallinfo2 counts blocks cached in its tcache as in
 * use, so it cannot say.) */
static double heap_in_use(void)
{
#if ALLOCATOR == ALLOC_TIERPY
    static tpy_pool_stats_t ps;
    tpy_pool_stats(heap, &ps);
    return (double)(ps.small_blocks_live + ps.large_blocks_live);
#else
    return -1;
#endif
}

/* Prints "replay RECORDS NS PEAK_BYTES BASELINE_BYTES LEFT_LIVE HEAP_BEFORE HEAP_AFTER":
 * the timed replay, the peak RSS during it and the RSS before it, the
 * blocks the trace left live (freed after the clock stopped) and what the
 * allocator counts in use before the replay and after those frees. */
static void run_replay(const char *path)
{
    replay_plan rp;
    load_trace(path, &rp);
    void **blocks = bench_array((rp.nslots + 1) * sizeof *blocks);
    uint32_t *bsize = bench_array((rp.nslots + 1) * sizeof *bsize);
    double heap_before = heap_in_use();
    size_t baseline = rss_bytes();
    clear_peak();
    begin("replay");
    for (size_t k = 0; k < rp.n; k++) {
        size_t s = rp.slot[k];
        if (rp.op[k] == 2) {
            r_free(blocks[s], bsize[s]);
            blocks[s] = NULL;
            continue;
        }
        void *q = rp.op[k] == 1 ? r_malloc(rp.size[k]) : r_realloc(blocks[s], bsize[s], rp.size[k]);
        if (q == NULL)
            die("replay");
        touch(q, k);
        blocks[s] = q;
        bsize[s] = rp.size[k];
    }
    double ns = end();
    size_t peak = peak_rss(), left = 0;
    for (size_t s = 0; s < rp.nslots; s++)
        if (blocks[s] != NULL) {
            r_free(blocks[s], bsize[s]);
            left++;
        }
    printf("replay %zu %.0f %zu %zu %zu %.0f %.0f\n", rp.n, ns, peak, baseline, left,
           heap_before, heap_in_use());
}

static void print_malloc_origin(void)
{
    Dl_info info;
    void *m = dlsym(RTLD_DEFAULT, "malloc");
    if (m != NULL && dladdr(m, &info) && info.dli_fname != NULL)
        printf("malloc %s\n", info.dli_fname);
}

static uint32_t *make_order(size_t n, int shuffled)
{
    uint32_t *order = bench_array(n * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[i] = (uint32_t)i;
    for (size_t i = n - 1; shuffled && i > 0; i--) {
        size_t j = xorshift() % (i + 1);
        uint32_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    return order;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "replay") == 0) {
        a_init();
        printf("allocator %s\n", ALLOC_NAME);
        print_malloc_origin();
        run_replay(argv[2]);
        return 0;
    }
    if (argc != 3 || (strcmp(argv[1], "full") != 0 && strcmp(argv[1], "small") != 0)) {
        fprintf(stderr, "usage: %s full|small speed|grow-random|grow-oldest\n"
                        "       %s replay TRACE\n", argv[0], argv[0]);
        return 2;
    }
    scale full = {10000000, 1000, 10000, 1 << 20, 10000000, 4000000};
    scale tiny = {200000, 1000, 200, 1 << 20, 500000, 200000};
    const scale *s = strcmp(argv[1], "small") == 0 ? &tiny : &full;
    const char *mode = argv[2];

    make_sizes();
    size_t nptr = s->grow > s->churn_ws ? s->grow : s->churn_ws;
    void **ptrs = bench_array(nptr * sizeof *ptrs);
    a_init();
    printf("allocator %s\n", ALLOC_NAME);
    print_malloc_origin();

    if (strcmp(mode, "speed") == 0) {
        run_pairs(s);
        run_batches(s, ptrs, 0);
        run_batches(s, ptrs, 1);
        run_churn(s, ptrs);
    } else if (strcmp(mode, "grow-random") == 0) {
        run_grow(s, ptrs, make_order(s->grow, 1), "random");
    } else if (strcmp(mode, "grow-oldest") == 0) {
        run_grow(s, ptrs, make_order(s->grow, 0), "oldest");
    } else {
        fprintf(stderr, "%s: unknown mode %s\n", argv[0], mode);
        return 2;
    }
    return 0;
}

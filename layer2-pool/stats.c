/* layer2-pool/stats.c: what a heap holds, as a struct, a table and JSON.
 *
 * The hot paths keep only the counters they cannot do without (requests
 * served, per request size: the bytes asked for and the blocks handed out
 * per class are both sums over them); the call counts are derived from
 * those and a few counters of the slow paths (see struct tpy_pool). Everything about the
 * heap's shape (pools per class, blocks in use and free) is read from the
 * pool headers themselves when a snapshot is taken, so it costs the
 * allocator nothing and cannot drift from the truth. */
#include "pool_internal.h"

#include <stdarg.h>
#include <string.h>

static void count_pool(const struct tpy_pool *h, const tpy_pool_page *pool,
                       tpy_pool_stats_t *out)
{
    if (pool->used == 0) {
        out->pools_empty++;
        return;
    }
    unsigned c = tpy_pool_page_class(h, pool);
    tpy_pool_class_stats *cs = &out->classes[c];
    cs->pools++;
    cs->blocks_used += pool->used;
    cs->blocks_free += tpy_pool_page_capacity(h, c) - pool->used;
}

/* Every pool carved from every arena; pools past ncarved were never used. */
static void walk_arenas(const struct tpy_pool *h, tpy_pool_stats_t *out)
{
    const tpy_pool_table *t = &h->table;
    for (size_t i = 0; i < t->cap; i++) {
        if (t->keys[i] == TPY_POOL_NO_ARENA)
            continue;
        const tpy_pool_arena *a = t->arenas[i];
        for (uint32_t k = 0; k < a->ncarved; k++)
            count_pool(h, tpy_pool_arena_pool(h, a, k), out);
    }
}

/* The per-size counters, summed per class and in bytes. */
static void sum_served(const struct tpy_pool *h, tpy_pool_stats_t *out)
{
    for (unsigned c = 0; c < h->nclasses; c++)
        out->classes[c].block_size = tpy_pool_class_size(h, c);
    for (size_t n = 1; n <= h->cfg.threshold; n++) {
        unsigned c = tpy_pool_class_of(h, n);
        out->classes[c].allocations += h->served[n];
        out->bytes_requested += h->served[n] * n;
        out->bytes_handed += h->served[n] * tpy_pool_class_size(h, c);
    }
}

void tpy_pool_stats(const tpy_pool *h, tpy_pool_stats_t *out)
{
    memset(out, 0, sizeof *out);
    out->nclasses = h->nclasses;
    sum_served(h, out);
    walk_arenas(h, out);
    for (unsigned c = 0; c < h->nclasses; c++)
        out->small_blocks_live += out->classes[c].blocks_used;
    out->arenas_live = h->arenas_live;
    out->arenas_peak = h->arenas_peak;
    out->arenas_allocated = h->arenas_allocated;
    out->arenas_returned = h->arenas_returned;
    out->arenas_cached = h->spare != NULL;
    uint64_t served = 0;
    for (unsigned c = 0; c < h->nclasses; c++)
        served += out->classes[c].allocations;
    out->malloc_calls = served - h->small_not_by_malloc + h->malloc_not_small;
    out->calloc_calls = h->calloc_calls;
    out->realloc_calls = h->realloc_calls;
    out->free_calls = served - out->small_blocks_live - h->small_released_inside +
                      h->large_frees;
    out->failures = h->failures;
    out->large_blocks_live = h->large_live;
}

/* --- the text table ------------------------------------------------------------ */

static void dump_classes(const tpy_pool_stats_t *s, FILE *out)
{
    fprintf(out, "class   size   num pools   blocks in use  avail blocks   allocations\n"
                 "-----   ----   ---------   -------------  ------------   -----------\n");
    for (size_t c = 0; c < s->nclasses; c++) {
        const tpy_pool_class_stats *cs = &s->classes[c];
        if (cs->pools == 0 && cs->allocations == 0)
            continue;
        fprintf(out, "%5zu %6zu %11zu %15zu %13zu %13llu\n", c, cs->block_size, cs->pools,
                cs->blocks_used, cs->blocks_free, (unsigned long long)cs->allocations);
    }
}

static void line(FILE *out, const char *what, unsigned long long v)
{
    fprintf(out, "%-40s= %21llu\n", what, v);
}

/* Where the bytes of the live arenas go; the lines add up to the total. */
static void dump_bytes(const tpy_pool *h, const tpy_pool_stats_t *s, FILE *out)
{
    size_t in_use = 0, avail = 0, quant = 0, pools = 0;
    for (size_t c = 0; c < s->nclasses; c++) {
        const tpy_pool_class_stats *cs = &s->classes[c];
        in_use += cs->blocks_used * cs->block_size;
        avail += cs->blocks_free * cs->block_size;
        pools += cs->pools;
        quant += cs->pools * (h->cfg.pool_size - TPY_POOL_HEADER_SIZE -
                              tpy_pool_page_capacity(h, (unsigned)c) * cs->block_size);
    }
    size_t arena_bytes = s->arenas_live * h->cfg.arena_size;
    size_t unused = arena_bytes - pools * h->cfg.pool_size;
    char what[64];
    snprintf(what, sizeof what, "%zu arenas * %zu bytes/arena", s->arenas_live,
             h->cfg.arena_size);
    line(out, what, arena_bytes);
    line(out, "# bytes in allocated blocks", in_use);
    line(out, "# bytes in available blocks", avail);
    line(out, "# bytes in empty or uncarved pools", unused);
    line(out, "# bytes lost to pool headers", pools * TPY_POOL_HEADER_SIZE);
    line(out, "# bytes lost to quantization", quant);
    line(out, "Total", in_use + avail + unused + pools * TPY_POOL_HEADER_SIZE + quant);
}

static void dump_counters(const tpy_pool_stats_t *s, FILE *out)
{
    line(out, "# arenas allocated total", s->arenas_allocated);
    line(out, "# arenas returned to layer0", s->arenas_returned);
    line(out, "# arenas highwater mark", s->arenas_peak);
    line(out, "# arenas allocated current", s->arenas_live);
    line(out, "# arenas cached empty", s->arenas_cached);
    line(out, "# empty pools in live arenas", s->pools_empty);
    line(out, "# small blocks live", s->small_blocks_live);
    line(out, "# large blocks live (layer1)", s->large_blocks_live);
    line(out, "# malloc / calloc calls", s->malloc_calls + s->calloc_calls);
    line(out, "# realloc calls", s->realloc_calls);
    line(out, "# free calls", s->free_calls);
    line(out, "# failed requests", s->failures);
    line(out, "# bytes requested (small)", s->bytes_requested);
    line(out, "# bytes handed out (small)", s->bytes_handed);
}

void tpy_pool_dump(const tpy_pool *h, FILE *out)
{
    tpy_pool_stats_t s;
    tpy_pool_stats(h, &s);
    fprintf(out, "Small block threshold = %zu, in %zu size classes (step %zu); "
                 "pool %zu bytes, arena %zu bytes.\n\n",
            h->cfg.threshold, s.nclasses, h->cfg.step, h->cfg.pool_size, h->cfg.arena_size);
    dump_classes(&s, out);
    fputc('\n', out);
    dump_counters(&s, out);
    fputc('\n', out);
    dump_bytes(h, &s, out);
}

/* --- JSON -------------------------------------------------------------------------- */

/* snprintf into a buffer piece by piece, counting what would be written. */
typedef struct sink {
    char *buf;
    size_t size;
    size_t len;
} sink;

__attribute__((format(printf, 2, 3)))
static void put(sink *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool room = s->len < s->size;
    int n = vsnprintf(room ? s->buf + s->len : NULL, room ? s->size - s->len : 0, fmt, ap);
    va_end(ap);
    if (n > 0)
        s->len += (size_t)n;
}

static void json_classes(sink *o, const tpy_pool_stats_t *s)
{
    put(o, "\"classes\": [");
    for (size_t c = 0; c < s->nclasses; c++) {
        const tpy_pool_class_stats *cs = &s->classes[c];
        put(o, "%s{\"block_size\": %zu, \"pools\": %zu, \"blocks_used\": %zu, "
               "\"blocks_free\": %zu, \"allocations\": %llu}",
            c ? ", " : "", cs->block_size, cs->pools, cs->blocks_used, cs->blocks_free,
            (unsigned long long)cs->allocations);
    }
    put(o, "]");
}

int tpy_pool_stats_json(const tpy_pool *h, char *buf, size_t bufsize)
{
    tpy_pool_stats_t s;
    tpy_pool_stats(h, &s);
    sink o = {buf, bufsize, 0};
    if (bufsize > 0)
        buf[0] = '\0';
    put(&o, "{\"threshold\": %zu, \"step\": %zu, \"pool_size\": %zu, \"arena_size\": %zu, ",
        h->cfg.threshold, h->cfg.step, h->cfg.pool_size, h->cfg.arena_size);
    put(&o, "\"arenas_live\": %zu, \"arenas_peak\": %zu, \"arenas_allocated\": %llu, "
            "\"arenas_returned\": %llu, \"arenas_cached\": %zu, \"pools_empty\": %zu, ",
        s.arenas_live, s.arenas_peak, (unsigned long long)s.arenas_allocated,
        (unsigned long long)s.arenas_returned, s.arenas_cached, s.pools_empty);
    put(&o, "\"malloc_calls\": %llu, \"calloc_calls\": %llu, \"realloc_calls\": %llu, "
            "\"free_calls\": %llu, \"failures\": %llu, ",
        (unsigned long long)s.malloc_calls, (unsigned long long)s.calloc_calls,
        (unsigned long long)s.realloc_calls, (unsigned long long)s.free_calls,
        (unsigned long long)s.failures);
    put(&o, "\"bytes_requested\": %llu, \"bytes_handed\": %llu, "
            "\"small_blocks_live\": %zu, \"large_blocks_live\": %zu, ",
        (unsigned long long)s.bytes_requested, (unsigned long long)s.bytes_handed,
        s.small_blocks_live, s.large_blocks_live);
    json_classes(&o, &s);
    put(&o, "}");
    return (int)o.len;
}

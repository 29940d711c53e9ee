/* layer3-objects/stats.c: the per-type counters of a heap, as a C snapshot,
 * a table and JSON.
 *
 * The fast path only bumps a few plain counters in the type's slot; what
 * can be derived (live objects, what the free lists hold) is derived here,
 * when someone asks. */
#include "obj_internal.h"

#include <stdarg.h>
#include <string.h>

static void fill_type(const tpy_obj_slot *s, tpy_obj_type_stats_t *t)
{
    memset(t, 0, sizeof *t);
    t->name = s->type->name ? s->type->name : "?";
    t->id = tpy_obj_type_id(s->type);
    t->basic_size = s->type->basic_size;
    t->item_size = s->item_size;
    t->container = s->container;
    t->freelist_cap = s->cap;
    t->allocated = s->allocated;
    t->freed = s->freed;
    t->live = (size_t)(s->allocated - s->freed);
    t->freelist_hits = s->hits;
    t->freelist_misses = s->misses;
    t->freelist_full = s->full;
    t->resizes = s->resizes;
    t->failures = s->failures;
    t->bytes_live = s->bytes_live;
    t->immortals = s->immortals;
    for (unsigned n = 0; n < s->nlists; n++) {
        t->freelist_objects += s->lists[n].count;
        t->freelist_bytes += s->lists[n].count * tpy_obj_block_size(s, n);
    }
}

static void add_to_totals(const tpy_obj_type_stats_t *t, tpy_obj_stats_t *out)
{
    out->live += t->live;
    out->allocated += t->allocated;
    out->freed += t->freed;
    out->freelist_hits += t->freelist_hits;
    out->freelist_misses += t->freelist_misses;
    out->failures += t->failures;
    out->bytes_live += t->bytes_live;
    out->freelist_objects += t->freelist_objects;
    out->freelist_bytes += t->freelist_bytes;
    out->immortals += t->immortals;
}

size_t tpy_obj_stats(const tpy_obj_heap *heap, tpy_obj_stats_t *out,
                     tpy_obj_type_stats_t *types, size_t max_types)
{
    memset(out, 0, sizeof *out);
    out->pool = heap->pool != NULL;
    out->freelists = heap->freelists;
    out->failures = heap->reg_failures;
    out->refused_frees = heap->refused_frees;
    out->raw_allocs = heap->raw_allocs;
    out->raw_frees = heap->raw_frees;
    for (size_t id = 0; id < heap->nslots; id++) {
        const tpy_obj_slot *s = heap->slots[id];
        if (s == NULL)
            continue;
        tpy_obj_type_stats_t t;
        fill_type(s, &t);
        add_to_totals(&t, out);
        if (out->ntypes < max_types)
            types[out->ntypes] = t;
        out->ntypes++;
    }
    return out->ntypes;
}

int tpy_obj_type_stats(const tpy_obj_heap *heap, const tpy_obj_type *type,
                       tpy_obj_type_stats_t *out)
{
    size_t id = (size_t)tpy_obj_type_id(type);
    if (id == 0 || id >= heap->nslots || heap->slots[id] == NULL) {
        memset(out, 0, sizeof *out);
        return -1;
    }
    fill_type(heap->slots[id], out);
    return 0;
}

/* --- the table ---------------------------------------------------------------- */

static void dump_type(FILE *f, const tpy_obj_type_stats_t *t)
{
    fprintf(f, "%-16s %4d %6zu %5zu %2s %10zu %12llu %12llu %12llu %10llu %10zu %12zu\n",
            t->name, t->id, t->basic_size, t->item_size, t->container ? "gc" : "",
            t->live, (unsigned long long)t->allocated, (unsigned long long)t->freed,
            (unsigned long long)t->freelist_hits, (unsigned long long)t->freelist_misses,
            t->freelist_objects, t->bytes_live);
}

void tpy_obj_dump(const tpy_obj_heap *heap, FILE *out)
{
    tpy_obj_stats_t tot;
    tpy_obj_stats(heap, &tot, NULL, 0);
    fprintf(out, "layer3 objects: layer2 %s, free lists %s\n",
            tot.pool ? "on" : "off", tot.freelists ? "on" : "off");
    fprintf(out, "%-16s %4s %6s %5s %2s %10s %12s %12s %12s %10s %10s %12s\n",
            "type", "id", "basic", "item", "", "live", "allocated", "freed",
            "fl hits", "fl misses", "fl kept", "bytes live");
    for (size_t id = 0; id < heap->nslots; id++) {
        if (heap->slots[id] == NULL)
            continue;
        tpy_obj_type_stats_t t;
        fill_type(heap->slots[id], &t);
        dump_type(out, &t);
    }
    fprintf(out, "%-16s %4s %6s %5s %2s %10zu %12llu %12llu %12llu %10llu %10zu %12zu\n",
            "total", "", "", "", "", tot.live, (unsigned long long)tot.allocated,
            (unsigned long long)tot.freed, (unsigned long long)tot.freelist_hits,
            (unsigned long long)tot.freelist_misses, tot.freelist_objects, tot.bytes_live);
    fprintf(out, "immortals %zu, refused frees %llu, failures %llu, free-list bytes %zu, "
            "raw blocks %llu allocated / %llu freed\n",
            tot.immortals, (unsigned long long)tot.refused_frees,
            (unsigned long long)tot.failures, tot.freelist_bytes,
            (unsigned long long)tot.raw_allocs, (unsigned long long)tot.raw_frees);
}

/* --- JSON ----------------------------------------------------------------------- */

/* Appends to a buffer the way snprintf writes: `len` counts every byte
 * that would have been written, the buffer holds what fits. */
typedef struct json_out {
    char *buf;
    size_t size;
    size_t len;
} json_out;

static void put(json_out *j, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = j->len < j->size ? j->size - j->len : 0;
    int n = vsnprintf(room ? j->buf + j->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        j->len += (size_t)n;
}

/* A JSON string: quotes, backslashes and control characters escaped. */
static void put_string(json_out *j, const char *s)
{
    put(j, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            put(j, "\\%c", c);
        else if (c < 0x20)
            put(j, "\\u%04x", c);
        else
            put(j, "%c", c);
    }
    put(j, "\"");
}

static void put_type(json_out *j, const tpy_obj_type_stats_t *t)
{
    put(j, "{\"name\": ");
    put_string(j, t->name);
    put(j, ", \"id\": %d, \"basic_size\": %zu, \"item_size\": %zu, \"container\": %s, "
        "\"freelist_cap\": %u, \"live\": %zu, \"allocated\": %llu, \"freed\": %llu, "
        "\"freelist_hits\": %llu, \"freelist_misses\": %llu, \"freelist_full\": %llu, "
        "\"resizes\": %llu, \"failures\": %llu, \"bytes_live\": %zu, "
        "\"freelist_objects\": %zu, \"freelist_bytes\": %zu, \"immortals\": %zu}",
        t->id, t->basic_size, t->item_size, t->container ? "true" : "false",
        t->freelist_cap, t->live, (unsigned long long)t->allocated,
        (unsigned long long)t->freed, (unsigned long long)t->freelist_hits,
        (unsigned long long)t->freelist_misses, (unsigned long long)t->freelist_full,
        (unsigned long long)t->resizes, (unsigned long long)t->failures,
        t->bytes_live, t->freelist_objects, t->freelist_bytes, t->immortals);
}

static void put_totals(json_out *j, const tpy_obj_stats_t *s)
{
    put(j, "\"pool\": %s, \"freelists\": %s, \"ntypes\": %zu, \"live\": %zu, "
        "\"allocated\": %llu, \"freed\": %llu, \"freelist_hits\": %llu, "
        "\"freelist_misses\": %llu, \"failures\": %llu, \"bytes_live\": %zu, "
        "\"freelist_objects\": %zu, \"freelist_bytes\": %zu, \"immortals\": %zu, "
        "\"refused_frees\": %llu, \"raw_allocs\": %llu, \"raw_frees\": %llu",
        s->pool ? "true" : "false", s->freelists ? "true" : "false", s->ntypes,
        s->live, (unsigned long long)s->allocated, (unsigned long long)s->freed,
        (unsigned long long)s->freelist_hits, (unsigned long long)s->freelist_misses,
        (unsigned long long)s->failures, s->bytes_live, s->freelist_objects,
        s->freelist_bytes, s->immortals, (unsigned long long)s->refused_frees,
        (unsigned long long)s->raw_allocs, (unsigned long long)s->raw_frees);
}

int tpy_obj_stats_json(const tpy_obj_heap *heap, char *buf, size_t bufsize)
{
    json_out j = {buf, bufsize, 0};
    if (bufsize > 0)
        buf[0] = '\0';
    tpy_obj_stats_t tot;
    tpy_obj_stats(heap, &tot, NULL, 0);
    put(&j, "{");
    put_totals(&j, &tot);
    put(&j, ", \"types\": [");
    const char *sep = "";
    for (size_t id = 0; id < heap->nslots; id++) {
        if (heap->slots[id] == NULL)
            continue;
        tpy_obj_type_stats_t t;
        fill_type(heap->slots[id], &t);
        put(&j, "%s", sep);
        put_type(&j, &t);
        sep = ", ";
    }
    put(&j, "]}");
    return (int)j.len;
}

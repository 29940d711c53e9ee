/* bench/harness/trace.c: reading, checking and writing traces (format in
 * trace.h). The byte order is spelled out byte by byte, so a trace means
 * the same on every machine. */
#include "trace.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static uint64_t get_le(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++, v >>= 8)
        p[i] = (unsigned char)v;
}

/* --- checking --------------------------------------------------------------- */

/* The set of live ids, open addressing; an id is live between its alloc
 * and its free. */
typedef struct idset {
    uint64_t *keys;  /* id + 1; 0 is empty */
    size_t cap, n;
} idset;

static size_t slot_of(const idset *s, uint64_t id)
{
    size_t i = (size_t)((id + 1) * 0x9E3779B97F4A7C15ULL) & (s->cap - 1);
    while (s->keys[i] != 0 && s->keys[i] != id + 1)
        i = (i + 1) & (s->cap - 1);
    return i;
}

static int idset_grow(idset *s)
{
    idset bigger = {calloc(s->cap * 2, sizeof(uint64_t)), s->cap * 2, s->n};
    if (bigger.keys == NULL)
        return -1;
    for (size_t i = 0; i < s->cap; i++)
        if (s->keys[i] != 0)
            bigger.keys[slot_of(&bigger, s->keys[i] - 1)] = s->keys[i];
    free(s->keys);
    *s = bigger;
    return 0;
}

/* Deletion by backward shift keeps every probe chain unbroken. */
static void idset_remove_at(idset *s, size_t i)
{
    size_t j = i;
    s->keys[i] = 0;
    for (;;) {
        j = (j + 1) & (s->cap - 1);
        if (s->keys[j] == 0)
            break;
        size_t home = (size_t)(s->keys[j] * 0x9E3779B97F4A7C15ULL) & (s->cap - 1);
        if (((j - home) & (s->cap - 1)) >= ((j - i) & (s->cap - 1))) {
            s->keys[i] = s->keys[j];
            s->keys[j] = 0;
            i = j;
        }
    }
    s->n--;
}

static const char *check_record(idset *live, const trace_record *r, uint64_t prev_time)
{
    if (r->op < TRACE_ALLOC || r->op > TRACE_REALLOC)
        return "unknown op";
    if (r->tier < TRACE_LAYER1 || r->tier > TRACE_LAYER3)
        return "unknown tier";
    if (r->time < prev_time)
        return "time goes backwards";
    if ((live->n + 1) * 2 > live->cap && idset_grow(live) < 0)
        return "out of memory";
    size_t i = slot_of(live, r->id);
    bool is_live = live->keys[i] != 0;
    if (r->op == TRACE_ALLOC) {
        if (is_live)
            return "alloc of a live block id";
        live->keys[i] = r->id + 1;
        live->n++;
    } else if (!is_live) {
        return r->op == TRACE_FREE ? "free of a block id not live" : "realloc of a block id not live";
    } else if (r->op == TRACE_FREE) {
        idset_remove_at(live, i);
    }
    return NULL;
}

static int check(const trace *t, char *err, size_t errsize)
{
    idset live = {calloc(1024, sizeof(uint64_t)), 1024, 0};
    const char *why = live.keys ? NULL : "out of memory";
    size_t k = 0;
    for (; why == NULL && k < t->n; k++)
        why = check_record(&live, &t->recs[k], k ? t->recs[k - 1].time : 0);
    free(live.keys);
    if (why != NULL)
        snprintf(err, errsize, "record %zu: %s", k ? k - 1 : 0, why);
    return why ? -1 : 0;
}

/* --- reading ------------------------------------------------------------------- */

static int read_header(FILE *f, uint32_t *recsize, uint64_t *count, char *err, size_t errsize)
{
    unsigned char h[TRACE_HEADER_SIZE];
    if (fread(h, 1, sizeof h, f) != sizeof h || memcmp(h, TRACE_MAGIC, 8) != 0) {
        snprintf(err, errsize, "not a tierpy allocation trace (no TPYTRACE header)");
        return -1;
    }
    uint32_t version = (uint32_t)get_le(h + 8, 4);
    *recsize = (uint32_t)get_le(h + 12, 4);
    *count = get_le(h + 16, 8);
    if (version != TRACE_VERSION || *recsize < TRACE_RECORD_SIZE || *recsize > 4096) {
        snprintf(err, errsize, "trace version %u, record size %u: this reader knows version %d",
                 version, *recsize, TRACE_VERSION);
        return -1;
    }
    return 0;
}

static void decode(const unsigned char *b, trace_record *r)
{
    r->op = b[0];
    r->tier = b[1];
    r->size = (uint32_t)get_le(b + 4, 4);
    r->id = get_le(b + 8, 8);
    r->time = get_le(b + 16, 8);
}

static int read_records(FILE *f, uint32_t recsize, uint64_t count, trace *t, char *err,
                        size_t errsize)
{
    size_t cap = count ? (size_t)count : 4096;
    unsigned char buf[4096];
    t->recs = malloc(cap * sizeof *t->recs);
    t->n = 0;
    size_t got;
    while (t->recs && (count == 0 || t->n < count) && (got = fread(buf, 1, recsize, f)) > 0) {
        if (got != recsize) {
            snprintf(err, errsize, "record %zu is cut short", t->n);
            return -1;
        }
        if (t->n == cap) {
            trace_record *r = realloc(t->recs, (cap *= 2) * sizeof *r);
            if (r == NULL)
                break;
            t->recs = r;
        }
        decode(buf, &t->recs[t->n++]);
    }
    if (t->recs == NULL || (count && t->n < count)) {
        snprintf(err, errsize, t->recs ? "the header says %llu records, the file holds %zu"
                 : "out of memory", (unsigned long long)count, t->n);
        return -1;
    }
    return 0;
}

int trace_read(const char *path, trace *t, char *err, size_t errsize)
{
    memset(t, 0, sizeof *t);
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, errsize, "cannot open");
        return -1;
    }
    uint32_t recsize;
    uint64_t count;
    int rc = read_header(f, &recsize, &count, err, errsize);
    if (rc == 0)
        rc = read_records(f, recsize, count, t, err, errsize);
    fclose(f);
    if (rc == 0)
        rc = check(t, err, errsize);
    if (rc != 0)
        trace_free(t);
    return rc;
}

void trace_free(trace *t)
{
    free(t->recs);
    t->recs = NULL;
    t->n = 0;
}

/* --- writing ------------------------------------------------------------------- */

static int write_header(FILE *f, uint64_t count)
{
    unsigned char h[TRACE_HEADER_SIZE] = {0};
    memcpy(h, TRACE_MAGIC, 8);
    put_le(h + 8, TRACE_VERSION, 4);
    put_le(h + 12, TRACE_RECORD_SIZE, 4);
    put_le(h + 16, count, 8);
    return fwrite(h, 1, sizeof h, f) == sizeof h ? 0 : -1;
}

int trace_writer_open(trace_writer *w, const char *path)
{
    memset(w, 0, sizeof *w);
    w->f = fopen(path, "wb");
    if (w->f == NULL || write_header(w->f, 0) < 0)
        return -1;
    return 0;
}

int trace_write(trace_writer *w, enum trace_op op, enum trace_tier tier, uint32_t size,
                uint64_t id)
{
    unsigned char b[TRACE_RECORD_SIZE] = {0};
    b[0] = (unsigned char)op;
    b[1] = (unsigned char)tier;
    put_le(b + 4, size, 4);
    put_le(b + 8, id, 8);
    put_le(b + 16, w->allocs, 8);
    w->allocs += op != TRACE_FREE;
    w->n++;
    return fwrite(b, 1, sizeof b, w->f) == sizeof b ? 0 : -1;
}

int trace_writer_close(trace_writer *w)
{
    int rc = fflush(w->f) == 0 && !ferror(w->f) && fseek(w->f, 0, SEEK_SET) == 0 ? 0 : -1;
    if (rc == 0)
        rc = write_header(w->f, w->n);
    if (fclose(w->f) != 0)
        rc = -1;
    w->f = NULL;
    return rc;
}

/* vm/eval/tracealloc.c: the allocation trace writer behind -X tracealloc.
 *
 * The heap reports addresses; a trace names blocks by ids that are never
 * reused, so an address -> id table (open addressing, linear probing,
 * deletion by backward shift) follows the live blocks. Its memory and the
 * record buffer come from the C library, not from the traced heap, so
 * tracing never traces itself. Records are 24 bytes, little-endian:
 *   u8 op, u8 tier, u16 0, u32 size, u64 id, u64 time (allocations so far).
 * A free or realloc of an address the table does not know (a block made
 * before tracing began) is left out, or recorded as a fresh allocation. */
#include "tracealloc.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_SIZE 32
#define RECORD_SIZE 24
#define BUFFER_RECORDS 4096

typedef struct slot {
    uintptr_t addr;    /* 0: empty */
    uint64_t id;
} slot;

struct tpy_tracealloc {
    FILE *f;
    bool failed;
    slot *table;
    size_t mask, used;
    uint64_t next_id, records, allocs;
    size_t nbuf;
    unsigned char buf[BUFFER_RECORDS * RECORD_SIZE];
};

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void write_header(tpy_tracealloc *t, uint64_t count)
{
    unsigned char h[HEADER_SIZE] = {0};
    memcpy(h, "TPYTRACE", 8);
    put_le(h + 8, 1, 4);
    put_le(h + 12, RECORD_SIZE, 4);
    put_le(h + 16, count, 8);
    if (fwrite(h, 1, sizeof h, t->f) != sizeof h)
        t->failed = true;
}

static void flush_buffer(tpy_tracealloc *t)
{
    if (t->nbuf && fwrite(t->buf, RECORD_SIZE, t->nbuf, t->f) != t->nbuf)
        t->failed = true;
    t->nbuf = 0;
}

static void emit(tpy_tracealloc *t, int op, int tier, size_t size, uint64_t id)
{
    if (t->nbuf == BUFFER_RECORDS)
        flush_buffer(t);
    unsigned char *r = t->buf + t->nbuf++ * RECORD_SIZE;
    memset(r, 0, RECORD_SIZE);
    r[0] = (unsigned char)op;
    r[1] = (unsigned char)tier;
    put_le(r + 4, size > UINT32_MAX ? UINT32_MAX : size, 4);
    put_le(r + 8, id, 8);
    put_le(r + 16, t->allocs, 8);
    t->records++;
    if (op != TPY_OBJ_TRACE_FREE)
        t->allocs++;
}

/* ---- address -> id --------------------------------------------------------------------------- */

static size_t home(const tpy_tracealloc *t, uintptr_t a)
{
    return (size_t)(((uint64_t)a >> 4) * 0x9E3779B97F4A7C15ULL >> 20) & t->mask;
}

static slot *lookup(tpy_tracealloc *t, uintptr_t a)
{
    for (size_t i = home(t, a);; i = (i + 1) & t->mask) {
        if (t->table[i].addr == a)
            return &t->table[i];
        if (t->table[i].addr == 0)
            return NULL;
    }
}

static bool grow(tpy_tracealloc *t)
{
    size_t cap = (t->mask + 1) * 2;
    slot *old = t->table;
    size_t old_cap = t->mask + 1;
    if (!(t->table = calloc(cap, sizeof *t->table))) {
        t->table = old;
        return false;
    }
    t->mask = cap - 1;
    for (size_t k = 0; k < old_cap; k++) {
        if (old[k].addr == 0)
            continue;
        size_t i = home(t, old[k].addr);
        while (t->table[i].addr)
            i = (i + 1) & t->mask;
        t->table[i] = old[k];
    }
    free(old);
    return true;
}

/* Map `a` to a fresh id (a stale entry for `a` is overwritten by the caller's free first). */
static uint64_t insert(tpy_tracealloc *t, uintptr_t a)
{
    if ((t->used + 1) * 2 > t->mask + 1 && !grow(t)) {
        t->failed = true;
        return t->next_id++;
    }
    size_t i = home(t, a);
    while (t->table[i].addr)
        i = (i + 1) & t->mask;
    t->table[i].addr = a;
    t->table[i].id = t->next_id++;
    t->used++;
    return t->table[i].id;
}

/* Linear probing's deletion: move later entries of the run back into the hole. */
static void remove_slot(tpy_tracealloc *t, slot *s)
{
    size_t hole = (size_t)(s - t->table);
    for (size_t j = (hole + 1) & t->mask; t->table[j].addr; j = (j + 1) & t->mask) {
        size_t h = home(t, t->table[j].addr);
        /* The entry at j may fill the hole if its home is not in (hole, j]. */
        if ((j > hole && (h <= hole || h > j)) || (j < hole && h <= hole && h > j)) {
            t->table[hole] = t->table[j];
            hole = j;
        }
    }
    t->table[hole].addr = 0;
    t->used--;
}

/* ---- the hook ------------------------------------------------------------------------------- */

static void record_free(tpy_tracealloc *t, int tier, uintptr_t a)
{
    slot *s = lookup(t, a);
    if (!s)
        return;
    emit(t, TPY_OBJ_TRACE_FREE, tier, 0, s->id);
    remove_slot(t, s);
}

void tpy_tracealloc_record(void *ctx, tpy_obj_trace_op op, int tier, const void *old_addr,
                           const void *new_addr, size_t size)
{
    tpy_tracealloc *t = ctx;
    uintptr_t from = (uintptr_t)old_addr, to = (uintptr_t)new_addr;
    if (op == TPY_OBJ_TRACE_FREE) {
        record_free(t, tier, from);
        return;
    }
    slot *s = op == TPY_OBJ_TRACE_REALLOC ? lookup(t, from) : NULL;
    if (s) {
        uint64_t id = s->id;
        emit(t, TPY_OBJ_TRACE_REALLOC, tier, size, id);
        remove_slot(t, s);
        record_free(t, tier, to);   /* a stale entry at the new address: untraced free */
        if ((t->used + 1) * 2 > t->mask + 1 && !grow(t)) {
            t->failed = true;
            return;
        }
        size_t i = home(t, to);
        while (t->table[i].addr)
            i = (i + 1) & t->mask;
        t->table[i] = (slot){to, id};
        t->used++;
        return;
    }
    record_free(t, tier, to);
    emit(t, TPY_OBJ_TRACE_ALLOC, tier, size, insert(t, to));
}

tpy_tracealloc *tpy_tracealloc_open(const char *path, char *err, size_t errsize)
{
    tpy_tracealloc *t = calloc(1, sizeof *t);
    if (t)
        t->table = calloc(1024, sizeof *t->table);
    if (!t || !t->table) {
        snprintf(err, errsize, "out of memory");
        free(t);
        return NULL;
    }
    t->mask = 1023;
    if (!(t->f = fopen(path, "wb"))) {
        snprintf(err, errsize, "%s", strerror(errno));
        free(t->table);
        free(t);
        return NULL;
    }
    write_header(t, 0);
    return t;
}

int tpy_tracealloc_close(tpy_tracealloc *t)
{
    if (!t)
        return 0;
    flush_buffer(t);
    if (fseek(t->f, 0, SEEK_SET) == 0)
        write_header(t, t->records);
    else
        t->failed = true;
    if (fclose(t->f) != 0)
        t->failed = true;
    int rc = t->failed ? -1 : 0;
    free(t->table);
    free(t);
    return rc;
}

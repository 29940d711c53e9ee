/* layer1-malloc/backend_debug.c: the debug backend.
 *
 * Each block of n bytes is carved from the inner backend as
 *
 *     +--------+--------+-----+-----+------------+-----------------+-------------+
 *     | size   | serial | api | pad | front guard| n bytes of data | tail guard  |
 *     | 8 B    | 8 B    | 4 B | 4 B | 8 B (0xFD) | (0xCD if fresh) | 8 B (0xFD)  |
 *     +--------+--------+-----+-----+------------+-----------------+-------------+
 *     ^ inner block                              ^ pointer handed out (16-aligned)
 *
 * A registry (open addressing, linear probing) holds every pointer handed
 * out, live or freed. Freed blocks are filled with 0xDD and kept in a
 * quarantine ring for a while before the inner backend gets them back, so a
 * double free is recognised for certain and a write after free is caught
 * when the block leaves the quarantine. Because every check starts with the
 * registry, a foreign pointer is reported without reading memory around it.
 * Any failed check prints a report and aborts: corrupted memory cannot be
 * trusted to go on. */
#include "backend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GUARD_BYTE 0xFD
#define FRESH_BYTE 0xCD
#define FREED_BYTE 0xDD
#define GUARD_SIZE 8
#define QUARANTINE 1024

typedef struct dbg_header {
    size_t size;
    uint64_t serial;
    uint32_t api;
    uint32_t pad;
    unsigned char front[GUARD_SIZE];
} dbg_header;

enum { SLOT_EMPTY = 0, SLOT_LIVE = 1, SLOT_FREED = 2 };

typedef struct dbg_slot {
    void *ptr;
    int state;
} dbg_slot;

typedef struct dbg_state {
    tpy_mem_backend inner;
    uint64_t next_serial;
    dbg_slot *slots;          /* registry, capacity a power of two */
    size_t cap, count;
    void *quarantine[QUARANTINE];
    size_t q_head, q_len;
    char name[32];            /* "debug:" and the inner backend's name */
} dbg_state;

static const char *api_name(uint32_t api)
{
    static const char *names[] = {"raw", "pool", "obj"};
    return api < TPY_MEM_API_COUNT ? names[api] : "?";
}

/* --- reports ------------------------------------------------------------- */

static _Noreturn void report(const char *check, void *user, const dbg_header *h,
                             const char *detail)
{
    fprintf(stderr, "tierpy debug allocator: %s\n", check);
    fprintf(stderr, "  pointer %p", user);
    if (h != NULL)
        fprintf(stderr, ": block of %zu bytes, serial %llu, API '%s'",
                h->size, (unsigned long long)h->serial, api_name(h->api));
    fprintf(stderr, "\n");
    if (detail != NULL && detail[0] != '\0')
        fprintf(stderr, "  %s\n", detail);
    fflush(stderr);
    abort();
}

/* --- registry ------------------------------------------------------------ */

static size_t slot_of(const dbg_state *st, const void *p)
{
    uintptr_t x = (uintptr_t)p >> 4;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15u;
    return (size_t)(x >> 7) & (st->cap - 1);
}

static dbg_slot *registry_find(dbg_state *st, const void *p)
{
    for (size_t i = slot_of(st, p);; i = (i + 1) & (st->cap - 1)) {
        if (st->slots[i].state == SLOT_EMPTY)
            return NULL;
        if (st->slots[i].ptr == p)
            return &st->slots[i];
    }
}

/* Place p in a table of `cap` slots (st->cap is already set to it). */
static void registry_place(dbg_slot *slots, const dbg_state *st, void *p, int state)
{
    size_t i = slot_of(st, p);
    while (slots[i].state != SLOT_EMPTY)
        i = (i + 1) & (st->cap - 1);
    slots[i].ptr = p;
    slots[i].state = state;
}

static bool registry_grow(dbg_state *st)
{
    size_t old_cap = st->cap;
    dbg_slot *old = st->slots;
    size_t cap = old_cap ? old_cap * 2 : 1024;
    dbg_slot *slots = st->inner.calloc(st->inner.ctx, cap, sizeof *slots, TPY_MEM_API_RAW);
    if (slots == NULL)
        return false;
    st->slots = slots;
    st->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].state != SLOT_EMPTY)
            registry_place(slots, st, old[i].ptr, old[i].state);
    if (old != NULL)
        st->inner.free(st->inner.ctx, old, TPY_MEM_API_RAW);
    return true;
}

static bool registry_add(dbg_state *st, void *p)
{
    if ((st->count + 1) * 2 > st->cap && !registry_grow(st))
        return false;
    registry_place(st->slots, st, p, SLOT_LIVE);
    st->count++;
    return true;
}

/* Remove a slot with backward-shift deletion, so no tombstones build up. */
static void registry_remove(dbg_state *st, dbg_slot *s)
{
    size_t mask = st->cap - 1;
    size_t i = (size_t)(s - st->slots);
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (st->slots[j].state == SLOT_EMPTY)
            break;
        size_t home = slot_of(st, st->slots[j].ptr);
        /* Move j back to i unless its home lies cyclically in (i, j]. */
        bool stays = (i <= j) ? (i < home && home <= j) : (i < home || home <= j);
        if (!stays) {
            st->slots[i] = st->slots[j];
            i = j;
        }
    }
    st->slots[i].state = SLOT_EMPTY;
    st->slots[i].ptr = NULL;
    st->count--;
}

/* --- blocks -------------------------------------------------------------- */

static dbg_header *header_of(void *user) { return (dbg_header *)user - 1; }

static void *user_of(dbg_header *h) { return h + 1; }

static void check_guards(void *user, dbg_header *h)
{
    char detail[128];
    for (size_t i = 0; i < GUARD_SIZE; i++)
        if (h->front[i] != GUARD_BYTE) {
            snprintf(detail, sizeof detail,
                     "guard byte %zu before the block is 0x%02X, expected 0x%02X",
                     GUARD_SIZE - i, h->front[i], GUARD_BYTE);
            report("buffer underrun (memory before the block was written)", user, h, detail);
        }
    const unsigned char *tail = (const unsigned char *)user + h->size;
    for (size_t i = 0; i < GUARD_SIZE; i++)
        if (tail[i] != GUARD_BYTE) {
            snprintf(detail, sizeof detail,
                     "guard byte at offset %zu (%zu past the end) is 0x%02X, expected 0x%02X",
                     h->size + i, i, tail[i], GUARD_BYTE);
            report("buffer overrun (memory after the block was written)", user, h, detail);
        }
}

/* The registry slot of a live block, after every check a release needs. */
static dbg_slot *validate(dbg_state *st, void *user, tpy_mem_api api, const char *what)
{
    dbg_slot *s = registry_find(st, user);
    char detail[128];
    if (s == NULL) {
        snprintf(detail, sizeof detail, "%s of a pointer this allocator never returned", what);
        report("foreign pointer", user, NULL, detail);
    }
    dbg_header *h = header_of(user);
    if (s->state == SLOT_FREED) {
        snprintf(detail, sizeof detail, "%s of a block that was already freed", what);
        report("double free", user, h, detail);
    }
    check_guards(user, h);
    if (h->api != (uint32_t)api) {
        snprintf(detail, sizeof detail, "allocated with the '%s' API, %s through the '%s' API",
                 api_name(h->api), what, api_name(api));
        report("API mismatch", user, h, detail);
    }
    return s;
}

static void *new_block(dbg_state *st, size_t n, tpy_mem_api api, bool zero)
{
    if (n > SIZE_MAX - sizeof(dbg_header) - GUARD_SIZE)
        return NULL;
    dbg_header *h = st->inner.malloc(st->inner.ctx, sizeof *h + n + GUARD_SIZE, api);
    if (h == NULL)
        return NULL;
    void *user = user_of(h);
    if (!registry_add(st, user)) {
        st->inner.free(st->inner.ctx, h, api);
        return NULL;
    }
    h->size = n;
    h->serial = ++st->next_serial;
    h->api = (uint32_t)api;
    h->pad = 0;
    memset(h->front, GUARD_BYTE, GUARD_SIZE);
    memset(user, zero ? 0 : FRESH_BYTE, n);
    memset((char *)user + n, GUARD_BYTE, GUARD_SIZE);
    return user;
}

/* Give the oldest quarantined block back to the inner backend, after
 * checking nobody wrote to it while it was free. */
static void evict_oldest(dbg_state *st)
{
    void *user = st->quarantine[st->q_head];
    st->q_head = (st->q_head + 1) % QUARANTINE;
    st->q_len--;
    dbg_header *h = header_of(user);
    const unsigned char *data = user;
    for (size_t i = 0; i < h->size; i++)
        if (data[i] != FREED_BYTE) {
            char detail[96];
            snprintf(detail, sizeof detail, "byte %zu changed to 0x%02X after the block was freed",
                     i, data[i]);
            report("write after free", user, h, detail);
        }
    registry_remove(st, registry_find(st, user));
    st->inner.free(st->inner.ctx, h, (tpy_mem_api)h->api);
}

static void retire_block(dbg_state *st, dbg_slot *s, void *user)
{
    dbg_header *h = header_of(user);
    memset(user, FREED_BYTE, h->size);
    s->state = SLOT_FREED;
    if (st->q_len == QUARANTINE)
        evict_oldest(st);
    st->quarantine[(st->q_head + st->q_len) % QUARANTINE] = user;
    st->q_len++;
}

/* --- the backend table -------------------------------------------------- */

static void *dbg_malloc(void *ctx, size_t n, tpy_mem_api api)
{
    return new_block(ctx, n, api, false);
}

static void *dbg_calloc(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api)
{
    return new_block(ctx, nelem * elsize, api, true);  /* front end checked overflow */
}

static void dbg_free(void *ctx, void *user, tpy_mem_api api)
{
    dbg_state *st = ctx;
    dbg_slot *s = validate(st, user, api, "free");
    retire_block(st, s, user);
}

/* Always moves the block, so stale pointers to the old one show up. */
static void *dbg_realloc(void *ctx, void *user, size_t n, tpy_mem_api api)
{
    dbg_state *st = ctx;
    validate(st, user, api, "realloc");
    void *fresh = new_block(st, n, api, false);
    if (fresh == NULL)
        return NULL;
    size_t old = header_of(user)->size;
    memcpy(fresh, user, old < n ? old : n);
    retire_block(st, registry_find(st, user), user);
    return fresh;
}

static size_t dbg_usable_size(void *ctx, void *user)
{
    dbg_slot *s = registry_find(ctx, user);
    return (s != NULL && s->state == SLOT_LIVE) ? header_of(user)->size : 0;
}

bool tpy_mem_debug_backend_init(tpy_mem_backend *out, const tpy_mem_backend *inner)
{
    dbg_state *st = inner->calloc(inner->ctx, 1, sizeof *st, TPY_MEM_API_RAW);
    if (st == NULL)
        return false;
    st->inner = *inner;
    if (!registry_grow(st)) {
        inner->free(inner->ctx, st, TPY_MEM_API_RAW);
        return false;
    }
    snprintf(st->name, sizeof st->name, "debug:%s", inner->name);
    *out = (tpy_mem_backend){st->name, dbg_malloc, dbg_calloc, dbg_realloc,
                             dbg_free, dbg_usable_size, st};
    return true;
}

void tpy_mem_debug_backend_fini(tpy_mem_backend *debug)
{
    dbg_state *st = debug->ctx;
    while (st->q_len > 0)
        evict_oldest(st);
    tpy_mem_backend inner = st->inner;
    inner.free(inner.ctx, st->slots, TPY_MEM_API_RAW);
    inner.free(inner.ctx, st, TPY_MEM_API_RAW);
    debug->ctx = NULL;
}

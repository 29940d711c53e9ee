/* layer2-pool/table.c: the set of live arena bases, the O(1) ownership test.
 *
 * tpy_pool_free() must tell its own blocks from layer1's without reading
 * memory it does not own. Arenas are aligned to their size, so masking a
 * pointer gives the base its arena would have; the pointer is ours exactly
 * when that base is in this set. Open addressing with linear probing keeps
 * a lookup to one multiply, one shift and one load in the common case: the
 * table is at most a quarter full (8 bytes of key per slot, so 32 bytes
 * per arena of 256 KiB), so nearly every key sits in its home slot.
 * Removal shifts the rest of the run back instead of leaving tombstones,
 * so lookups never slow down as arenas come and go. */
#include "pool_internal.h"

enum { INITIAL_CAP = 16 };

static void publish(struct tpy_pool *h)
{
    h->table_keys = h->table.keys;
    h->table_shift = h->table.shift;
}

/* Fill a fresh pair of arrays; -1 if layer1 refuses, leaving `t` as it was. */
static int table_alloc(struct tpy_pool *h, tpy_pool_table *t, size_t cap)
{
    uintptr_t *keys = tpy_mem_malloc_in(h->cfg.mem, TPY_MEM_API_POOL, cap * sizeof *keys);
    tpy_pool_arena **arenas = tpy_mem_calloc_in(h->cfg.mem, TPY_MEM_API_POOL, cap,
                                                sizeof *arenas);
    if (keys == NULL || arenas == NULL) {
        tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, keys);
        tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, arenas);
        return -1;
    }
    for (size_t i = 0; i < cap; i++)
        keys[i] = TPY_POOL_NO_ARENA;
    t->keys = keys;
    t->arenas = arenas;
    t->cap = cap;
    t->count = 0;
    t->shift = 64 - tpy_pool_log2(cap);
    return 0;
}

static void table_place(const struct tpy_pool *h, tpy_pool_table *t, tpy_pool_arena *a)
{
    size_t mask = t->cap - 1;
    size_t i = tpy_pool_table_slot(h, a->base, t->shift);
    while (t->keys[i] != TPY_POOL_NO_ARENA)
        i = (i + 1) & mask;
    t->keys[i] = a->base;
    t->arenas[i] = a;
    t->count++;
}

int tpy_pool_table_init(struct tpy_pool *h, size_t cap)
{
    if (table_alloc(h, &h->table, cap < INITIAL_CAP ? INITIAL_CAP : cap) != 0)
        return -1;
    publish(h);
    return 0;
}

void tpy_pool_table_fini(struct tpy_pool *h)
{
    tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, h->table.keys);
    tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, h->table.arenas);
    h->table = (tpy_pool_table){0};
    h->table_keys = NULL;
}

static int table_grow(struct tpy_pool *h)
{
    tpy_pool_table bigger;
    if (table_alloc(h, &bigger, h->table.cap * 2) != 0)
        return -1;
    for (size_t i = 0; i < h->table.cap; i++)
        if (h->table.keys[i] != TPY_POOL_NO_ARENA)
            table_place(h, &bigger, h->table.arenas[i]);
    tpy_pool_table_fini(h);
    h->table = bigger;
    publish(h);
    return 0;
}

int tpy_pool_table_insert(struct tpy_pool *h, tpy_pool_arena *a)
{
    if ((h->table.count + 1) * 4 > h->table.cap && table_grow(h) != 0)
        return -1;
    table_place(h, &h->table, a);
    return 0;
}

/* True when the key in slot j, whose home is `home`, may move to the hole
 * at i: its home is not in the cyclic range (i, j]. */
static bool may_fill_hole(size_t i, size_t j, size_t home)
{
    if (i <= j)
        return home <= i || home > j;
    return home <= i && home > j;
}

void tpy_pool_table_remove(struct tpy_pool *h, uintptr_t base)
{
    tpy_pool_table *t = &h->table;
    size_t mask = t->cap - 1;
    size_t i = tpy_pool_table_slot(h, base, t->shift);
    while (t->keys[i] != base) {
        if (t->keys[i] == TPY_POOL_NO_ARENA)
            return;                       /* not present */
        i = (i + 1) & mask;
    }
    for (size_t j = (i + 1) & mask; t->keys[j] != TPY_POOL_NO_ARENA; j = (j + 1) & mask) {
        if (may_fill_hole(i, j, tpy_pool_table_slot(h, t->keys[j], t->shift))) {
            t->keys[i] = t->keys[j];
            t->arenas[i] = t->arenas[j];
            i = j;
        }
    }
    t->keys[i] = TPY_POOL_NO_ARENA;
    t->arenas[i] = NULL;
    t->count--;
}

tpy_pool_arena *tpy_pool_table_find(const struct tpy_pool *h, const void *ptr)
{
    const tpy_pool_table *t = &h->table;
    uintptr_t base = (uintptr_t)ptr & h->arena_mask;
    size_t mask = t->cap - 1;
    for (size_t i = tpy_pool_table_slot(h, base, t->shift); t->keys[i] != TPY_POOL_NO_ARENA;
         i = (i + 1) & mask)
        if (t->keys[i] == base)
            return t->arenas[i];
    return NULL;
}

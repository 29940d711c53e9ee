/* layer2-pool/check.c: walk a heap and verify every invariant the fast
 * paths rely on. For tests and debugging; it reads only the heap's own
 * memory and costs time proportional to the heap's size. The invariants
 * are the ones pool_internal.h states beside each structure. */
#include "pool_internal.h"

#include <stdarg.h>
#include <stdio.h>

typedef struct checker {
    const struct tpy_pool *h;
    char *err;
    size_t errsize;
    bool bad;
    size_t linked;          /* carved pools whose prev says "in a list" */
    size_t listed;          /* pools found walking the class lists */
    size_t reserves;        /* empty pools kept in their class's list */
    size_t idle_pools;      /* empty carved pools not on a freepools list */
} checker;

__attribute__((format(printf, 2, 3)))
static bool complain(checker *k, const char *fmt, ...)
{
    if (!k->bad && k->err != NULL && k->errsize > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(k->err, k->errsize, fmt, ap);
        va_end(ap);
    }
    k->bad = true;
    return false;
}

/* A pool in use: its free list stays inside it, on block boundaries, and
 * free + carved-but-unused + used add up to what was carved. */
static bool check_pool(checker *k, const tpy_pool_page *pool)
{
    const struct tpy_pool *h = k->h;
    unsigned c = tpy_pool_page_class(h, pool);
    if (c >= h->nclasses || pool->slot != tpy_pool_class_slot(h, c) ||
        pool->size != tpy_pool_class_size(h, c))
        return complain(k, "pool %p: bad slot %u / size %u", (void *)pool, pool->slot,
                        pool->size);
    uint32_t carved = (pool->nextoffset - (uint32_t)TPY_POOL_HEADER_SIZE) / pool->size;
    uint32_t nfree = 0;
    for (const tpy_pool_block *b = pool->freeblock; b != NULL; b = b->next) {
        uintptr_t off = (uintptr_t)b - (uintptr_t)pool;
        if (off < TPY_POOL_HEADER_SIZE || off >= pool->nextoffset ||
            (off - TPY_POOL_HEADER_SIZE) % pool->size != 0 || ++nfree > carved)
            return complain(k, "pool %p: free list leaves the carved blocks at %p",
                            (void *)pool, (const void *)b);
    }
    if (nfree + pool->used != carved)
        return complain(k, "pool %p: %u free + %u used != %u carved", (void *)pool, nfree,
                        pool->used, carved);
    if (tpy_pool_page_has_room(pool) && pool->prev == NULL)
        return complain(k, "pool %p has room but is in no list", (void *)pool);
    return true;
}

/* An arena: its counts agree with its pools, and it is where its nfree
 * says it must be (usable list, spare, or neither when full). */
static bool check_arena(checker *k, const tpy_pool_arena *a)
{
    const struct tpy_pool *h = k->h;
    uint32_t empty = 0;
    for (const tpy_pool_page *p = a->freepools; p != NULL; p = p->next)
        if (p->used != 0 || p->arena != a || ++empty > a->ncarved)
            return complain(k, "arena %#lx: bad empty-pool list", (unsigned long)a->base);
    if (a->ncarved > h->pools_per_arena ||
        a->nfree != h->pools_per_arena - a->ncarved + empty)
        return complain(k, "arena %#lx: nfree %u does not match %u carved, %u empty",
                        (unsigned long)a->base, a->nfree, a->ncarved, empty);
    uint32_t unused = 0;
    for (uint32_t i = 0; i < a->ncarved; i++) {
        const tpy_pool_page *p = tpy_pool_arena_pool(h, a, i);
        if (p->arena != a)
            return complain(k, "pool %p: wrong arena", (const void *)p);
        if (p->prev != NULL)
            k->linked++;
        if (p->used == 0)
            unused++;
        else if (!check_pool(k, p))
            return false;
    }
    k->idle_pools += unused - empty;
    if (a->nfree == h->pools_per_arena && a != h->spare)
        return complain(k, "arena %#lx: empty but not the spare", (unsigned long)a->base);
    return true;
}

/* The usable list: linked both ways, ascending nfree, last_with exact. */
static bool check_usable(checker *k)
{
    const struct tpy_pool *h = k->h;
    const tpy_pool_arena *prev = NULL;
    for (const tpy_pool_arena *a = h->usable; a != NULL; prev = a, a = a->next) {
        if (a->prev != prev || a->nfree == 0 || a->nfree >= h->pools_per_arena)
            return complain(k, "usable list: bad link or nfree %u", a->nfree);
        if (prev != NULL && prev->nfree > a->nfree)
            return complain(k, "usable list: not in ascending order of free pools");
        bool last = a->next == NULL || a->next->nfree != a->nfree;
        if ((h->last_with[a->nfree] == a) != last)
            return complain(k, "usable list: last_with[%u] is wrong", a->nfree);
    }
    for (uint32_t n = 0; n <= h->pools_per_arena; n++) {
        const tpy_pool_arena *l = h->last_with[n];
        if (l != NULL && l->nfree != n)
            return complain(k, "last_with[%u] points at an arena with %u free", n, l->nfree);
    }
    return true;
}

/* The entries of head[] that are no class's slot (past the threshold,
 * and with step 16 every other one) name no pool. */
static bool check_slots(checker *k)
{
    const struct tpy_pool *h = k->h;
    for (size_t i = 0; i < TPY_POOL_MAX_THRESHOLD / 8; i++) {
        size_t off = i * sizeof h->head[0];
        bool is_slot = (off & ~h->slot_mask) == 0 && (off >> h->shift) < h->nclasses;
        if (!is_slot && h->head[i] != &h->none)
            return complain(k, "head[] entry %zu is no class's slot but names a pool", i);
    }
    return true;
}

static bool check_lists(checker *k)
{
    const struct tpy_pool *h = k->h;
    if (!check_slots(k))
        return false;
    for (unsigned c = 0; c < h->nclasses; c++) {
        const tpy_pool_page *first = tpy_pool_head(h, c);
        if (first == &h->none)
            continue;
        const tpy_pool_page *prev = &h->none;
        for (const tpy_pool_page *p = first; p != &h->none; prev = p, p = p->next) {
            if (p->slot != tpy_pool_class_slot(h, c) || p->prev != prev)
                return complain(k, "list of class %u: bad pool %p", c, (const void *)p);
            if (p->used == 0 && !tpy_pool_ring_alone(h, p))
                return complain(k, "list of class %u: an empty pool among others", c);
            if (p->used == 0)
                k->reserves++;
            if (p != first && !tpy_pool_page_has_room(p))
                return complain(k, "list of class %u: a full pool past the head", c);
            if (++k->listed > h->arenas_live * h->pools_per_arena)
                return complain(k, "list of class %u does not end", c);
        }
    }
    if (h->none.freeblock != NULL || h->none.used != 1 || tpy_pool_page_has_room(&h->none))
        return complain(k, "the empty-ring marker was written to");
    return true;
}

static bool check_table(checker *k)
{
    const struct tpy_pool *h = k->h;
    size_t n = 0;
    for (size_t i = 0; i < h->table.cap; i++) {
        if (h->table.keys[i] == TPY_POOL_NO_ARENA)
            continue;
        n++;
        const tpy_pool_arena *a = h->table.arenas[i];
        if (a->base != h->table.keys[i] || tpy_pool_table_find(h, (void *)a->base) != a)
            return complain(k, "table slot %zu: key and record disagree", i);
        if (!check_arena(k, a))
            return false;
    }
    if (n != h->table.count || n != h->arenas_live || h->table.count * 4 > h->table.cap)
        return complain(k, "table holds %zu arenas, counts %zu, heap counts %zu", n,
                        h->table.count, h->arenas_live);
    return true;
}

static bool check_large(checker *k)
{
    const struct tpy_pool *h = k->h;
    size_t n = 0;
    for (const tpy_pool_large *l = h->large.next; l != &h->large; l = l->next)
        if (l->next->prev != l || ++n > h->large_live)
            return complain(k, "large-block list is broken");
    if (n != h->large_live)
        return complain(k, "%zu large blocks listed, %zu counted", n, h->large_live);
    return true;
}

int tpy_pool_check(const tpy_pool *h, char *err, size_t errsize)
{
    checker k = {.h = h, .err = err, .errsize = errsize};
    if (check_table(&k) && check_usable(&k) && check_lists(&k) && check_large(&k) &&
        k.linked != k.listed)
        complain(&k, "%zu pools marked as listed, %zu found in the lists", k.linked, k.listed);
    else if (!k.bad && k.idle_pools != k.reserves)
        complain(&k, "%zu empty pools outside the arenas' lists, %zu reserves", k.idle_pools,
                 k.reserves);
    return k.bad ? -1 : 0;
}

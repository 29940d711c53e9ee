/* layer2-pool/large.c: requests above the threshold, passed to layer1.
 *
 * Each large block carries a tpy_pool_large header in front of the user's
 * bytes, and all of them are on one circular list whose sentinel is in the
 * heap: tpy_pool_delete() walks it to give every live block back, and
 * realloc reads the block's size there when it moves a block into a pool.
 * The header costs 32 bytes on requests of more than the threshold
 * (at most 12% of one, usually far less). */
#include "pool_internal.h"

#define LARGE_HDR sizeof(tpy_pool_large)

static tpy_pool_large *header_of(const void *ptr)
{
    return (tpy_pool_large *)ptr - 1;
}

static void large_link(struct tpy_pool *h, tpy_pool_large *l)
{
    l->next = h->large.next;
    l->prev = &h->large;
    h->large.next->prev = l;
    h->large.next = l;
}

static void large_unlink(tpy_pool_large *l)
{
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

void *tpy_pool_large_alloc(struct tpy_pool *h, size_t n, bool zero)
{
    if (n > SIZE_MAX - LARGE_HDR)
        return NULL;
    tpy_pool_large *l = zero
        ? tpy_mem_calloc_in(h->cfg.mem, TPY_MEM_API_POOL, 1, n + LARGE_HDR)
        : tpy_mem_malloc_in(h->cfg.mem, TPY_MEM_API_POOL, n + LARGE_HDR);
    if (l == NULL)
        return NULL;
    l->size = n;
    l->reserved = 0;
    large_link(h, l);
    h->large_live++;
    return l + 1;
}

void *tpy_pool_large_realloc(struct tpy_pool *h, void *ptr, size_t n)
{
    if (n > SIZE_MAX - LARGE_HDR)
        return NULL;
    tpy_pool_large *l = tpy_mem_realloc_in(h->cfg.mem, TPY_MEM_API_POOL, header_of(ptr),
                                           n + LARGE_HDR);
    if (l == NULL)
        return NULL;
    /* The links moved with the block; its neighbours must learn where. */
    l->size = n;
    l->prev->next = l;
    l->next->prev = l;
    return l + 1;
}

void tpy_pool_large_free(struct tpy_pool *h, void *ptr)
{
    tpy_pool_large *l = header_of(ptr);
    large_unlink(l);
    h->large_live--;
    tpy_mem_free_in(h->cfg.mem, TPY_MEM_API_POOL, l);
}

size_t tpy_pool_large_size(const void *ptr)
{
    return header_of(ptr)->size;
}

void tpy_pool_large_release_all(struct tpy_pool *h)
{
    while (h->large.next != &h->large)
        tpy_pool_large_free(h, h->large.next + 1);
}

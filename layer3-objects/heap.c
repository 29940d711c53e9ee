/* layer3-objects/heap.c: the heap context of one VM.
 *
 * A heap bundles where object memory comes from (a layer2 pool of its own,
 * or layer1 straight when layer2 is off), the per-type slots with their
 * free lists and counters, the generation lists, and the immortal objects.
 * The VM reaches all of it through one pointer, and tearing the heap down
 * hands every block back to layer2 and, with the pool, every arena back to
 * layer0. The raw-memory passthroughs let the VM allocate item arrays and
 * tables without knowing whether layer2 is on. */
#include "obj_internal.h"

#include <string.h>

void tpy_obj_heap_config_init(tpy_obj_heap_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->use_pool = true;
    tpy_pool_config_init(&cfg->pool);
    cfg->freelists = true;
    cfg->freelist_cap = TPY_OBJ_CAP_PER_TYPE;
    cfg->mem = NULL;
}

/* The heap's pool, on the heap's layer1 allocator unless the pool's
 * configuration names its own. */
static tpy_pool *make_pool(const tpy_obj_heap_config *cfg, tpy_mem_allocator *mem)
{
    tpy_pool_config pc = cfg->pool;
    if (pc.mem == NULL)
        pc.mem = mem;
    return tpy_pool_new(&pc);
}

tpy_obj_heap *tpy_obj_heap_new(const tpy_obj_heap_config *cfg)
{
    tpy_obj_heap_config defaults;
    if (cfg == NULL) {
        tpy_obj_heap_config_init(&defaults);
        cfg = &defaults;
    }
    tpy_mem_allocator *mem = cfg->mem ? cfg->mem : tpy_mem_default();
    tpy_obj_heap *h = tpy_mem_calloc_in(mem, TPY_MEM_API_RAW, 1, sizeof *h);
    if (h == NULL)
        return NULL;
    h->mem = mem;
    h->freelists = cfg->freelists;
    h->small_max = cfg->pool.threshold;
    h->cap_override = cfg->freelist_cap;
    tpy_obj_gens_init(h);
    if (cfg->use_pool) {
        h->pool = make_pool(cfg, mem);
        if (h->pool == NULL) {
            tpy_mem_free_in(mem, TPY_MEM_API_RAW, h);
            return NULL;
        }
    }
    return h;
}

void tpy_obj_heap_delete(tpy_obj_heap *heap)
{
    if (heap == NULL)
        return;
    tpy_obj_heap_clear_freelists(heap);
    tpy_obj_immortals_release(heap);
    tpy_obj_slots_release(heap);
    tpy_pool_delete(heap->pool);
    tpy_mem_free_in(heap->mem, TPY_MEM_API_RAW, heap);
}

tpy_pool *tpy_obj_heap_pool(tpy_obj_heap *heap)
{
    return heap->pool;
}

tpy_mem_allocator *tpy_obj_heap_mem(tpy_obj_heap *heap)
{
    return heap->mem;
}

void tpy_obj_heap_set_user(tpy_obj_heap *heap, void *user)
{
    heap->user = user;
}

void *tpy_obj_heap_user(const tpy_obj_heap *heap)
{
    return heap->user;
}

void tpy_obj_heap_set_trace(tpy_obj_heap *heap, tpy_obj_trace_fn fn, void *ctx)
{
    heap->trace = fn;
    heap->trace_ctx = ctx;
}

/* --- raw memory for the VM --------------------------------------------------- */

static void *counted(tpy_obj_heap *h, void *p, size_t n)
{
    if (p != NULL) {
        h->raw_allocs++;
        if (h->trace)
            h->trace(h->trace_ctx, TPY_OBJ_TRACE_ALLOC, tpy_obj_block_tier(h, n), NULL, p, n);
    }
    return p;
}

void *tpy_obj_heap_malloc(tpy_obj_heap *heap, size_t n)
{
    return counted(heap, tpy_obj_block_malloc(heap, n), n);
}

void *tpy_obj_heap_calloc(tpy_obj_heap *heap, size_t nelem, size_t elsize)
{
    return counted(heap, tpy_obj_block_calloc(heap, nelem, elsize), nelem * elsize);
}

void *tpy_obj_heap_realloc(tpy_obj_heap *heap, void *p, size_t n)
{
    if (p == NULL)
        return tpy_obj_heap_malloc(heap, n);
    void *q = tpy_obj_block_realloc(heap, p, n);
    if (q && heap->trace)
        heap->trace(heap->trace_ctx, TPY_OBJ_TRACE_REALLOC, tpy_obj_block_tier(heap, n), p, q, n);
    return q;
}

void tpy_obj_heap_free(tpy_obj_heap *heap, void *p)
{
    if (p == NULL)
        return;
    heap->raw_frees++;
    if (heap->trace)
        heap->trace(heap->trace_ctx, TPY_OBJ_TRACE_FREE,
                    heap->pool && tpy_pool_owns(heap->pool, p) ? 2 : 1, p, NULL, 0);
    tpy_obj_block_free(heap, p);
}

/* layer3-objects/immortal.c: objects that counting never frees.
 *
 * None, True, False, the small ints -5..256 and whatever else the VM makes
 * immortal start with a count of TPY_OBJ_IMMORTAL_REFCNT (2^62 on 64-bit).
 * Increfs and decrefs do not test for them; the count is simply too large
 * to reach zero. The heap owns their memory: it records each block here
 * and releases them all in tpy_obj_heap_delete(). Immortals are never on a
 * generation list (the collector has nothing to free among them) nor on a
 * free list. */
#include "obj_internal.h"

#include <string.h>

/* Remember `block` for release at heap deletion. */
static int record_immortal(tpy_obj_heap *h, void *block)
{
    if (h->nimmortals == h->immortals_cap) {
        size_t cap = h->immortals_cap ? h->immortals_cap * 2 : 8;
        void **t = tpy_mem_realloc_in(h->mem, TPY_MEM_API_RAW, h->immortals, cap * sizeof *t);
        if (t == NULL)
            return -1;
        h->immortals = t;
        h->immortals_cap = cap;
    }
    h->immortals[h->nimmortals++] = block;
    return 0;
}

/* Set the header of an immortal object of `n` items in zeroed memory. */
static void immortal_header(tpy_object *o, tpy_obj_type *type, size_t n)
{
    o->refcnt = TPY_OBJ_IMMORTAL_REFCNT;
    o->type = type;
    if (type->item_size != 0)
        ((tpy_var_object *)o)->size = (intptr_t)n;
}

tpy_object *tpy_obj_new_immortal(tpy_obj_heap *heap, tpy_obj_type *type, size_t n)
{
    tpy_obj_slot *s = tpy_obj_slot_of(heap, type);
    if (s == NULL)
        return NULL;
    if (s->item_size == 0)
        n = 0;
    else if (n > s->max_items) {
        s->failures++;
        return NULL;
    }
    char *block = tpy_obj_block_calloc(heap, 1, tpy_obj_block_size(s, n));
    if (block == NULL || record_immortal(heap, block) != 0) {
        tpy_obj_block_free(heap, block);
        s->failures++;
        return NULL;
    }
    /* A container's GC head stays zero: next == 0, never tracked. */
    tpy_object *o = (tpy_object *)(block + s->pre);
    immortal_header(o, type, n);
    s->immortals++;
    return o;
}

size_t tpy_obj_small_int_stride(const tpy_obj_type *int_type)
{
    size_t bytes = int_type->basic_size + int_type->item_size;
    return (bytes + 15) & ~(size_t)15;
}

tpy_object *tpy_obj_small_ints(tpy_obj_heap *heap, tpy_obj_type *int_type)
{
    if (heap->small_ints != NULL)
        return heap->small_int_type == int_type ? heap->small_ints : NULL;
    if (int_type->flags & TPY_OBJ_CONTAINER)
        return NULL;
    tpy_obj_slot *s = tpy_obj_slot_of(heap, int_type);
    if (s == NULL)
        return NULL;
    size_t stride = tpy_obj_small_int_stride(int_type);
    char *block = tpy_obj_block_calloc(heap, TPY_OBJ_SMALL_INT_COUNT, stride);
    if (block == NULL) {
        s->failures++;
        return NULL;
    }
    for (size_t i = 0; i < TPY_OBJ_SMALL_INT_COUNT; i++)
        immortal_header((tpy_object *)(block + i * stride), int_type, 1);
    heap->small_ints = (tpy_object *)block;
    heap->small_int_type = int_type;
    s->immortals += TPY_OBJ_SMALL_INT_COUNT;
    return heap->small_ints;
}

void tpy_obj_immortals_release(tpy_obj_heap *h)
{
    for (size_t i = 0; i < h->nimmortals; i++)
        tpy_obj_block_free(h, h->immortals[i]);
    tpy_mem_free_in(h->mem, TPY_MEM_API_RAW, h->immortals);
    h->immortals = NULL;
    h->nimmortals = h->immortals_cap = 0;
    tpy_obj_block_free(h, h->small_ints);
    h->small_ints = NULL;
    h->small_int_type = NULL;
}

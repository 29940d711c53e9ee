/* layer3-objects/freelist.c: emptying free lists.
 *
 * Pushing and popping are inline in obj_internal.h (they are the fast
 * path). A free list is LIFO so that the object reused next is the one
 * freed last, whose memory is most likely still in the cache; its capacity
 * bounds the memory a burst of frees can keep away from layer2. */
#include "obj_internal.h"

void tpy_obj_freelists_release(tpy_obj_heap *h, tpy_obj_slot *s)
{
    for (unsigned n = 0; n < s->nlists; n++) {
        tpy_object *o;
        while ((o = tpy_obj_freelist_pop(&s->lists[n])) != NULL)
            tpy_obj_block_free(h, (char *)o - s->pre);
    }
}

void tpy_obj_heap_clear_freelists(tpy_obj_heap *heap)
{
    for (size_t id = 0; id < heap->nslots; id++)
        if (heap->slots[id] != NULL)
            tpy_obj_freelists_release(heap, heap->slots[id]);
}

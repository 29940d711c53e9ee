/* layer3-objects/retype.c: moving a live object to another type of the
 * same block layout (what the VM's `obj.__class__ = Other` needs), with
 * the per-type counters following it. */
#include "obj_internal.h"

int tpy_obj_retype(tpy_obj_heap *heap, tpy_object *o, tpy_obj_type *type)
{
    if (o == NULL || type == NULL || tpy_obj_is_immortal(o))
        return -1;
    tpy_obj_slot *from = tpy_obj_slot_of_obj(heap, o);
    tpy_obj_slot *to = tpy_obj_slot_of(heap, type);
    if (to == NULL)
        return -1;
    if (to == from)
        return 0;
    if (to->pre != from->pre || to->fixed_bytes != from->fixed_bytes
        || to->item_size != from->item_size || to->container != from->container)
        return -1;
    /* The object now counts as made by `type`: live and bytes_live move
     * with it, so that both types' counts stay exact (and the old type can
     * be retired once its last other instance is gone). */
    size_t bytes = tpy_obj_block_size(from, tpy_obj_items(from, o));
    from->allocated--;
    from->bytes_live -= bytes;
    to->allocated++;
    to->bytes_live += bytes;
    o->type = type;
    return 0;
}

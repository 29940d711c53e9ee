/* layer3-objects/typereg.c: type ids (process-wide) and the per-heap slots
 * they index.
 *
 * A descriptor is usually static data that every VM of the process shares,
 * so nothing per-heap may live in it. It carries only a small id, given
 * once by a compare-and-swap on the descriptor: two threads that register
 * the same type at once agree on the id (the loser's fresh number is simply
 * never used). Each heap keeps a table of slots indexed by id, grown on
 * demand, so finding a type's free lists and counters costs one bounds
 * check and one load. Ids are never recycled. */
#include "obj_internal.h"

#include <limits.h>
#include <string.h>

/* The next id to hand out; 0 is reserved for "unregistered". */
static atomic_int next_type_id = 1;

/* The type's id, assigned now if it has none; 0 when ids are exhausted. */
static int assign_id(tpy_obj_type *type)
{
    int id = atomic_load_explicit(&type->id, memory_order_relaxed);
    if (id != 0)
        return id;
    int fresh = atomic_fetch_add_explicit(&next_type_id, 1, memory_order_relaxed);
    if (fresh <= 0 || fresh == INT_MAX)
        return 0;
    int expected = 0;
    if (atomic_compare_exchange_strong_explicit(&type->id, &expected, fresh,
                                                memory_order_relaxed,
                                                memory_order_relaxed))
        return fresh;
    return expected;   /* another thread won; its id stands */
}

int tpy_obj_type_id(const tpy_obj_type *type)
{
    return atomic_load_explicit(&type->id, memory_order_relaxed);
}

/* Make room in the slot table for index `id`. */
static int grow_table(tpy_obj_heap *h, size_t id)
{
    if (id < h->nslots)
        return 0;
    size_t n = h->nslots ? h->nslots : 16;
    while (n <= id)
        n *= 2;
    tpy_obj_slot **t = tpy_mem_realloc_in(h->mem, TPY_MEM_API_RAW, h->slots, n * sizeof *t);
    if (t == NULL)
        return -1;
    memset(t + h->nslots, 0, (n - h->nslots) * sizeof *t);
    h->slots = t;
    h->nslots = n;
    return 0;
}

/* The capacity of each free list of `type` in this heap. */
static unsigned effective_cap(const tpy_obj_heap *h, const tpy_obj_type *type)
{
    if (!h->freelists)
        return 0;
    if (h->cap_override < 0)
        return type->freelist_cap;
    return h->cap_override > (long)UINT_MAX ? UINT_MAX : (unsigned)h->cap_override;
}

/* Largest item count whose block size fits both size_t and the intptr_t
 * size field. */
static size_t max_items(size_t fixed_bytes, size_t item_size)
{
    if (item_size == 0)
        return 0;
    size_t limit = (size_t)INTPTR_MAX - fixed_bytes;
    return limit / item_size;
}

static tpy_obj_slot *new_slot(tpy_obj_heap *h, tpy_obj_type *type)
{
    unsigned cap = effective_cap(h, type);
    unsigned nlists = cap == 0 ? 0 : type->item_size ? TPY_OBJ_FREELIST_MAX_ITEMS + 1 : 1;
    tpy_obj_slot *s = tpy_obj_book_calloc(h, 1, sizeof *s + nlists * sizeof(tpy_obj_freelist));
    if (s == NULL)
        return NULL;
    s->type = type;
    s->container = (type->flags & TPY_OBJ_CONTAINER) != 0;
    s->pre = s->container ? sizeof(tpy_gc_head) : 0;
    s->fixed_bytes = s->pre + type->basic_size;
    s->item_size = type->item_size;
    s->max_items = max_items(s->fixed_bytes, s->item_size);
    s->cap = cap;
    s->nlists = nlists;
    return s;
}

tpy_obj_slot *tpy_obj_slot_register(tpy_obj_heap *h, tpy_obj_type *type)
{
    int id = assign_id(type);
    if (id <= 0 || grow_table(h, (size_t)id) != 0) {
        h->reg_failures++;
        return NULL;
    }
    if (h->slots[id] != NULL)
        return h->slots[id];
    tpy_obj_slot *s = new_slot(h, type);
    if (s == NULL) {
        h->reg_failures++;
        return NULL;
    }
    h->slots[id] = s;
    return s;
}

int tpy_obj_type_register(tpy_obj_heap *heap, tpy_obj_type *type)
{
    return tpy_obj_slot_of(heap, type) != NULL ? 0 : -1;
}

void tpy_obj_type_retire(tpy_obj_heap *heap, tpy_obj_type *type)
{
    int id = tpy_obj_type_id(type);
    if (id <= 0 || (size_t)id >= heap->nslots || heap->slots[id] == NULL)
        return;
    tpy_obj_slot *s = heap->slots[id];
    tpy_obj_freelists_release(heap, s);
    /* The counters stay; the statistics read the stand-in from now on. */
    s->retired.name = "(freed class)";
    s->retired.basic_size = type->basic_size;
    s->retired.item_size = type->item_size;
    s->retired.flags = type->flags;
    atomic_store_explicit(&s->retired.id, id, memory_order_relaxed);
    s->type = &s->retired;
}

void tpy_obj_slots_release(tpy_obj_heap *h)
{
    for (size_t i = 0; i < h->nslots; i++)
        tpy_obj_book_free(h, h->slots[i]);
    tpy_obj_book_free(h, h->slots);
    h->slots = NULL;
    h->nslots = 0;
}

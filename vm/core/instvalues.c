/* vm/core/instvalues.c: an instance's attribute values block and its
 * class's shared keys (the layout is drawn in instvalues.h). */
#include <string.h>

#include "error.h"
#include "instvalues.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

static size_t table_slot(tpy_object *name)
{
    tpy_hash_t h = tpy_str_hash(NULL, name);   /* cached in the str after the first time */
    return (size_t)(h ^ (h >> 7)) & (TPY_SHARED_KEYS_TABLE - 1);
}

int tpy_shared_keys_index(const tpy_shared_keys *k, tpy_object *name)
{
    bool interned = ((tpy_strobj *)name)->interned;
    for (size_t j = table_slot(name);; j = (j + 1) & (TPY_SHARED_KEYS_TABLE - 1)) {
        unsigned e = k->table[j];
        if (!e)
            return -1;
        tpy_object *key = k->names[e - 1];
        /* Every shared name is interned: an interned name equal to one is it. */
        if (key == name || (!interned && tpy_str_equal(key, name)))
            return (int)e - 1;
    }
}

static void table_add(tpy_shared_keys *k, tpy_object *name, unsigned ix)
{
    size_t j = table_slot(name);
    while (k->table[j])
        j = (j + 1) & (TPY_SHARED_KEYS_TABLE - 1);
    k->table[j] = (uint8_t)(ix + 1);
}

tpy_object *tpy_values_get(const tpy_shared_keys *k, tpy_inst_values *v, tpy_object *name)
{
    int ix = tpy_shared_keys_index(k, name);
    return ix >= 0 && ix < v->cap ? v->values[ix] : NULL;
}

static size_t block_size(unsigned cap)
{
    size_t order = ((size_t)cap + 7) & ~(size_t)7;
    return sizeof(tpy_inst_values) + cap * sizeof(tpy_object *) + order;
}

/* A block of `cap` slots holding `old`'s values and order (old: NULL or
 * freed here); NULL with MemoryError set. */
static tpy_inst_values *block_resize(tpy_vm *vm, tpy_inst_values *old, unsigned cap)
{
    tpy_inst_values *v = tpy_vm_malloc(vm, block_size(cap));
    if (!v)
        return NULL;
    v->cap = (uint8_t)cap;
    v->n = 0;
    memset(v->values, 0, cap * sizeof(tpy_object *));
    if (old) {
        memcpy(v->values, old->values, old->cap * sizeof(tpy_object *));
        memcpy(tpy_values_order(v), tpy_values_order(old), old->n);
        v->n = old->n;
        tpy_vm_free(vm, old);
    }
    return v;
}

/* The index for `name`, added to the keys if there is room; -1: none. */
static int index_for(tpy_vm *vm, tpy_shared_keys *k, tpy_object *name)
{
    int ix = tpy_shared_keys_index(k, name);
    if (ix >= 0 || k->n == TPY_SHARED_KEYS_MAX)
        return ix;
    tpy_object *interned = tpy_str_intern(vm, tpy_newref(name));
    if (!interned)
        return -2;
    k->names[k->n] = interned;
    table_add(k, interned, k->n);
    return k->n++;
}

void tpy_values_store(tpy_vm *vm, tpy_inst_values *v, unsigned ix, tpy_object *value)
{
    tpy_object *old = v->values[ix];
    v->values[ix] = tpy_newref(value);
    if (old)
        tpy_decref(vm, old);   /* last: its __del__ may look at the instance */
    else
        tpy_values_order(v)[v->n++] = (uint8_t)ix;
}

int tpy_values_set(tpy_vm *vm, tpy_shared_keys *k, tpy_object **slot, tpy_object *name,
                   tpy_object *value)
{
    if (tpy_type_of(name) != &tpy_str_type)
        return 1;
    int ix = index_for(vm, k, name);
    if (ix == -2)
        return -1;
    if (ix < 0)
        return 1;
    tpy_inst_values *v = *slot ? tpy_slot_values(*slot) : NULL;
    if (!v || ix >= v->cap) {
        /* Room for every name the class has seen: the next ones come soon. */
        unsigned cap = k->n > (unsigned)ix + 1 ? k->n : (unsigned)ix + 1;
        if (v && cap < 2u * v->cap)
            cap = 2u * v->cap < TPY_SHARED_KEYS_MAX ? 2u * v->cap : TPY_SHARED_KEYS_MAX;
        if (!(v = block_resize(vm, v, cap)))
            return -1;
        *slot = tpy_values_slot(v);
    }
    tpy_values_store(vm, v, (unsigned)ix, value);
    return 0;
}

int tpy_values_set_new(tpy_vm *vm, const tpy_shared_keys *k, tpy_object **slot, unsigned ix,
                       tpy_object *value)
{
    tpy_inst_values *v = block_resize(vm, NULL, k->n > ix ? k->n : ix + 1);
    if (!v)
        return -1;
    *slot = tpy_values_slot(v);
    tpy_values_store(vm, v, ix, value);
    return 0;
}

int tpy_values_del(tpy_vm *vm, const tpy_shared_keys *k, tpy_inst_values *v, tpy_object *name)
{
    int ix = tpy_shared_keys_index(k, name);
    if (ix < 0 || ix >= v->cap || !v->values[ix])
        return 1;
    uint8_t *order = tpy_values_order(v);
    unsigned at = 0;
    while (order[at] != ix)
        at++;
    memmove(order + at, order + at + 1, (size_t)(v->n - at - 1));
    v->n--;
    tpy_object *old = v->values[ix];
    v->values[ix] = NULL;
    tpy_decref(vm, old);
    return 0;
}

int tpy_values_to_dict(tpy_vm *vm, const tpy_shared_keys *k, tpy_object **slot)
{
    tpy_inst_values *v = tpy_slot_values(*slot);
    tpy_object *d = tpy_dict_new(vm);
    if (!d)
        return -1;
    uint8_t *order = tpy_values_order(v);
    for (unsigned i = 0; i < v->n; i++)
        if (tpy_dict_set(vm, d, k->names[order[i]], v->values[order[i]]) < 0) {
            tpy_decref(vm, d);
            return -1;
        }
    /* The dict holds its own references now; the block's go with it. */
    *slot = d;
    for (unsigned i = 0; i < v->cap; i++)
        tpy_xdecref(vm, v->values[i]);
    tpy_vm_free(vm, v);
    return 0;
}

void tpy_values_clear(tpy_obj_heap *heap, tpy_object **slot)
{
    tpy_inst_values *v = tpy_slot_values(*slot);
    *slot = NULL;
    for (unsigned i = 0; i < v->cap; i++) {
        tpy_object *o = v->values[i];
        v->values[i] = NULL;
        tpy_xdecref_heap(heap, o);
    }
    tpy_obj_heap_free(heap, v);
}

void tpy_shared_keys_clear(tpy_obj_heap *heap, tpy_shared_keys *k)
{
    unsigned n = k->n;
    k->n = 0;
    memset(k->table, 0, sizeof k->table);
    for (unsigned i = 0; i < n; i++)
        tpy_decref_heap(heap, k->names[i]);
}

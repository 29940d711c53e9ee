/* vm/core/typecache.h: the type lookup cache's hit path, inline for the
 * eval loop's attribute and method paths (the cache: typecache.c). */
#ifndef TIERPY_VM_TYPECACHE_H
#define TIERPY_VM_TYPECACHE_H

#include "types.h"
#include "vm.h"

/* The entry for (t, version, name): a multiplicative mix of the three. */
static inline size_t tpy_type_cache_slot(const tpy_type *t, uint32_t version,
                                         const tpy_object *name)
{
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)t >> 6) ^ (uintptr_t)version * 0x9e3779b1u;
    return (h ^ (h >> 11)) & (TPY_TYPE_CACHE_SIZE - 1);
}

/* A remembered tpy_type_lookup(): true and `*value` (borrowed, may be
 * NULL) on a hit. A hit proves the entry was cacheable when it was made
 * (an interned name stays alive, so its address names it). */
static inline bool tpy_type_cache_hit(tpy_vm *vm, const tpy_type *t, const tpy_object *name,
                                      tpy_object **value)
{
    const tpy_type_cache_entry *e = &vm->type_cache[tpy_type_cache_slot(t, t->version, name)];
    if (e->type == t && e->name == name && e->version == t->version) {
        *value = e->value;
        return true;
    }
    return false;
}

/* tpy_type_lookup() after a miss: the MRO walk, remembered. */
tpy_object *tpy_type_lookup_miss(tpy_vm *vm, tpy_type *t, tpy_object *name);

/* tpy_type_lookup() with the hit inline. */
static inline tpy_object *tpy_type_lookup_fast(tpy_vm *vm, tpy_type *t, tpy_object *name)
{
    tpy_object *v;
    return tpy_type_cache_hit(vm, t, name, &v) ? v : tpy_type_lookup_miss(vm, t, name);
}

#endif /* TIERPY_VM_TYPECACHE_H */

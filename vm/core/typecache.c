/* vm/core/typecache.c: type versions and the VM's attribute lookup cache.
 *
 * Every attribute access on an instance first looks its name up along
 * the class's MRO (a data descriptor there wins over the instance), and
 * a method call does the same; usually nothing or the same function is
 * found, again and again. The VM remembers the answers in a direct-mapped
 * table keyed by (type, version, interned name):
 *
 *   vm->type_cache[hash(type, version, name) & (SIZE - 1)]
 *       { type, version, name, value }    value: borrowed, NULL = absent
 *
 * A heap type's version is a number no other type of the VM has had. It
 * changes whenever what a lookup could find changes: an attribute of the
 * class or of a class in its MRO is set or deleted (tpy_type_modified
 * gives new versions to the class and to every class that has it in its
 * MRO), the class is cleared by the collector, or a new name joins its
 * instances' shared keys (instvalues.h; the specialized method call
 * relies on that). Old entries then simply miss, so a borrowed value is
 * never used after its dict let it go. The builtin types are immutable
 * and keep version 0; their entries live until the VM drops their dicts.
 *
 * The eval loop's specialized instructions (specialize.c) keep a version
 * in their inline cache for the same reason. */
#include "heaptype.h"
#include "typecache.h"
#include "types.h"
#include "vm.h"

void tpy_type_new_version(tpy_vm *vm, tpy_type *t)
{
    /* After 2^32 changes the type stays unversioned (0): never cached. */
    t->version = vm->type_versions == UINT32_MAX ? 0 : ++vm->type_versions;
}

static bool in_mro(const tpy_type *t, const tpy_type *base)
{
    if (!t->mro)
        return false;
    for (intptr_t i = 1; i < tpy_tuple_len(t->mro); i++)
        if (tpy_tuple_get(t->mro, i) == &base->ob)
            return true;
    return false;
}

void tpy_type_modified(tpy_vm *vm, tpy_type *t)
{
    if (!tpy_is_heaptype(t))
        return;
    tpy_type_new_version(vm, t);
    if (!((tpy_heaptype *)t)->has_subclasses || !vm->heap_types.next)
        return;
    for (tpy_type_link *l = vm->heap_types.next; l != &vm->heap_types; l = l->next) {
        tpy_heaptype *h = (tpy_heaptype *)(void *)((char *)l - offsetof(tpy_heaptype, link));
        if (in_mro(&h->type, t))
            tpy_type_new_version(vm, &h->type);
    }
}

tpy_object *tpy_type_lookup(tpy_vm *vm, tpy_type *t, tpy_object *name)
{
    tpy_object *v;
    if (tpy_type_cache_hit(vm, t, name, &v))
        return v;
    return tpy_type_lookup_miss(vm, t, name);
}

tpy_object *tpy_type_lookup_miss(tpy_vm *vm, tpy_type *t, tpy_object *name)
{
    tpy_type_cache_entry *e = &vm->type_cache[tpy_type_cache_slot(t, t->version, name)];
    bool cacheable = vm->type_cache_on && ((tpy_strobj *)name)->interned
                     && tpy_type_of(name) == &tpy_str_type
                     && (t->version != 0 || !tpy_is_heaptype(t));
    if (!cacheable)
        return tpy_type_lookup_mro(vm, t, name);
    uint32_t version = t->version;
    tpy_object *v = tpy_type_lookup_mro(vm, t, name);
    if (t->version == version) {   /* a lookup runs no Python code, but be sure */
        e->type = t;
        e->version = version;
        e->name = name;
        e->value = v;
    }
    return v;
}

void tpy_type_cache_clear(tpy_vm *vm)
{
    vm->type_cache_on = false;
    for (size_t i = 0; i < TPY_TYPE_CACHE_SIZE; i++)
        vm->type_cache[i].type = NULL;
}

/* vm/core/intern.c: the VM's interned strs. Identifiers, attribute names
 * and the names of builtin methods are interned, so the dict lookups that
 * use them usually succeed on pointer equality. The table holds a strong
 * reference to each str until the VM is deleted (as CPython 3.12's
 * immortal interned strings live as long as the interpreter). */
#include <string.h>

#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

static int intern_grow(tpy_vm *vm)
{
    tpy_intern_table *t = &vm->interned;
    size_t cap = t->mask ? (t->mask + 1) * 2 : 256;
    tpy_object **slots = tpy_obj_heap_calloc(vm->heap, cap, sizeof *slots);
    if (!slots) {
        tpy_err_no_memory(vm);
        return -1;
    }
    for (size_t i = 0; t->mask && i <= t->mask; i++) {
        tpy_object *s = t->slots[i];
        if (!s)
            continue;
        size_t j = (size_t)tpy_str_hash(vm, s) & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = s;
    }
    tpy_obj_heap_free(vm->heap, t->slots);
    t->slots = slots;
    t->mask = cap - 1;
    return 0;
}

tpy_object *tpy_str_intern(tpy_vm *vm, tpy_object *o)
{
    tpy_strobj *s = (tpy_strobj *)o;
    if (s->interned)
        return o;
    tpy_intern_table *t = &vm->interned;
    if ((t->used + 1) * 2 > t->mask + 1 && intern_grow(vm) < 0) {
        tpy_decref(vm, o);
        return NULL;
    }
    size_t j = (size_t)tpy_str_hash(vm, o) & t->mask;
    for (; t->slots[j]; j = (j + 1) & t->mask)
        if (tpy_str_equal(t->slots[j], o)) {
            tpy_object *found = tpy_newref(t->slots[j]);
            tpy_decref(vm, o);
            return found;
        }
    t->slots[j] = tpy_newref(o);
    t->used++;
    s->interned = 1;
    return o;
}

tpy_object *tpy_str_intern_c(tpy_vm *vm, const char *s)
{
    tpy_object *o = tpy_str_from_utf8(vm, s, strlen(s));
    return o ? tpy_str_intern(vm, o) : NULL;
}

tpy_object *tpy_str_intern_static(tpy_vm *vm, const char *s)
{
    size_t slot = ((uintptr_t)s >> 3) % TPY_STATIC_NAMES;
    if (vm->static_names[slot].cstr == s)
        return vm->static_names[slot].str;
    tpy_object *o = tpy_str_intern_c(vm, s);
    if (!o)
        return NULL;
    /* The intern table keeps it alive until tpy_intern_clear. */
    tpy_decref(vm, o);
    vm->static_names[slot].cstr = s;
    vm->static_names[slot].str = o;
    return o;
}

void tpy_intern_clear(tpy_vm *vm)
{
    memset(vm->static_names, 0, sizeof vm->static_names);
    tpy_intern_table *t = &vm->interned;
    for (size_t i = 0; t->mask && i <= t->mask; i++)
        if (t->slots[i]) {
            ((tpy_strobj *)t->slots[i])->interned = 0;
            TPY_CLEAR(vm, t->slots[i]);
        }
    tpy_obj_heap_free(vm->heap, t->slots);
    t->slots = NULL;
    t->mask = 0;
    t->used = 0;
}

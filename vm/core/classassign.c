/* vm/core/classassign.c: `obj.__class__ = Other` (object.__class__'s
 * setter). Allowed, as in CPython, only between classes made at run time
 * whose instances have the same layout; the object's layer3 descriptor
 * changes with it (tpy_obj_retype), so per-type counts stay exact. */
#include "heaptype.h"

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* The class's own __slots__ value, borrowed, or NULL (none or an error). */
static tpy_object *own_slots(tpy_vm *vm, tpy_type *t)
{
    tpy_object *key = tpy_str_intern_c(vm, "__slots__");
    tpy_object *v = key ? tpy_dict_get_str(vm, t->dict, key) : NULL;
    tpy_xdecref(vm, key);
    return v;
}

/* Same slots added by both classes: the same count and __slots__ values
 * that compare equal. -1 with an exception set on a comparison error. */
static int same_slots(tpy_vm *vm, tpy_type *a, tpy_type *b)
{
    tpy_heaptype *ha = (tpy_heaptype *)a, *hb = (tpy_heaptype *)b;
    if (ha->nslots != hb->nslots || ha->slots_offset != hb->slots_offset)
        return 0;
    if (ha->nslots == 0)
        return 1;
    tpy_object *sa = own_slots(vm, a), *sb = own_slots(vm, b);
    if (tpy_err_occurred(vm))
        return -1;
    if (!sa || !sb)
        return sa == sb;
    return tpy_richcompare_bool(vm, sa, sb, TPY_EQ);
}

static int compatible(tpy_vm *vm, tpy_type *from, tpy_type *to)
{
    tpy_heaptype *hf = (tpy_heaptype *)from, *ht = (tpy_heaptype *)to;
    if (hf->solid != ht->solid || from->layout.basic_size != to->layout.basic_size
        || from->layout.item_size != to->layout.item_size
        || from->dict_offset != to->dict_offset || from->weaklist_offset != to->weaklist_offset
        || (from->flags & TPY_TF_VAR_DICT) != (to->flags & TPY_TF_VAR_DICT))
        return 0;
    /* CPython refuses its variable-size solids (int, tuple, bytes; its str
     * is fixed-size): the same answer here, whatever tierpy's layout. */
    if (hf->solid->layout.item_size && hf->solid != &tpy_str_type)
        return 0;
    return same_slots(vm, from, to);
}

int tpy_object_set_class(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    if (!value) {
        tpy_err_format(vm, &tpy_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!tpy_is_type(value)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                       tpy_type_of(value)->name);
        return -1;
    }
    tpy_type *from = tpy_type_of(self), *to = (tpy_type *)value;
    if (!tpy_is_heaptype(from) || !tpy_is_heaptype(to)) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "__class__ assignment only supported for mutable types or ModuleType "
                       "subclasses");
        return -1;
    }
    int ok = compatible(vm, from, to);
    if (ok < 0)
        return -1;
    /* Values are indexed by the old class's shared keys: a dict instead. */
    if (ok && from != to && tpy_instance_materialize(vm, self) < 0)
        return -1;
    if (!ok || tpy_obj_retype(vm->heap, self, &to->layout) < 0) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__class__ assignment: '%s' object layout differs "
                       "from '%s'", to->name, from->name);
        return -1;
    }
    tpy_incref(&to->ob);   /* an instance owns a reference to its class */
    tpy_decref(vm, &from->ob);
    return 0;
}

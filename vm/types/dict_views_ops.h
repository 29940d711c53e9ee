/* vm/types/dict_views_ops.h: set operators, isdisjoint and __reversed__ of
 * dict views, and dict.__reversed__ (dict_views_ops.c). */
#ifndef TIERPY_VM_DICT_VIEWS_OPS_H
#define TIERPY_VM_DICT_VIEWS_OPS_H

#include "object.h"

extern const tpy_number_slots tpy_dict_view_number;
tpy_object *tpy_dict_view_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op);
extern const tpy_method_def tpy_dict_keys_methods[], tpy_dict_items_methods[],
    tpy_dict_values_methods[];
tpy_object *tpy_dict_reversed_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames);

#endif

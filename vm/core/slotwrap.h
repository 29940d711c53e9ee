/* vm/core/slotwrap.h: builtin types' special methods as Python objects
 * (slotwrap.c). */
#ifndef TIERPY_VM_CORE_SLOTWRAP_H
#define TIERPY_VM_CORE_SLOTWRAP_H

#include "object.h"

/* `wrapper_descriptor` (list.__len__) and `method-wrapper` ([].__len__). */
extern tpy_type tpy_slot_wrapper_type, tpy_method_wrapper_type;

/* Put a wrapper in @p dict (the builtin type @p t's) for every special
 * method whose C slot @p t fills itself, unless the name is there already. */
int tpy_slotwrap_fill(tpy_vm *vm, tpy_type *t, tpy_object *dict);

#endif

/* vm/types/numglue.h: turning vm/num's errors into exceptions, and the
 * GMP scope every big-int computation runs in. */
#ifndef TIERPY_VM_NUMGLUE_H
#define TIERPY_VM_NUMGLUE_H

#include "num.h"
#include "object.h"

/* Raise the exception `err` describes, clear it; returns -1. */
int tpy_num_raise(tpy_vm *vm, tpy_num_error *err);
/* Release a vm/num buffer into a str object (NULL: MemoryError). */
tpy_object *tpy_num_buf_to_str(tpy_vm *vm, tpy_num_buf *b);

#endif

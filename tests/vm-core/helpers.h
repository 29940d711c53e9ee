/* tests/vm-core: a VM per test on its own debug allocator, with the live
 * counts of every tier recorded before it exists and checked after it is
 * deleted; shorthands for building objects and reading their reprs. */
#ifndef TIERPY_TEST_VM_CORE_HELPERS_H
#define TIERPY_TEST_VM_CORE_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

extern tpy_vm *vm;

/* Make `vm` (layer2 and free lists on unless the mode says otherwise) and
 * record the tiers' counts; t_end() deletes it and checks them. */
void t_start_mode(bool pool, bool freelists);
void t_start(void);
void t_end(void);
tpy_mem_allocator *t_mem(void);

/* The repr of `o` as a C string (owned by the helper until the next call);
 * `o` is consumed. NULL object: "!Type: message" of the pending error,
 * which is cleared. */
const char *t_repr(tpy_object *o);
const char *t_str(tpy_object *o);
/* "!Type: message" of the current exception (cleared), or "" if none. */
const char *t_error(void);

/* The t_* makers return objects the helper releases at t_end() (do not
 * decref them); t_keep() hands any new reference to the same list. */
tpy_object *t_keep(tpy_object *o);
tpy_object *t_int(long long v);
tpy_object *t_bigint(const char *decimal);
tpy_object *t_float(double v);
tpy_object *t_s(const char *utf8);
/* A tuple/list of ints. */
tpy_object *t_ints_list(const long long *v, size_t n);

/* self.name(*args) with keyword names (NULL: none); a new reference. */
tpy_object *t_call(tpy_object *self, const char *name, tpy_object **args, size_t n,
                   tpy_object *kwnames);
/* A tuple of interned keyword names, kept. */
tpy_object *t_kwnames(const char *a, const char *b);

/* Lines of a vector file, split at tabs: calls fn(fields, nfields) per line. */
void t_vectors(const char *name, void (*fn)(char **fields, int n));

#endif

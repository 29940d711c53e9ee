/* vm/modules/builtins_internal.h: what the builtins_*.c files share: the
 * tables of functions each contributes, and special-method calls. */
#ifndef TIERPY_VM_BUILTINS_INTERNAL_H
#define TIERPY_VM_BUILTINS_INTERNAL_H

#include "object.h"

/* Each file's functions, NULL-terminated (registered by builtins.c). */
extern const tpy_method_def tpy_builtins_io[];
extern const tpy_method_def tpy_builtins_num[];
extern const tpy_method_def tpy_builtins_obj[];
extern const tpy_method_def tpy_builtins_iter[];

#define TPY_BUILTIN(name)                                                          \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* type(o).<name> bound to o, looked up on the type as the interpreter
 * looks up special methods: a new reference, or NULL with no exception
 * when the type has no such attribute. */
tpy_object *tpy_lookup_special(tpy_vm *vm, tpy_object *o, const char *name);

/* `kwnames` holds only names from `allowed` (NULL-terminated); otherwise
 * "'x' is an invalid keyword argument for <fname>()". The values land in
 * out[] in the order of `allowed` (NULL when not given). */
int tpy_builtin_keywords(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames, const char *const *allowed, tpy_object **out);

#endif

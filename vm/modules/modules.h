/* vm/modules/modules.h: the registry of built-in modules other than sys and
 * builtins (which the runtime makes at start-up). `import math` finds its
 * module here the first time and caches it in sys.modules. */
#ifndef TIERPY_VM_MODULES_H
#define TIERPY_VM_MODULES_H

#include "object.h"

/* A new module object for built-in module `name` (a str); NULL with no
 * exception set when there is no such built-in module, NULL with an
 * exception when making it failed. */
tpy_object *tpy_builtin_module_load(tpy_vm *vm, tpy_object *name);

tpy_object *tpy_math_module_new(tpy_vm *vm);
tpy_object *tpy_gc_module_new(tpy_vm *vm);        /* vm/modules/gcmodule.c */
tpy_object *tpy_weakref_module_new(tpy_vm *vm);   /* vm/modules/weakrefmodule.c */
tpy_object *tpy__weakref_module_new(tpy_vm *vm);

#endif

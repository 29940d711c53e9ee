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
tpy_object *tpy__traceback_module_new(tpy_vm *vm);  /* tracebackmodule.c */
tpy_object *tpy__pcre_module_new(tpy_vm *vm);       /* pcremodule.c */
extern tpy_type tpy_pcre_code_type;                 /* pcremodule.c: compiled patterns */
tpy_object *tpy_gc_module_new(tpy_vm *vm);        /* vm/modules/gcmodule.c */
tpy_object *tpy_weakref_module_new(tpy_vm *vm);   /* vm/modules/weakrefmodule.c */
tpy_object *tpy__weakref_module_new(tpy_vm *vm);
/* The C standard modules of vm/modules/ (docs/modules-c.md). */
tpy_object *tpy_time_module_new(tpy_vm *vm);       /* timemodule.c */
tpy_object *tpy_os_module_new(tpy_vm *vm);         /* osmodule.c */
tpy_object *tpy_posixpath_module_new(tpy_vm *vm);  /* posixpath.c: os.path */
tpy_object *tpy_io_module_new(tpy_vm *vm);         /* iomodule.c */
tpy_object *tpy_struct_module_new(tpy_vm *vm);     /* structmodule.c */
tpy_object *tpy__random_module_new(tpy_vm *vm);    /* randommodule.c */
tpy_object *tpy_array_module_new(tpy_vm *vm);      /* arraymodule.c */
tpy_object *tpy_unicodedata_module_new(tpy_vm *vm); /* unicodedatamodule.c */
tpy_object *tpy__json_module_new(tpy_vm *vm);      /* jsonmodule.c (lib/json's speedups) */
extern tpy_type tpy_json_scanner_type, tpy_json_encoder_type;   /* json_scanner.c, json_encoder.c */

/* Register the static types of the modules above that live outside the
 * core (struct_time, ...): once per process, before the first VM. */
void tpy_modules_process_init(void);

#endif

/* vm/eval/import.h: the import system: modules from the builtin table and
 * from .py files (and packages) on sys.path, as CPython's importlib finds,
 * loads and binds them (see import.c). */
#ifndef TIERPY_VM_EVAL_IMPORT_H
#define TIERPY_VM_EVAL_IMPORT_H

#include <stddef.h>

#include "object.h"

struct tpy_frame;

/* __import__(name, globals, fromlist, level): the module IMPORTNAME binds
 * (the top package for `import a.b`, the module itself with a fromlist). */
tpy_object *tpy_import_name(tpy_vm *vm, tpy_object *globals, tpy_object *name,
                            tpy_object *fromlist, long level);
/* IMPORTFROM: the attribute, else the submodule in sys.modules, else
 * CPython's ImportError ("cannot import name ..."). */
tpy_object *tpy_import_from(tpy_vm *vm, tpy_object *module, tpy_object *name);
/* `from m import *`: __all__, or every name not starting with '_'. */
int tpy_import_star(tpy_vm *vm, struct tpy_frame *f, tpy_object *module);
/* The module @p name by its absolute dotted name (new reference). */
tpy_object *tpy_import_module(tpy_vm *vm, const char *name);
/* For `-m NAME`: import NAME's parent packages and find NAME's source file
 * (into @p path); @p package receives the parent's name ('' at the top).
 * -1 with ImportError/ModuleNotFoundError set. */
int tpy_import_find_main(tpy_vm *vm, const char *name, char *path, size_t pathlen,
                         tpy_object **package);

/* builtins.__import__. */
int tpy_import_init(tpy_vm *vm, tpy_object *builtins_mod);

#endif

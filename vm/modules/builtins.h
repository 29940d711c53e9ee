/* vm/modules/builtins.h: the builtins module's namespace.
 *
 * tpy_builtins_init fills a dict with every builtin function (print,
 * len, isinstance, ...), the builtin types under their names (int, str,
 * range, enumerate, the exception classes, ...) and the constants (None,
 * True, False, Ellipsis, NotImplemented, __debug__). The eval loop makes
 * that dict the `__builtins__` of every module it runs.
 *
 * Functions that need the eval loop (exec, eval, globals, locals, and
 * vars()/dir() without an argument) call through vm->hooks and raise
 * RuntimeError while the hook is unset. print() and input() go through
 * sys.stdout / sys.stdin when vm->hooks.sys_stream provides them, and
 * through the VM's stdio sink otherwise (vm/core/vm.h).
 */
#ifndef TIERPY_VM_BUILTINS_H
#define TIERPY_VM_BUILTINS_H

#include "object.h"

/* Insert the builtins into `builtins_dict` (a dict); 0, or -1 with an
 * exception set (the dict may then hold some of them). */
int tpy_builtins_init(tpy_vm *vm, tpy_object *builtins_dict);

/* print(*args, sep=' ', end='\n', file=None, flush=False) from C, with
 * sep/end/file as objects or NULL for the defaults. */
int tpy_print(tpy_vm *vm, tpy_object *const *args, size_t nargs, tpy_object *sep, tpy_object *end,
              tpy_object *file);

#endif

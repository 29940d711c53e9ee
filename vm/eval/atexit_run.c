/* vm/eval/atexit_run.c: the end of a program runs the functions it
 * registered with the atexit module (lib/atexit.py keeps them), after
 * the report of an uncaught exception, as CPython's shutdown does. */
#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/**
 * @brief Call atexit._run_exitfuncs() if the program imported atexit.
 *
 * The module reports a failing callback itself and goes on with the
 * next; a SystemExit from one sets the status like CPython's does not,
 * so it is reported and ignored too. Leaves no exception set.
 */
void tpy_run_atexit(tpy_vm *vm);
void tpy_run_atexit(tpy_vm *vm)
{
    struct tpy_eval *ev = vm->eval;
    if (!ev || !ev->modules)
        return;
    tpy_object *key = tpy_str_intern_c(vm, "atexit");
    tpy_object *m = key ? tpy_dict_get_str(vm, ev->modules, key) : NULL;
    tpy_xdecref(vm, key);
    if (!m || tpy_type_of(m) != &tpy_module_type) {
        tpy_err_clear(vm);
        return;
    }
    tpy_object *r = tpy_call_method(vm, m, "_run_exitfuncs", NULL, 0);
    tpy_xdecref(vm, r);
    tpy_err_clear(vm);
}

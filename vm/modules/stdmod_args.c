/* vm/modules/stdmod_args.c: small helpers the C standard modules share:
 * a module attribute from a new reference, and the optional size
 * argument of read(), readline() and readlines(). */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"

int tpy_stdmod_set_owned(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *value)
{
    int r = value ? tpy_dict_set_c(vm, dict, name, value) : -1;
    tpy_xdecref(vm, value);
    return r;
}

int tpy_stdmod_size_arg(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                        tpy_object *kwnames, intptr_t *out)
{
    *out = -1;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 0, 1) < 0)
        return -1;
    if (nargs == 0 || args[0] == TPY_NONE)
        return 0;
    if (!tpy_has_index(args[0])) {
        tpy_err_format(vm, &tpy_exc_TypeError, "argument should be integer or None, not '%s'",
                       tpy_type_of(args[0])->name);
        return -1;
    }
    *out = tpy_index_ssize(vm, args[0], &tpy_exc_OverflowError);
    return *out == -1 && tpy_err_occurred(vm) ? -1 : 0;
}

/* vm/modules/oserror.c: OSError from a C errno, with CPython's message
 * "[Errno 2] No such file or directory: 'x'" and its subclass. */
#include <string.h>

#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"

tpy_object *tpy_err_from_errno(tpy_vm *vm, int err, tpy_object *filename)
{
    tpy_object *code = tpy_int_from_i64(vm, err);
    tpy_object *msg = tpy_str_from_cstr(vm, strerror(err));
    if (code && msg) {
        tpy_object *args[3] = {code, msg, filename};
        tpy_object *e = tpy_exc_new(vm, &tpy_exc_OSError, args, filename ? 3 : 2);
        if (e) {
            tpy_err_set_instance(vm, e);
            tpy_decref(vm, e);
        }
    }
    tpy_xdecref(vm, code);
    tpy_xdecref(vm, msg);
    return NULL;
}

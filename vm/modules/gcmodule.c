/* vm/modules/gcmodule.c: the `gc` module object; its functions and
 * constants are the collector's own (tpy_gc_module_fill, vm/gc). */
#include "eval.h"
#include "gc.h"
#include "modules.h"
#include "refcount.h"

tpy_object *tpy_gc_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "gc");
    if (m && tpy_gc_module_fill(vm, tpy_module_dict(m), m) < 0)
        TPY_CLEAR(vm, m);
    return m;
}

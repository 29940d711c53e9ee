/* vm/modules/tracebackmodule.c: `_traceback`, the interpreter's own
 * report of an exception as text, for the bundled `traceback` and
 * `unittest` modules (lib/). The report is the one an uncaught exception
 * prints: the chain of causes and contexts, each frame with its source
 * line and 3.11's caret markers, which Python code could not rebuild
 * without the code objects' column tables. */
#include <stdio.h>
#include <stdlib.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"

/* format_exception(exc) -> str */
static tpy_object *tb_format_exception(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                       size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (tpy_arg_one(vm, "format_exception", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_exc_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "format_exception() argument must be an exception, not '%s'",
                              tpy_type_of(args[0])->name);
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f)
        return tpy_err_no_memory(vm);
    tpy_traceback_print(vm, args[0], f);
    fclose(f);
    tpy_object *s = tpy_err_occurred(vm) ? NULL : tpy_str_from_utf8(vm, text ? text : "", n);
    free(text);
    return s;
}

static const tpy_method_def traceback_functions[] = {
    {"format_exception", tb_format_exception, TPY_METH_FUNCTION,
     "format_exception(exc) -> str: the report an uncaught exc prints"},
    {NULL, NULL, 0, NULL},
};

tpy_object *tpy__traceback_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "_traceback");
    if (m && tpy_module_add_functions(vm, m, traceback_functions) < 0)
        TPY_CLEAR(vm, m);
    return m;
}

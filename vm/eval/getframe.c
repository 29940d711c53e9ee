/* vm/eval/getframe.c: sys._getframe(depth), the running frames as
 * snapshots: each with its code, globals, line and caller (f_back), so
 * that warnings, logging-style helpers and namedtuple can find who called
 * them. A snapshot does not follow the frame afterwards: f_lineno is the
 * line at the time of the call. */
#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"

/* The snapshot of f and, through f_back, of every frame that called it
 * (made outermost first, so each can point at its caller's). */
static tpy_object *snapshot_chain(tpy_vm *vm, tpy_frame *f)
{
    tpy_frame *chain[512];
    size_t n = 0;
    for (tpy_frame *g = f; g && n < sizeof chain / sizeof chain[0]; g = g->back)
        chain[n++] = g;
    tpy_object *back = NULL;
    while (n--) {
        tpy_frame *g = chain[n];
        uint32_t line = tpy_codeobj_line(g->code, g->pc ? g->pc - 1 : 0);
        tpy_object *locals = g->func ? NULL : g->locals;
        tpy_object *fo = tpy_frameobj_new(vm, g->code, g->globals, locals, line, back);
        tpy_xdecref(vm, back);
        if (!fo)
            return NULL;
        back = fo;
    }
    return back;
}

tpy_object *tpy_sys_getframe(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    (void)self;
    int64_t depth = 0;
    if (tpy_arg_nokw(vm, "_getframe", kwnames) < 0 || tpy_arg_count(vm, "_getframe", nargs, 0, 1) < 0
        || (nargs && tpy_int_to_i64(vm, args[0], &depth) < 0))
        return NULL;
    tpy_frame *f = vm->eval ? vm->eval->frame : NULL;
    for (int64_t i = 0; f && i < depth; i++)
        f = f->back;
    if (!f || depth < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "call stack is not deep enough");
    return snapshot_chain(vm, f);
}

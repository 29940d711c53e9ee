/* vm/eval/ceval_exc.c: raising, chaining and finding handlers.
 *
 * Zero-cost exceptions: nothing runs on entry to a `try`; when an
 * instruction fails, the eval loop records a traceback entry, chains the
 * exception to the one being handled (__context__), and looks its pc up in
 * the code's exception table here. A hit releases every register from the
 * entry's register up, puts the exception there and jumps to the handler;
 * a miss pops the frame and repeats in the caller. */
#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define EXC(o) ((tpy_exc *)(o))

const tpy_exc_entry *tpy_ev_find_handler(const tpy_codeobj *co, uint32_t pc)
{
    uint32_t lo = 0, hi = co->nexc;
    while (lo < hi) {   /* entries are sorted and disjoint */
        uint32_t mid = lo + (hi - lo) / 2;
        const tpy_exc_entry *e = &co->exctable[mid];
        if (pc < e->start)
            hi = mid;
        else if (pc >= e->end)
            lo = mid + 1;
        else
            return e;
    }
    return NULL;
}

void tpy_ev_set_context(tpy_vm *vm, tpy_object *exc, bool always)
{
    tpy_object *handled = vm->eval->handled;
    if (!handled || handled == exc || !tpy_exc_check(exc))
        return;
    if (!always && EXC(exc)->context)
        return;
    /* Cut a cycle the new link would close (CPython's rule). */
    for (tpy_object *o = handled; EXC(o)->context; o = EXC(o)->context)
        if (EXC(o)->context == exc) {
            TPY_CLEAR(vm, EXC(o)->context);
            break;
        }
    TPY_SETREF(vm, EXC(exc)->context, tpy_newref(handled));
}

/* An exception instance from what `raise` was given: a class is called. */
static tpy_object *instantiate(tpy_vm *vm, tpy_object *o, const char *what)
{
    if (tpy_is_type(o) && tpy_type_has((tpy_type *)o, TPY_TF_EXC_SUBCLASS)) {
        tpy_object *e = tpy_call(vm, o, NULL, 0, NULL);
        if (e && !tpy_exc_check(e)) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %s",
                           o, tpy_type_of(e)->name);
            TPY_CLEAR(vm, e);
        }
        return e;
    }
    if (tpy_exc_check(o))
        return tpy_newref(o);
    tpy_err_format(vm, &tpy_exc_TypeError, "%s", what);
    return NULL;
}

int tpy_ev_raise(tpy_vm *vm, tpy_object *exc, tpy_object *cause, bool bare)
{
    if (bare) {
        tpy_object *h = vm->eval->handled;
        if (!h) {
            tpy_err_set(vm, &tpy_exc_RuntimeError, "No active exception to reraise");
            return -1;
        }
        tpy_err_restore(vm, tpy_newref(h));
        return -1;
    }
    tpy_object *e = instantiate(vm, exc, "exceptions must derive from BaseException");
    if (!e)
        return -1;
    if (cause) {
        tpy_object *c = NULL;
        if (cause != TPY_NONE
            && !(c = instantiate(vm, cause, "exception causes must derive from BaseException"))) {
            tpy_decref(vm, e);
            return -1;
        }
        TPY_SETREF(vm, EXC(e)->cause, c);
        EXC(e)->suppress_context = true;
    }
    tpy_ev_set_context(vm, e, true);
    tpy_err_restore(vm, e);
    return -1;
}

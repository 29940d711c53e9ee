/* vm/eval/gen.c: generators, and the running machinery coroutines and
 * async generators share with them (gen.h).
 *
 * Calling a generator function binds its arguments into registers that
 * the generator object owns, allocated with it (not the register stack:
 * the frame outlives the call); the generator also holds its frame record.
 * A resumption from C (next, send, throw) links that record over the
 * running frame as an entry frame and runs the eval loop; YIELD stores
 * where it stopped and leaves the loop with the value, RETURN or an
 * exception ends the generator. A FORITER or SEND in the loop itself
 * resumes a generator or coroutine without leaving it (gen.h,
 * tpy_gen_push_inline): the YIELD then goes back to that instruction's
 * frame, as a return goes back to a caller's.
 *
 *   created ──resume──► running ──YIELD──► suspended ──resume──► running
 *                          └──RETURN / exception──► done
 *
 * throw() resumes with the exception raised at the YIELD (the eval loop
 * starts at its error path); close() throws GeneratorExit. A generator
 * suspended inside `yield from` passes both to its delegate first. Each
 * generator keeps the exception its except block was handling while it is
 * suspended, so the caller never sees it (CPython's gi_exc_state). */
#include "abstract.h"
#include "error.h"
#include "gc.h"
#include "gen.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define GEN(o) ((tpy_gen *)(o))

bool tpy_gen_check(tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    return t == &tpy_generator_type || t == &tpy_coroutine_type || t == &tpy_async_gen_type;
}

/* "generator", "coroutine" or "async generator", for messages. */
static const char *kind(const tpy_gen *g)
{
    return tpy_type_of(&g->ob) == &tpy_generator_type  ? "generator"
           : tpy_type_of(&g->ob) == &tpy_coroutine_type ? "coroutine"
                                                         : "async generator";
}

static void clear_regs(tpy_obj_heap *heap, tpy_gen *g)
{
    for (uint32_t k = 0; g->regs && k < g->nregs; k++) {
        tpy_object *o = g->regs[k];
        g->regs[k] = NULL;
        tpy_xdecref_heap(heap, o);
    }
    tpy_object *h = g->handled, *v = g->retval;
    g->handled = NULL;
    g->retval = NULL;
    tpy_xdecref_heap(heap, h);
    tpy_xdecref_heap(heap, v);
}

static tpy_type *type_for(const tpy_codeobj *co)
{
    if (co->flags & TPY_CO_COROUTINE)
        return &tpy_coroutine_type;
    if (co->flags & TPY_CO_ASYNC_GENERATOR)
        return &tpy_async_gen_type;
    return &tpy_generator_type;
}

/* A new generator, coroutine or async generator running @p fn, its
 * registers empty (a container's body comes zeroed) and its frame
 * record's fixed fields set; NULL on no memory. */
static tpy_gen *gen_new(tpy_vm *vm, tpy_function *fn)
{
    tpy_codeobj *co = fn->code;
    tpy_gen *g = (tpy_gen *)tpy_alloc_var(vm, type_for(co), co->nregs);
    if (!g)
        return NULL;
    g->func = (tpy_function *)tpy_newref(&fn->ob);
    g->regs = g->slots;
    g->nregs = co->nregs;
    g->state = TPY_GEN_CREATED;
    tpy_frame *f = &g->frame;
    f->code = co;   /* borrowed, like the function (gen.h) */
    f->func = &fn->ob;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->regs = g->slots;
    f->gen = &g->ob;
    return g;
}

tpy_object *tpy_gen_new_from_call(tpy_vm *vm, tpy_function *fn, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames);
tpy_object *tpy_gen_new_from_call(tpy_vm *vm, tpy_function *fn, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    tpy_gen *g = gen_new(vm, fn);
    if (!g)
        return NULL;
    if (tpy_bind_args(vm, fn, g->regs, args, nargs, kwnames) < 0) {
        clear_regs(vm->heap, g);
        g->state = TPY_GEN_DONE;   /* (done: its registers are empty) */
        tpy_decref(vm, &g->ob);
        return NULL;
    }
    return &g->ob;
}

tpy_object *tpy_gen_new_moving(tpy_vm *vm, tpy_function *fn, tpy_object **args, unsigned nargs)
{
    tpy_gen *g = gen_new(vm, fn);
    if (!g)
        return NULL;
    for (unsigned k = 0; k < nargs; k++) {
        g->slots[k] = args[k];
        args[k] = NULL;
    }
    return &g->ob;
}

/* The YIELD @p g stopped at (it is suspended). */
static tpy_instr yield_instr(const tpy_gen *g)
{
    return g->func->code->code[g->pc - 1];
}

bool tpy_gen_at_plain_yield(const tpy_gen *g)
{
    return !(TPY_I_F(yield_instr(g)) & TPY_YIELD_FROM);
}

/* The delegate of a suspended `yield from` / `await` (borrowed), or NULL. */
static tpy_object *delegate_of(const tpy_gen *g)
{
    if (g->state != TPY_GEN_SUSPENDED || tpy_gen_at_plain_yield(g))
        return NULL;
    return g->regs[TPY_I_B(yield_instr(g))];
}

/* PEP 479: a StopIteration escaping the body becomes a RuntimeError (and
 * a StopAsyncIteration escaping an async generator). */
static void stop_iteration_to_runtime_error(tpy_vm *vm, tpy_gen *g)
{
    const char *what = "StopIteration";
    if (!tpy_err_matches(vm, &tpy_exc_StopIteration)) {
        if (tpy_type_of(&g->ob) != &tpy_async_gen_type
            || !tpy_err_matches(vm, &tpy_exc_StopAsyncIteration))
            return;
        what = "StopAsyncIteration";
    }
    tpy_object *stop = tpy_err_fetch(vm);
    tpy_err_format(vm, &tpy_exc_RuntimeError, "%s raised %s", kind(g), what);
    tpy_exc *e = (tpy_exc *)vm->exc;
    if (e) {
        e->cause = tpy_newref(stop);
        TPY_SETREF(vm, e->context, stop);
        e->suppress_context = true;
    } else {
        tpy_decref(vm, stop);
    }
}

/* Why @p g cannot run now (an error set), or 0. */
static int check_runnable(tpy_vm *vm, tpy_gen *g, tpy_object *sent, bool throwing)
{
    if (g->state == TPY_GEN_RUNNING) {
        tpy_err_format(vm, &tpy_exc_ValueError, "%s already executing", kind(g));
        return -1;
    }
    if (g->state == TPY_GEN_CREATED && !throwing && sent && sent != TPY_NONE) {
        tpy_err_format(vm, &tpy_exc_TypeError, "can't send non-None value to a just-started %s",
                       kind(g));
        return -1;
    }
    return 0;
}

/* Swap the caller's handled exception for the generator's own. */
static tpy_object *enter_exc_state(struct tpy_eval *ev, tpy_gen *g)
{
    tpy_object *caller = ev->handled;
    if (g->handled) {
        ev->handled = g->handled;
        g->handled = NULL;
    } else {
        ev->handled = caller ? tpy_newref(caller) : NULL;
    }
    return caller;
}

/* Put the caller's back, keeping what the generator handles at a yield. */
static void leave_exc_state(tpy_vm *vm, struct tpy_eval *ev, tpy_gen *g, tpy_object *caller,
                            bool yielded)
{
    tpy_object *mine = ev->handled;
    ev->handled = caller;
    if (yielded && mine != caller)
        g->handled = mine;
    else
        tpy_xdecref(vm, mine);
}

/* @p g's frame record linked over the running frame as a C-level entry
 * of the eval loop, with @p sent at its YIELD unless @p throwing; g is
 * running from here on. Its registers are not on the register stack: the
 * stack's top stays. NULL with RecursionError set (the C stack counts). */
static inline __attribute__((always_inline))
tpy_frame *push_gen_frame(tpy_vm *vm, tpy_gen *g, tpy_object *sent, bool throwing)
{
    if (vm->depth >= vm->recursion_limit || tpy_cstack_low())   /* a C entry: the C stack too */
        return tpy_gen_too_deep(vm);
    tpy_frame *f = tpy_gen_frame_link(vm, g, true);
    f->ret_reg = 0;
    f->discard = false;
    if (g->state == TPY_GEN_SUSPENDED && !throwing) {
        tpy_object **slot = &g->regs[g->yield_reg];
        tpy_object *old = *slot;
        *slot = sent ? tpy_newref(sent) : TPY_NONE;   /* None is immortal */
        tpy_xdecref(vm, old);
    }
    g->state = TPY_GEN_RUNNING;
    tpy_incref(&g->ob);   /* alive while it runs, whoever drops it */
    return f;
}

tpy_frame *tpy_gen_too_deep(tpy_vm *vm)
{
    tpy_err_set(vm, &tpy_exc_RecursionError, "maximum recursion depth exceeded");
    return NULL;
}

void tpy_gen_frame_pop(tpy_vm *vm, tpy_frame *f)
{
    tpy_gen *g = GEN(f->gen);
    for (uint32_t k = 0; k < g->nregs; k++) {
        tpy_object *o = g->regs[k];
        g->regs[k] = NULL;
        tpy_xdecref(vm, o);
    }
    tpy_gen_frame_unlink(vm, f);
}

void tpy_gen_finish_inline(tpy_vm *vm, tpy_object *o, bool failed)
{
    tpy_gen *g = GEN(o);
    tpy_object *caller = g->caller_handled;
    g->caller_handled = NULL;
    leave_exc_state(vm, tpy_ev(vm), g, caller, false);
    g->state = TPY_GEN_DONE;
    if (failed)
        stop_iteration_to_runtime_error(vm, g);
}

/* tpy_gen_resume's work, inlined where next() calls it with constants. */
static inline __attribute__((always_inline))
int resume(tpy_vm *vm, tpy_gen *g, tpy_object *sent, bool throwing, tpy_object **out)
{
    struct tpy_eval *ev = tpy_ev(vm);
    if (g->state != TPY_GEN_SUSPENDED) {   /* (a suspended one can always go on) */
        if (check_runnable(vm, g, sent, throwing) < 0)
            return -1;
        if (g->state == TPY_GEN_DONE) {
            if (throwing)
                return -1;   /* the exception goes to the caller as it is */
            if (tpy_type_of(&g->ob) == &tpy_coroutine_type) {
                tpy_err_set(vm, &tpy_exc_RuntimeError, "cannot reuse already awaited coroutine");
                return -1;
            }
            *out = TPY_NONE;
            return 0;
        }
    }
    tpy_frame *f = push_gen_frame(vm, g, sent, throwing);
    if (!f)
        return -1;
    ev->yielded = false;
    ev->throwing = throwing;
    tpy_object *caller_exc = enter_exc_state(ev, g);
    tpy_object *r = tpy_eval_run(vm, f);
    bool yielded = r && ev->yielded;
    leave_exc_state(vm, ev, g, caller_exc, yielded);
    int rc;
    if (yielded) {
        g->state = TPY_GEN_SUSPENDED;
        rc = 1;
    } else {
        g->state = TPY_GEN_DONE;
        rc = r ? 0 : -1;
        if (!r)
            stop_iteration_to_runtime_error(vm, g);
    }
    ev->yielded = false;
    *out = r;
    tpy_decref(vm, &g->ob);
    return rc;
}

int tpy_gen_resume(tpy_vm *vm, tpy_gen *g, tpy_object *sent, bool throwing, tpy_object **out)
{
    return resume(vm, g, sent, throwing, out);
}

/* ---- StopIteration values ------------------------------------------------------------------- */

tpy_object *tpy_gen_fetch_stop_value(tpy_vm *vm)
{
    tpy_object *stop = tpy_err_fetch(vm);
    tpy_object *v;
    if (tpy_type_of(stop) == &tpy_exc_StopIteration) {
        v = ((tpy_exc *)stop)->attrs[0];
        v = tpy_newref(v ? v : TPY_NONE);
    } else {
        v = tpy_getattr_c(vm, stop, "value");
    }
    tpy_decref(vm, stop);
    return v;
}

void tpy_gen_raise_stop(tpy_vm *vm, tpy_object *value)
{
    tpy_object *e = tpy_exc_new(vm, &tpy_exc_StopIteration, &value, value == TPY_NONE ? 0 : 1);
    if (e) {
        tpy_err_set_instance(vm, e);
        tpy_decref(vm, e);
    }
}

/* ---- throw and close ------------------------------------------------------------------------- */

/* close() of a delegate: 0 done, -1 failed. */
static int close_delegate(tpy_vm *vm, tpy_object *d)
{
    if (tpy_gen_check(d))
        return tpy_gen_close(vm, GEN(d));
    tpy_object *meth = tpy_getattr_c(vm, d, "close");
    if (!meth) {
        if (!tpy_err_matches(vm, &tpy_exc_AttributeError))
            return -1;
        tpy_err_clear(vm);
        return 0;
    }
    tpy_object *r = tpy_call(vm, meth, NULL, 0, NULL);
    tpy_decref(vm, meth);
    if (!r)
        return -1;
    tpy_decref(vm, r);
    return 0;
}

/* Throw @p exc (stolen) into a delegate that is not one of ours:
 * 1 yielded, 0 returned, -1 failed, 2 it has no throw(). */
static int throw_foreign(tpy_vm *vm, tpy_object *d, tpy_object *exc, tpy_object **out)
{
    tpy_object *meth = tpy_getattr_c(vm, d, "throw");
    if (!meth) {
        if (!tpy_err_matches(vm, &tpy_exc_AttributeError)) {
            tpy_decref(vm, exc);
            return -1;
        }
        tpy_err_clear(vm);
        tpy_err_restore(vm, exc);
        return 2;
    }
    /* CPython passes throw()'s own arguments on; the instance alone is
     * what they mean (the form 3.12 keeps). */
    *out = tpy_call(vm, meth, &exc, 1, NULL);
    tpy_decref(vm, meth);
    tpy_decref(vm, exc);
    if (*out)
        return 1;
    if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
        return -1;
    *out = tpy_gen_fetch_stop_value(vm);
    return *out ? 0 : -1;
}

/* The delegate of @p g finished while thrown into: the `yield from`
 * ends with @p value (stolen) and @p g goes on after its SEND loop. */
static int delegate_returned(tpy_vm *vm, tpy_gen *g, tpy_object *value, tpy_object **out)
{
    tpy_instr y = yield_instr(g);
    tpy_object **dreg = &g->regs[TPY_I_B(y)];
    tpy_object *d = *dreg;
    *dreg = NULL;
    tpy_xdecref(vm, d);
    /* The loop is SEND, JUMP done, YIELD, JUMP top: resume at JUMP done
     * with the value where SEND would have put it. */
    g->pc -= 2;
    int rc = tpy_gen_resume(vm, g, value, false, out);
    tpy_decref(vm, value);
    return rc;
}

/* throw() through the delegate @p d of @p g. */
static int throw_via_delegate(tpy_vm *vm, tpy_gen *g, tpy_object *d, tpy_object *exc,
                              tpy_object **out)
{
    tpy_incref(d);
    g->state = TPY_GEN_RUNNING;   /* gi_running while the delegate runs */
    int rc;
    if (tpy_type_is_subtype(tpy_type_of(exc), &tpy_exc_GeneratorExit)) {
        rc = close_delegate(vm, d);
        g->state = TPY_GEN_SUSPENDED;
        tpy_decref(vm, d);
        if (rc < 0) {
            tpy_decref(vm, exc);
            return tpy_gen_resume(vm, g, NULL, true, out);
        }
        tpy_err_restore(vm, exc);
        return tpy_gen_resume(vm, g, NULL, true, out);
    }
    if (tpy_gen_check(d))
        rc = tpy_gen_throw(vm, GEN(d), exc, out);
    else
        rc = throw_foreign(vm, d, exc, out);
    g->state = TPY_GEN_SUSPENDED;
    tpy_decref(vm, d);
    if (rc == 1)
        return 1;
    if (rc == 0)
        return delegate_returned(vm, g, *out, out);
    return tpy_gen_resume(vm, g, NULL, true, out);   /* its error (or exc) raised here */
}

int tpy_gen_throw(tpy_vm *vm, tpy_gen *g, tpy_object *exc, tpy_object **out)
{
    tpy_object *d = delegate_of(g);
    if (d)
        return throw_via_delegate(vm, g, d, exc, out);
    if (check_runnable(vm, g, NULL, true) < 0) {
        tpy_decref(vm, exc);
        return -1;
    }
    tpy_err_restore(vm, exc);
    return tpy_gen_resume(vm, g, NULL, true, out);
}

int tpy_gen_close(tpy_vm *vm, tpy_gen *g)
{
    /* The VM's last collection runs after the runtime is gone (a generator
     * left in a cycle, e.g. when an allocation failed): it cannot resume. */
    if (g->state == TPY_GEN_CREATED || g->state == TPY_GEN_DONE || !vm->eval) {
        g->state = TPY_GEN_DONE;
        clear_regs(vm->heap, g);
        return 0;
    }
    tpy_object *exc = tpy_exc_new(vm, &tpy_exc_GeneratorExit, NULL, 0);
    if (!exc)
        return -1;
    tpy_object *r;
    int rc = tpy_gen_throw(vm, g, exc, &r);
    if (rc >= 0) {
        tpy_decref(vm, r);
        if (rc == 0)
            return 0;
        tpy_err_format(vm, &tpy_exc_RuntimeError, "%s ignored GeneratorExit", kind(g));
        return -1;
    }
    if (tpy_err_matches(vm, &tpy_exc_GeneratorExit) || tpy_err_matches(vm, &tpy_exc_StopIteration)) {
        tpy_err_clear(vm);
        return 0;
    }
    return -1;
}

/* throw(typ, val, tb) as CPython normalizes it. */
static tpy_object *exc_from_class(tpy_vm *vm, tpy_object *typ, tpy_object *val)
{
    if (val && tpy_exc_check(val) && tpy_type_is_subtype(tpy_type_of(val), (tpy_type *)typ))
        return tpy_newref(val);
    if (!val || val == TPY_NONE)
        return tpy_call(vm, typ, NULL, 0, NULL);
    if (tpy_type_of(val) == &tpy_tuple_type)
        return tpy_call(vm, typ, ((tpy_tuple *)val)->items, tpy_tuple_len(val), NULL);
    return tpy_call(vm, typ, &val, 1, NULL);
}

tpy_object *tpy_gen_exc_from_args(tpy_vm *vm, tpy_object *const *args, size_t nargs)
{
    tpy_object *typ = args[0], *val = nargs > 1 ? args[1] : NULL;
    tpy_object *tb = nargs > 2 ? args[2] : NULL;
    if (tb == TPY_NONE)
        tb = NULL;
    if (tb && tpy_type_of(tb) != &tpy_traceback_type)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "throw() third argument must be a traceback object");
    tpy_object *e;
    if (tpy_is_type(typ) && tpy_type_has((tpy_type *)typ, TPY_TF_EXC_SUBCLASS)) {
        e = exc_from_class(vm, typ, val);
        if (e && !tpy_exc_check(e)) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %s",
                           typ, tpy_type_of(e)->name);
            TPY_CLEAR(vm, e);
        }
    } else if (tpy_exc_check(typ)) {
        if (val && val != TPY_NONE)
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "instance exception may not have a separate value");
        e = tpy_newref(typ);
    } else {
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "exceptions must be classes or instances deriving from "
                              "BaseException, not %s", tpy_type_of(typ)->name);
    }
    if (e && tb)
        TPY_SETREF(vm, ((tpy_exc *)e)->traceback, tpy_newref(tb));
    return e;
}

/* ---- the methods ------------------------------------------------------------------------------- */

static tpy_object *gen_iternext(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r;
    int rc = resume(vm, GEN(o), NULL, false, &r);
    if (rc == 1)
        return r;
    if (rc == 0) {
        /* The protocol ends without an exception: keep a value for next(). */
        if (r != TPY_NONE)
            TPY_SETREF(vm, GEN(o)->retval, r);
        else
            tpy_decref(vm, r);
    }
    return NULL;
}

/* tpy_next_stop_value_hook. */
static tpy_object *take_retval(tpy_vm *vm, tpy_object *it)
{
    (void)vm;
    if (tpy_type_of(it) != &tpy_generator_type)
        return NULL;
    tpy_object *v = GEN(it)->retval;
    GEN(it)->retval = NULL;
    return v;
}

void tpy_gen_process_init(void)
{
    tpy_next_stop_value_hook = take_retval;
}

/* 1 yielded: the value; 0 returned: StopIteration(value) raised. */
static tpy_object *yielded_or_stop(tpy_vm *vm, int rc, tpy_object *r)
{
    if (rc == 1)
        return r;
    if (rc == 0) {
        tpy_gen_raise_stop(vm, r);
        tpy_decref(vm, r);
    }
    return NULL;
}

tpy_object *tpy_gen_meth_send(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "send", nargs, kwnames) < 0)
        return NULL;
    tpy_object *r;
    int rc = tpy_gen_resume(vm, GEN(self), args[0], false, &r);
    return yielded_or_stop(vm, rc, r);
}

tpy_object *tpy_gen_meth_throw(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "throw", kwnames) < 0 || tpy_arg_count(vm, "throw", nargs, 1, 3) < 0)
        return NULL;
    tpy_object *exc = tpy_gen_exc_from_args(vm, args, nargs);
    if (!exc)
        return NULL;
    tpy_object *r;
    int rc = tpy_gen_throw(vm, GEN(self), exc, &r);
    return yielded_or_stop(vm, rc, r);
}

tpy_object *tpy_gen_meth_close(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "close", nargs, kwnames) < 0)
        return NULL;
    return tpy_gen_close(vm, GEN(self)) < 0 ? NULL : TPY_NONE;
}

static const tpy_method_def gen_methods[] = {
    {"send", tpy_gen_meth_send, 0, NULL},
    {"close", tpy_gen_meth_close, 0, NULL},
    {"throw", tpy_gen_meth_throw, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- yield from ------------------------------------------------------------------------------ */

int tpy_gen_delegate(tpy_vm *vm, tpy_object *it, tpy_object *v, tpy_object **out)
{
    if (tpy_type_of(it) == &tpy_generator_type || tpy_type_of(it) == &tpy_coroutine_type)
        return tpy_gen_resume(vm, GEN(it), v, false, out);
    if (v == TPY_NONE) {
        *out = tpy_next(vm, it);
        if (*out)
            return 1;
        if (tpy_err_occurred(vm)) {
            if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
                return -1;
            *out = tpy_gen_fetch_stop_value(vm);
            return *out ? 0 : -1;
        }
        *out = TPY_NONE;
        return 0;
    }
    *out = tpy_call_method(vm, it, "send", &v, 1);
    if (*out)
        return 1;
    if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
        return -1;
    *out = tpy_gen_fetch_stop_value(vm);
    return *out ? 0 : -1;
}

tpy_object *tpy_gen_yield_from_iter(tpy_vm *vm, tpy_object *o)
{
    if (tpy_type_of(o) == &tpy_generator_type)
        return tpy_newref(o);
    if (tpy_type_of(o) == &tpy_coroutine_type)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return tpy_iter(vm, o);
}

/* ---- life cycle -------------------------------------------------------------------------------- */

int tpy_gen_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_gen *g = GEN(o);
    int r = visit(&g->func->ob, arg);
    for (uint32_t k = 0; !r && g->regs && k < g->nregs; k++)
        if (g->regs[k])
            r = visit(g->regs[k], arg);
    if (!r && g->handled)
        r = visit(g->handled, arg);
    if (!r && g->retval)
        r = visit(g->retval, arg);
    return r;
}

void tpy_gen_clear(tpy_obj_heap *heap, tpy_object *o)
{
    clear_regs(heap, GEN(o));
}

/* A suspended generator that goes away is closed first, so that its
 * finally blocks and with exits run (PEP 342). */
void tpy_gen_finalize(tpy_vm *vm, tpy_object *o)
{
    tpy_gen *g = GEN(o);
    if (g->state != TPY_GEN_SUSPENDED || !vm->eval)
        return;   /* (no eval loop: the VM is being torn down) */
    if (tpy_gen_close(vm, g) < 0) {
        /* tpy_gc_call_finalizer reports it as unraisable */
    }
}

void tpy_gen_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_gen *g = GEN(o);
    if (g->state == TPY_GEN_SUSPENDED) {
        tpy_vm *vm = tpy_vm_of_heap(heap);
        o->refcnt = 1;
        tpy_gc_call_finalizer(vm, o);
        if (--o->refcnt > 0) {   /* resurrected */
            tpy_gc_track(vm, o);
            return;
        }
    }
    if (g->state == TPY_GEN_DONE) {   /* its registers went when it finished */
        tpy_xdecref_heap(heap, g->handled);
        tpy_xdecref_heap(heap, g->retval);
    } else {
        clear_regs(heap, g);
    }
    tpy_decref_heap(heap, &g->func->ob);
    tpy_obj_free(heap, o);
}

/* ---- attributes ---------------------------------------------------------------------------------- */

static tpy_object *gen_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<%s object %U at %p>", tpy_type_of(o)->name,
                          GEN(o)->func->code->qualname, (void *)o);
}

tpy_object *tpy_gen_get_name(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(GEN(o)->func->name);
}

tpy_object *tpy_gen_get_qualname(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(GEN(o)->func->qualname);
}

tpy_object *tpy_gen_get_running(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_bool(GEN(o)->state == TPY_GEN_RUNNING);
}

tpy_object *tpy_gen_get_suspended(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_bool(GEN(o)->state == TPY_GEN_SUSPENDED);
}

tpy_object *tpy_gen_get_code(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(&GEN(o)->func->code->ob);
}

tpy_object *tpy_gen_get_yieldfrom(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    tpy_object *d = delegate_of(GEN(o));
    return tpy_newref(d ? d : TPY_NONE);
}

tpy_object *tpy_gen_get_frame(tpy_vm *vm, tpy_object *o)
{
    tpy_gen *g = GEN(o);
    if (g->state == TPY_GEN_DONE)
        return tpy_newref(TPY_NONE);
    tpy_codeobj *co = g->func->code;
    uint32_t line = g->state == TPY_GEN_CREATED || g->pc == 0 ? co->firstline
                                                              : tpy_codeobj_line(co, g->pc - 1);
    return tpy_frameobj_new(vm, co, g->func->globals, NULL, line, NULL);
}

static const tpy_getset_def gen_getsets[] = {
    {"__name__", tpy_gen_get_name, NULL},
    {"__qualname__", tpy_gen_get_qualname, NULL},
    {"gi_running", tpy_gen_get_running, NULL},
    {"gi_suspended", tpy_gen_get_suspended, NULL},
    {"gi_code", tpy_gen_get_code, NULL},
    {"gi_yieldfrom", tpy_gen_get_yieldfrom, NULL},
    {"gi_frame", tpy_gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_generator_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "generator", .basic_size = offsetof(tpy_gen, slots),
               .item_size = sizeof(tpy_object *), .flags = TPY_OBJ_CONTAINER,
               .destroy = tpy_gen_destroy, .traverse = tpy_gen_traverse, .clear = tpy_gen_clear},
    .name = "generator",
    .weaklist_offset = offsetof(tpy_gen, weaklist),
    .flags = TPY_TF_IMMUTABLE,
    .finalize = tpy_gen_finalize,
    .repr = gen_repr,
    .iter = tpy_iter_self,
    .next = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

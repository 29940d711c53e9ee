/* vm/eval/gen.c: generators.
 *
 * Calling a generator function binds its arguments into registers that
 * the generator object owns (not the register stack: the frame outlives
 * the call). Each resumption (next, send, a SEND of `yield from`) pushes
 * a frame record over those registers as an entry frame and runs the eval
 * loop; YIELD stores where it stopped and leaves the loop with the value,
 * RETURN or an exception ends the generator.
 *
 *   created ──resume──► running ──YIELD──► suspended ──resume──► running
 *                          └──RETURN / exception──► done
 *
 * Not yet: throw() (raises NotImplementedError), close() running the
 * generator's finally blocks (it drops the frame), coroutines and async
 * generators (NotImplementedError when called). */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct tpy_gen {
    tpy_object ob;
    tpy_function *func;         /* owned */
    tpy_object **regs;          /* nregs registers, owned references */
    uint32_t nregs;
    uint32_t pc;                /* where to resume */
    uint32_t yield_reg;         /* the YIELD's register: the sent value goes there */
    int state;
} tpy_gen;

#define GEN(o) ((tpy_gen *)(o))

extern tpy_type tpy_generator_type;

static void clear_regs(tpy_obj_heap *heap, tpy_gen *g)
{
    for (uint32_t k = 0; g->regs && k < g->nregs; k++) {
        tpy_object *o = g->regs[k];
        g->regs[k] = NULL;
        tpy_xdecref_heap(heap, o);
    }
}

tpy_object *tpy_gen_new_from_call(tpy_vm *vm, tpy_function *fn, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames);
tpy_object *tpy_gen_new_from_call(tpy_vm *vm, tpy_function *fn, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    tpy_codeobj *co = fn->code;
    if (co->flags & (TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy does not support %s yet (%U)",
                              (co->flags & TPY_CO_COROUTINE) ? "coroutines" : "async generators",
                              co->qualname);
    tpy_object **regs = tpy_vm_malloc(vm, (co->nregs ? co->nregs : 1) * sizeof *regs);
    if (!regs)
        return NULL;
    memset(regs, 0, (co->nregs ? co->nregs : 1) * sizeof *regs);
    if (tpy_bind_args(vm, fn, regs, args, nargs, kwnames) < 0) {
        tpy_vm_free(vm, regs);
        return NULL;
    }
    tpy_gen *g = (tpy_gen *)tpy_alloc(vm, &tpy_generator_type);
    if (!g) {
        for (uint32_t k = 0; k < co->nregs; k++)
            tpy_xdecref(vm, regs[k]);
        tpy_vm_free(vm, regs);
        return NULL;
    }
    g->func = (tpy_function *)tpy_newref(&fn->ob);
    g->regs = regs;
    g->nregs = co->nregs;
    g->pc = 0;
    g->yield_reg = 0;
    g->state = GEN_CREATED;
    return &g->ob;
}

void tpy_gen_suspend_at(tpy_frame *f, uint32_t reg)
{
    tpy_gen *g = GEN(f->gen);
    g->pc = f->pc;
    g->yield_reg = reg;
}

/* PEP 479: a StopIteration escaping the body becomes a RuntimeError. */
static void stop_iteration_to_runtime_error(tpy_vm *vm)
{
    if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
        return;
    tpy_object *stop = tpy_err_fetch(vm);
    tpy_err_set(vm, &tpy_exc_RuntimeError, "generator raised StopIteration");
    tpy_exc *e = (tpy_exc *)vm->exc;
    if (e) {
        e->cause = tpy_newref(stop);
        e->context = stop;
        e->suppress_context = true;
    } else {
        tpy_decref(vm, stop);
    }
}

/* Run the generator until it yields (1, *out the value), returns (0, *out
 * the return value) or fails (-1). */
static int gen_resume(tpy_vm *vm, tpy_gen *g, tpy_object *sent, tpy_object **out)
{
    struct tpy_eval *ev = tpy_ev(vm);
    if (g->state == GEN_RUNNING) {
        tpy_err_set(vm, &tpy_exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state == GEN_DONE) {
        *out = TPY_NONE;
        return 0;
    }
    if (g->state == GEN_CREATED && sent && sent != TPY_NONE) {
        tpy_err_set(vm, &tpy_exc_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    tpy_codeobj *co = g->func->code;
    tpy_object **saved_top = ev->top;
    tpy_frame *f = tpy_frame_for_call(vm, g->func, g->regs, false);
    ev->top = saved_top;   /* the registers are not on the stack */
    if (!f)
        return -1;
    if (g->state == GEN_SUSPENDED) {
        tpy_object **slot = &g->regs[g->yield_reg];
        tpy_xdecref(vm, *slot);
        *slot = tpy_newref(sent ? sent : TPY_NONE);
    }
    f->entry = true;
    f->gen = &g->ob;
    f->pc = g->pc;
    g->state = GEN_RUNNING;
    ev->yielded = false;
    tpy_incref(&g->ob);   /* alive while it runs, whoever drops it */
    tpy_object *r = tpy_eval_run(vm, f);
    (void)co;
    int rc;
    if (r && ev->yielded) {
        g->state = GEN_SUSPENDED;
        rc = 1;
    } else {
        g->state = GEN_DONE;
        rc = r ? 0 : -1;
        if (!r)
            stop_iteration_to_runtime_error(vm);
    }
    ev->yielded = false;
    *out = r;
    tpy_decref(vm, &g->ob);
    return rc;
}

static tpy_object *gen_iternext(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r;
    int rc = gen_resume(vm, GEN(o), NULL, &r);
    if (rc == 1)
        return r;
    if (rc == 0)
        tpy_decref(vm, r);   /* next() drops the return value */
    return NULL;
}

/* StopIteration(value), or StopIteration() for None. */
static void raise_stop(tpy_vm *vm, tpy_object *value)
{
    tpy_object *e = tpy_exc_new(vm, &tpy_exc_StopIteration, &value, value == TPY_NONE ? 0 : 1);
    if (e) {
        tpy_err_set_instance(vm, e);
        tpy_decref(vm, e);
    }
}

static tpy_object *gen_send(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "send", nargs, kwnames) < 0)
        return NULL;
    tpy_object *r;
    int rc = gen_resume(vm, GEN(self), args[0], &r);
    if (rc == 1)
        return r;
    if (rc == 0) {
        raise_stop(vm, r);
        tpy_decref(vm, r);
    }
    return NULL;
}

static tpy_object *gen_close(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "close", nargs, kwnames) < 0)
        return NULL;
    tpy_gen *g = GEN(self);
    if (g->state == GEN_RUNNING)
        return tpy_err_format(vm, &tpy_exc_ValueError, "generator already executing");
    g->state = GEN_DONE;
    clear_regs(vm->heap, g);
    return TPY_NONE;
}

static tpy_object *gen_throw(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                          "tierpy does not support generator.throw() yet");
}

static const tpy_method_def gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int tpy_gen_delegate(tpy_vm *vm, tpy_object *it, tpy_object *v, tpy_object **out)
{
    if (tpy_type_of(it) == &tpy_generator_type)
        return gen_resume(vm, GEN(it), v, out);
    if (v == TPY_NONE) {
        *out = tpy_next(vm, it);
        if (*out)
            return 1;
        if (tpy_err_occurred(vm)) {
            if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
                return -1;
            tpy_err_clear(vm);
        }
        *out = TPY_NONE;
        return 0;
    }
    *out = tpy_call_method(vm, it, "send", &v, 1);
    if (*out)
        return 1;
    if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
        return -1;
    tpy_object *stop = tpy_err_fetch(vm);
    tpy_object *args = ((tpy_exc *)stop)->args;
    *out = tpy_newref(args && tpy_tuple_len(args) ? tpy_tuple_get(args, 0) : TPY_NONE);
    tpy_decref(vm, stop);
    return 0;
}

tpy_object *tpy_gen_yield_from_iter(tpy_vm *vm, tpy_object *o)
{
    if (tpy_type_of(o) == &tpy_generator_type)
        return tpy_newref(o);
    return tpy_iter(vm, o);
}

static int gen_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_gen *g = GEN(o);
    int r = visit(&g->func->ob, arg);
    for (uint32_t k = 0; !r && g->regs && k < g->nregs; k++)
        if (g->regs[k])
            r = visit(g->regs[k], arg);
    return r;
}

static void gen_clear(tpy_obj_heap *heap, tpy_object *o)
{
    clear_regs(heap, GEN(o));
}

static void gen_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_gen *g = GEN(o);
    clear_regs(heap, g);
    tpy_obj_heap_free(heap, g->regs);
    tpy_decref_heap(heap, &g->func->ob);
    tpy_obj_free(heap, o);
}

static tpy_object *gen_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<generator object %U at %p>", GEN(o)->func->code->qualname,
                          (void *)o);
}

static tpy_object *gen_get_name(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(GEN(o)->func->name);
}

static tpy_object *gen_get_qualname(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(GEN(o)->func->qualname);
}

static tpy_object *gen_get_running(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_bool(GEN(o)->state == GEN_RUNNING);
}

static const tpy_getset_def gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_generator_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "generator", .basic_size = sizeof(tpy_gen), .flags = TPY_OBJ_CONTAINER,
               .destroy = gen_destroy, .traverse = gen_traverse, .clear = gen_clear},
    .name = "generator",
    .flags = TPY_TF_IMMUTABLE,
    .repr = gen_repr,
    .iter = tpy_iter_self,
    .next = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

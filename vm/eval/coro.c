/* vm/eval/coro.c: coroutines (`async def`) and what `await`, `async for`
 * and `async with` ask of the objects they meet.
 *
 * A coroutine is a generator that is not iterable: it runs when something
 * sends into it (`coro.send(None)`, an event loop, the SEND loop of an
 * enclosing `await`). Its __await__() is a small iterator over it, the
 * coroutine_wrapper. `await x` turns x into an iterator first (GETAWAITABLE):
 * a coroutine is its own, anything else answers __await__(). */
#include "abstract.h"
#include "error.h"
#include "gen.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- the coroutine_wrapper returned by __await__ ------------------------------------------ */

typedef struct coro_wrapper {
    tpy_object ob;
    tpy_object *coro;   /* owned */
} coro_wrapper;

#define CW(o) ((coro_wrapper *)(o))

extern tpy_type tpy_coro_wrapper_type;

static tpy_object *cw_next(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r;
    int rc = tpy_gen_resume(vm, (tpy_gen *)CW(o)->coro, NULL, false, &r);
    if (rc == 1)
        return r;
    if (rc == 0) {
        tpy_gen_raise_stop(vm, r);   /* the wrapper is an iterator: its value travels */
        tpy_decref(vm, r);
    }
    return NULL;
}

static tpy_object *cw_send(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    return tpy_gen_meth_send(vm, CW(self)->coro, args, nargs, kwnames);
}

static tpy_object *cw_throw(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    return tpy_gen_meth_throw(vm, CW(self)->coro, args, nargs, kwnames);
}

static tpy_object *cw_close(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    return tpy_gen_meth_close(vm, CW(self)->coro, args, nargs, kwnames);
}

static const tpy_method_def cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int cw_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return visit(CW(o)->coro, arg);
}

static void cw_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *c = CW(o)->coro;
    CW(o)->coro = NULL;
    tpy_xdecref_heap(heap, c);
}

static void cw_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    cw_clear(heap, o);
    tpy_obj_free(heap, o);
}

tpy_type tpy_coro_wrapper_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "coroutine_wrapper", .basic_size = sizeof(coro_wrapper),
               .flags = TPY_OBJ_CONTAINER, .destroy = cw_destroy, .traverse = cw_traverse,
               .clear = cw_clear},
    .name = "coroutine_wrapper",
    .flags = TPY_TF_IMMUTABLE,
    .iter = tpy_iter_self,
    .next = cw_next,
    .methods = cw_methods,
};

/* ---- the coroutine type ----------------------------------------------------------------------- */

static tpy_object *coro_await(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__await__", nargs, kwnames) < 0)
        return NULL;
    coro_wrapper *w = (coro_wrapper *)tpy_alloc(vm, &tpy_coro_wrapper_type);
    if (!w)
        return NULL;
    w->coro = tpy_newref(self);
    return &w->ob;
}

static const tpy_method_def coro_methods[] = {
    {"send", tpy_gen_meth_send, 0, NULL},
    {"throw", tpy_gen_meth_throw, 0, NULL},
    {"close", tpy_gen_meth_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static tpy_object *coro_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<coroutine object %U at %p>",
                          ((tpy_gen *)o)->func->code->qualname, (void *)o);
}

static const tpy_getset_def coro_getsets[] = {
    {"__name__", tpy_gen_get_name, NULL},
    {"__qualname__", tpy_gen_get_qualname, NULL},
    {"cr_running", tpy_gen_get_running, NULL},
    {"cr_suspended", tpy_gen_get_suspended, NULL},
    {"cr_code", tpy_gen_get_code, NULL},
    {"cr_await", tpy_gen_get_yieldfrom, NULL},
    {"cr_frame", tpy_gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_coroutine_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "coroutine", .basic_size = offsetof(tpy_gen, slots),
               .item_size = sizeof(tpy_object *), .flags = TPY_OBJ_CONTAINER,
               .destroy = tpy_gen_destroy, .traverse = tpy_gen_traverse, .clear = tpy_gen_clear},
    .name = "coroutine",
    .weaklist_offset = offsetof(tpy_gen, weaklist),
    .flags = TPY_TF_IMMUTABLE,
    .finalize = tpy_gen_finalize,
    .repr = coro_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* ---- await -------------------------------------------------------------------------------------- */

/* type(o).<name>(o): 1 called (*out), 0 the type has no such method, -1 error. */
static int call_special0(tpy_vm *vm, tpy_object *o, const char *name, tpy_object **out)
{
    bool missing = false;
    *out = tpy_call_special(vm, o, name, NULL, 0, &missing);
    if (*out)
        return 1;
    if (missing) {
        tpy_err_clear(vm);
        return 0;
    }
    return -1;
}

/* Does type(o) define <name>? */
static bool has_special(tpy_vm *vm, tpy_object *o, const char *name)
{
    tpy_object *n = tpy_str_intern_c(vm, name);
    if (!n) {
        tpy_err_clear(vm);
        return false;
    }
    bool found = tpy_type_lookup(vm, tpy_type_of(o), n) != NULL;
    tpy_decref(vm, n);
    return found;
}

/* The iterator of awaitable @p o, or NULL with @p o's TypeError unset:
 * *missing tells that it has no __await__. */
static tpy_object *awaitable_iter(tpy_vm *vm, tpy_object *o, bool *missing)
{
    *missing = false;
    if (tpy_type_of(o) == &tpy_coroutine_type) {
        tpy_gen *g = (tpy_gen *)o;
        if (g->state == TPY_GEN_SUSPENDED && !tpy_gen_at_plain_yield(g))
            return tpy_err_format(vm, &tpy_exc_RuntimeError, "coroutine is being awaited already");
        return tpy_newref(o);
    }
    tpy_object *it;
    int rc = call_special0(vm, o, "__await__", &it);
    if (rc <= 0) {
        *missing = rc == 0;
        return NULL;
    }
    if (tpy_type_of(it) == &tpy_coroutine_type) {
        tpy_decref(vm, it);
        return tpy_err_format(vm, &tpy_exc_TypeError, "__await__() returned a coroutine");
    }
    if (!tpy_type_of(it)->next) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                       tpy_type_of(it)->name);
        tpy_decref(vm, it);
        return NULL;
    }
    return it;
}

tpy_object *tpy_ev_get_awaitable(tpy_vm *vm, tpy_object *o, unsigned sel)
{
    bool missing;
    tpy_object *it = awaitable_iter(vm, o, &missing);
    if (it || !missing)
        return it;
    if (sel == 1 || sel == 2)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'async with' received an object from %s that does not implement "
                              "__await__: %s", sel == 1 ? "__aenter__" : "__aexit__",
                              tpy_type_of(o)->name);
    return tpy_err_format(vm, &tpy_exc_TypeError, "object %s can't be used in 'await' expression",
                          tpy_type_of(o)->name);
}

/* ---- async for ------------------------------------------------------------------------------------ */

tpy_object *tpy_ev_get_aiter(tpy_vm *vm, tpy_object *o)
{
    tpy_object *it;
    int rc = call_special0(vm, o, "__aiter__", &it);
    if (rc == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'async for' requires an object with __aiter__ method, got %s",
                              tpy_type_of(o)->name);
    if (rc < 0)
        return NULL;
    if (!has_special(vm, it, "__anext__")) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "'async for' received an object from __aiter__ that does not implement "
                       "__anext__: %s", tpy_type_of(it)->name);
        tpy_decref(vm, it);
        return NULL;
    }
    return it;
}

/* The current exception becomes the cause of a TypeError @p msg about @p o. */
static void type_error_from_cause(tpy_vm *vm, const char *msg, tpy_object *o)
{
    tpy_object *cause = tpy_err_fetch(vm);
    tpy_err_format(vm, &tpy_exc_TypeError, msg, tpy_type_of(o)->name);
    tpy_exc *e = (tpy_exc *)vm->exc;
    if (e && cause) {
        e->cause = tpy_newref(cause);
        TPY_SETREF(vm, e->context, cause);
        e->suppress_context = true;
    } else {
        tpy_xdecref(vm, cause);
    }
}

tpy_object *tpy_ev_get_anext(tpy_vm *vm, tpy_object *it)
{
    tpy_object *aw;
    int rc = call_special0(vm, it, "__anext__", &aw);
    if (rc == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'async for' requires an iterator with __anext__ method, got %s",
                              tpy_type_of(it)->name);
    if (rc < 0)
        return NULL;
    bool missing;
    tpy_object *r = awaitable_iter(vm, aw, &missing);
    if (!r) {
        if (missing)
            tpy_err_format(vm, &tpy_exc_TypeError, "object %s can't be used in 'await' expression",
                           tpy_type_of(aw)->name);
        if (tpy_err_matches(vm, &tpy_exc_TypeError))
            type_error_from_cause(vm, "'async for' received an invalid object from __anext__: %s",
                                  aw);
    }
    tpy_decref(vm, aw);
    return r;
}

/* ---- async with ------------------------------------------------------------------------------------ */

tpy_object *tpy_ev_before_async_with(tpy_vm *vm, tpy_object *mgr, tpy_object **exit_out)
{
    const char *what = "'%s' object does not support the asynchronous context manager protocol";
    if (!has_special(vm, mgr, "__aenter__"))
        return tpy_err_format(vm, &tpy_exc_TypeError, what, tpy_type_of(mgr)->name);
    if (!has_special(vm, mgr, "__aexit__"))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'%s' object does not support the asynchronous context manager "
                              "protocol (missed __aexit__ method)", tpy_type_of(mgr)->name);
    tpy_object *exit = tpy_getattr_c(vm, mgr, "__aexit__");
    if (!exit)
        return NULL;
    tpy_object *entered;
    if (call_special0(vm, mgr, "__aenter__", &entered) <= 0) {
        tpy_decref(vm, exit);
        return NULL;
    }
    *exit_out = exit;
    return entered;
}

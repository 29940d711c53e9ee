/* vm/eval/asyncgen.c: async generators (`async def` with `yield`).
 *
 * An async generator runs like a generator, but callers reach it only
 * through awaitables: __anext__()/asend(v) and athrow()/aclose() return
 * an object that, when driven (send, throw), resumes the generator. Its
 * YIELDs are of two kinds, told apart by the YIELD_FROM flag:
 *  - a plain `yield v` produces the next item: the awaitable finishes
 *    with StopIteration(v), the value of `await gen.__anext__()`;
 *  - a YIELD inside an `await` passes the awaited object's value out to
 *    whoever drives the awaitable (an event loop), unchanged.
 * The generator returning ends iteration: StopAsyncIteration. */
#include "abstract.h"
#include "error.h"
#include "gen.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

enum { AW_INIT, AW_ITER, AW_CLOSED };

/* An asend() or athrow()/aclose() awaitable. */
typedef struct ag_awaitable {
    tpy_object ob;
    tpy_gen *gen;          /* owned */
    tpy_object *value;     /* asend: the value to send first; athrow: the args tuple,
                              NULL for aclose() (owned) */
    int state;
} ag_awaitable;

#define AW(o) ((ag_awaitable *)(o))

extern tpy_type tpy_asend_type, tpy_athrow_type;

static tpy_object *awaitable_new(tpy_vm *vm, tpy_type *t, tpy_object *gen, tpy_object *value)
{
    ag_awaitable *a = (ag_awaitable *)tpy_alloc(vm, t);
    if (!a)
        return NULL;
    a->gen = (tpy_gen *)tpy_newref(gen);
    a->value = value ? tpy_newref(value) : NULL;
    a->state = AW_INIT;
    return &a->ob;
}

/* The awaitable ends (its generator no longer runs under it). */
static void finish(ag_awaitable *a)
{
    a->gen->ag_running_async = false;
    a->state = AW_CLOSED;
}

/* What one step of the generator means to an asend()/athrow() await. */
static tpy_object *unwrap(tpy_vm *vm, ag_awaitable *a, int rc, tpy_object *r)
{
    if (rc == 1 && !tpy_gen_at_plain_yield(a->gen))
        return r;   /* an await inside the generator: pass through */
    finish(a);
    if (rc == 1) {
        tpy_gen_raise_stop(vm, r);
        tpy_decref(vm, r);
    } else if (rc == 0) {
        tpy_decref(vm, r);
        tpy_err_set_object(vm, &tpy_exc_StopAsyncIteration, NULL);
    }
    return NULL;
}

/* ---- asend ------------------------------------------------------------------------------------ */

static tpy_object *asend_send_one(tpy_vm *vm, ag_awaitable *a, tpy_object *v)
{
    if (a->state == AW_CLOSED)
        return tpy_err_format(vm, &tpy_exc_RuntimeError,
                              "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AW_INIT) {
        if (a->gen->ag_running_async)
            return tpy_err_format(vm, &tpy_exc_RuntimeError,
                                  "anext(): asynchronous generator is already running");
        if (!v || v == TPY_NONE)
            v = a->value;
        a->state = AW_ITER;
    }
    a->gen->ag_running_async = true;
    tpy_object *r;
    int rc = tpy_gen_resume(vm, a->gen, v, false, &r);
    return unwrap(vm, a, rc, r);
}

static tpy_object *asend_throw_exc(tpy_vm *vm, ag_awaitable *a, tpy_object *exc)
{
    if (a->state == AW_CLOSED) {
        tpy_decref(vm, exc);
        return tpy_err_format(vm, &tpy_exc_RuntimeError,
                              "cannot reuse already awaited __anext__()/asend()");
    }
    tpy_object *r;
    int rc = tpy_gen_throw(vm, a->gen, exc, &r);
    return unwrap(vm, a, rc, r);
}

/* ---- athrow and aclose ---------------------------------------------------------------------- */

/* aclose()'s answer to one step: the generator must not yield a value. */
static tpy_object *aclose_result(tpy_vm *vm, ag_awaitable *a, int rc, tpy_object *r)
{
    if (rc == 1) {
        if (!tpy_gen_at_plain_yield(a->gen))
            return r;
        tpy_decref(vm, r);
        finish(a);
        return tpy_err_format(vm, &tpy_exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    finish(a);
    if (rc == 0) {
        tpy_decref(vm, r);
        tpy_err_set_object(vm, &tpy_exc_StopIteration, NULL);
    } else if (tpy_err_matches(vm, &tpy_exc_StopAsyncIteration)
               || tpy_err_matches(vm, &tpy_exc_GeneratorExit)) {
        tpy_err_clear(vm);
        tpy_err_set_object(vm, &tpy_exc_StopIteration, NULL);
    }
    return NULL;
}

static tpy_object *athrow_result(tpy_vm *vm, ag_awaitable *a, int rc, tpy_object *r)
{
    return a->value ? unwrap(vm, a, rc, r) : aclose_result(vm, a, rc, r);
}

/* The first step: throw the exception (GeneratorExit for aclose) in. */
static tpy_object *athrow_start(tpy_vm *vm, ag_awaitable *a, tpy_object *v)
{
    const char *name = a->value ? "athrow" : "aclose";
    if (a->gen->ag_running_async) {
        a->state = AW_CLOSED;
        return tpy_err_format(vm, &tpy_exc_RuntimeError,
                              "%s(): asynchronous generator is already running", name);
    }
    if (a->gen->ag_closed) {
        a->state = AW_CLOSED;
        tpy_err_set_object(vm, &tpy_exc_StopAsyncIteration, NULL);
        return NULL;
    }
    if (v && v != TPY_NONE)
        return tpy_err_format(vm, &tpy_exc_RuntimeError,
                              "can't send non-None value to a just-started coroutine");
    tpy_object *exc = a->value
                          ? tpy_gen_exc_from_args(vm, ((tpy_tuple *)a->value)->items,
                                                  (size_t)tpy_tuple_len(a->value))
                          : tpy_exc_new(vm, &tpy_exc_GeneratorExit, NULL, 0);
    if (!exc)
        return NULL;
    a->state = AW_ITER;
    a->gen->ag_running_async = true;
    if (!a->value)
        a->gen->ag_closed = true;
    tpy_object *r;
    int rc = tpy_gen_throw(vm, a->gen, exc, &r);
    return athrow_result(vm, a, rc, r);
}

static tpy_object *athrow_send_one(tpy_vm *vm, ag_awaitable *a, tpy_object *v)
{
    if (a->state == AW_CLOSED)
        return tpy_err_format(vm, &tpy_exc_RuntimeError,
                              "cannot reuse already awaited aclose()/athrow()");
    if (a->gen->state == TPY_GEN_DONE) {
        a->state = AW_CLOSED;
        tpy_err_set_object(vm, &tpy_exc_StopIteration, NULL);
        return NULL;
    }
    if (a->state == AW_INIT)
        return athrow_start(vm, a, v);
    tpy_object *r;
    int rc = tpy_gen_resume(vm, a->gen, v, false, &r);
    return athrow_result(vm, a, rc, r);
}

static tpy_object *athrow_throw_exc(tpy_vm *vm, ag_awaitable *a, tpy_object *exc)
{
    if (a->state == AW_CLOSED) {
        tpy_decref(vm, exc);
        return tpy_err_format(vm, &tpy_exc_RuntimeError,
                              "cannot reuse already awaited aclose()/athrow()");
    }
    tpy_object *r;
    int rc = tpy_gen_throw(vm, a->gen, exc, &r);
    return athrow_result(vm, a, rc, r);
}

/* ---- the awaitables' methods (both kinds) ---------------------------------------------------- */

static bool is_asend(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_asend_type;
}

static tpy_object *aw_send_one(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    return is_asend(o) ? asend_send_one(vm, AW(o), v) : athrow_send_one(vm, AW(o), v);
}

static tpy_object *aw_next(tpy_vm *vm, tpy_object *o)
{
    return aw_send_one(vm, o, NULL);
}

static tpy_object *aw_send(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "send", nargs, kwnames) < 0)
        return NULL;
    return aw_send_one(vm, self, args[0]);
}

static tpy_object *aw_throw(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "throw", kwnames) < 0 || tpy_arg_count(vm, "throw", nargs, 1, 3) < 0)
        return NULL;
    tpy_object *exc = tpy_gen_exc_from_args(vm, args, nargs);
    if (!exc)
        return NULL;
    return is_asend(self) ? asend_throw_exc(vm, AW(self), exc) : athrow_throw_exc(vm, AW(self), exc);
}

static tpy_object *aw_close(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "close", nargs, kwnames) < 0)
        return NULL;
    AW(self)->state = AW_CLOSED;
    return TPY_NONE;
}

static tpy_object *aw_await(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__await__", nargs, kwnames) < 0)
        return NULL;
    return tpy_newref(self);
}

static const tpy_method_def aw_methods[] = {
    {"send", aw_send, 0, NULL},
    {"throw", aw_throw, 0, NULL},
    {"close", aw_close, 0, NULL},
    {"__await__", aw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int aw_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    int r = AW(o)->gen ? visit(&AW(o)->gen->ob, arg) : 0;
    if (!r && AW(o)->value)
        r = visit(AW(o)->value, arg);
    return r;
}

static void aw_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *g = AW(o)->gen ? &AW(o)->gen->ob : NULL, *v = AW(o)->value;
    AW(o)->gen = NULL;
    AW(o)->value = NULL;
    tpy_xdecref_heap(heap, g);
    tpy_xdecref_heap(heap, v);
}

static void aw_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    aw_clear(heap, o);
    tpy_obj_free(heap, o);
}

#define AWAITABLE_TYPE(var, tname)                                                           \
    tpy_type var = {                                                                         \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                                \
        .layout = {.name = tname, .basic_size = sizeof(ag_awaitable),                        \
                   .flags = TPY_OBJ_CONTAINER, .destroy = aw_destroy,                        \
                   .traverse = aw_traverse, .clear = aw_clear},                              \
        .name = tname,                                                                       \
        .flags = TPY_TF_IMMUTABLE,                                                           \
        .iter = tpy_iter_self,                                                               \
        .next = aw_next,                                                                     \
        .methods = aw_methods,                                                               \
    }

AWAITABLE_TYPE(tpy_asend_type, "async_generator_asend");
AWAITABLE_TYPE(tpy_athrow_type, "async_generator_athrow");

/* ---- the async generator's methods ------------------------------------------------------------ */

static tpy_object *ag_aiter(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__aiter__", nargs, kwnames) < 0)
        return NULL;
    return tpy_newref(self);
}

static tpy_object *ag_anext(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__anext__", nargs, kwnames) < 0)
        return NULL;
    return awaitable_new(vm, &tpy_asend_type, self, TPY_NONE);
}

static tpy_object *ag_asend(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "asend", nargs, kwnames) < 0)
        return NULL;
    return awaitable_new(vm, &tpy_asend_type, self, args[0]);
}

static tpy_object *ag_athrow(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "athrow", kwnames) < 0 || tpy_arg_count(vm, "athrow", nargs, 1, 3) < 0)
        return NULL;
    tpy_object *t = tpy_tuple_from_array(vm, args, nargs);
    if (!t)
        return NULL;
    tpy_object *a = awaitable_new(vm, &tpy_athrow_type, self, t);
    tpy_decref(vm, t);
    return a;
}

static tpy_object *ag_aclose(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "aclose", nargs, kwnames) < 0)
        return NULL;
    return awaitable_new(vm, &tpy_athrow_type, self, NULL);
}

static const tpy_method_def ag_methods[] = {
    {"__aiter__", ag_aiter, 0, NULL},
    {"__anext__", ag_anext, 0, NULL},
    {"asend", ag_asend, 0, NULL},
    {"athrow", ag_athrow, 0, NULL},
    {"aclose", ag_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static tpy_object *ag_get_running(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_bool(((tpy_gen *)o)->ag_running_async);
}

static tpy_object *ag_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<async_generator object %U at %p>",
                          ((tpy_gen *)o)->func->code->qualname, (void *)o);
}

static const tpy_getset_def ag_getsets[] = {
    {"__name__", tpy_gen_get_name, NULL},
    {"__qualname__", tpy_gen_get_qualname, NULL},
    {"ag_running", ag_get_running, NULL},
    {"ag_code", tpy_gen_get_code, NULL},
    {"ag_await", tpy_gen_get_yieldfrom, NULL},
    {"ag_frame", tpy_gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_async_gen_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "async_generator", .basic_size = offsetof(tpy_gen, slots),
               .item_size = sizeof(tpy_object *),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_gen_destroy,
               .traverse = tpy_gen_traverse, .clear = tpy_gen_clear},
    .name = "async_generator",
    .weaklist_offset = offsetof(tpy_gen, weaklist),
    .flags = TPY_TF_IMMUTABLE,
    .finalize = tpy_gen_finalize,
    .repr = ag_repr,
    .methods = ag_methods,
    .getsets = ag_getsets,
};

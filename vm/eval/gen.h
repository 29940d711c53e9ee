/* vm/eval/gen.h: what generators, coroutines and async generators share
 * (gen.c runs them; coro.c adds the coroutine protocol on top).
 *
 * The three are one structure with three types: the body runs in
 * registers the object owns, each resumption runs the eval loop over
 * them, YIELD leaves it. A suspended object whose YIELD carries the
 * YIELD_FROM flag is inside a `yield from` / `await` loop and the YIELD's
 * B register holds the delegate that throw() and close() pass through. */
#ifndef TIERPY_VM_EVAL_GEN_H
#define TIERPY_VM_EVAL_GEN_H

#include "eval_internal.h"

enum { TPY_GEN_CREATED, TPY_GEN_SUSPENDED, TPY_GEN_RUNNING, TPY_GEN_DONE };

/* A generator, coroutine or async generator. */
typedef struct tpy_gen {
    tpy_object ob;
    tpy_function *func;         /* owned */
    tpy_object **regs;          /* nregs registers, owned references */
    tpy_object *handled;        /* the exception its except block handles while suspended (owned) */
    uint32_t nregs;
    uint32_t pc;                /* where to resume */
    uint32_t yield_reg;         /* the YIELD's register: the sent value goes there */
    int state;
    tpy_object *retval;         /* returned to a next slot, for next()'s StopIteration (owned) */
    bool ag_closed;             /* async generators: aclose() has begun */
    bool ag_running_async;      /* async generators: an asend/athrow awaitable is running it */
    tpy_object *weaklist;       /* weak references to it (the weakref type's) */
} tpy_gen;

extern tpy_type tpy_generator_type, tpy_coroutine_type, tpy_async_gen_type;

/* Once per process: install next()'s hook for return values. */
void tpy_gen_process_init(void);

/* Is @p o a generator, coroutine or async generator? */
bool tpy_gen_check(tpy_object *o);

/* Run @p g with @p sent (NULL: None) or, when @p throwing, with the
 * current exception raised at its suspension point. 1: it yielded (*out),
 * 0: it returned (*out its value), -1: it failed. */
int tpy_gen_resume(tpy_vm *vm, tpy_gen *g, tpy_object *sent, bool throwing, tpy_object **out);

/* throw(): raise @p exc (reference stolen) in @p g, through its delegate
 * first; the same answers as tpy_gen_resume. */
int tpy_gen_throw(tpy_vm *vm, tpy_gen *g, tpy_object *exc, tpy_object **out);

/* close(): 0 closed, -1 failed (RuntimeError when it ignored GeneratorExit). */
int tpy_gen_close(tpy_vm *vm, tpy_gen *g);

/* The exception throw(typ[, val[, tb]]) raises, as CPython normalizes it. */
tpy_object *tpy_gen_exc_from_args(tpy_vm *vm, tpy_object *const *args, size_t nargs);

/* Did the suspended @p g stop at a plain `yield` (not inside yield from / await)? */
bool tpy_gen_at_plain_yield(const tpy_gen *g);

/* The value of the StopIteration being raised, cleared (new reference). */
tpy_object *tpy_gen_fetch_stop_value(tpy_vm *vm);

/* StopIteration(value), or StopIteration() for None, raised. */
void tpy_gen_raise_stop(tpy_vm *vm, tpy_object *value);

/* Shared methods and attributes of the three types (gen.c). */
tpy_object *tpy_gen_meth_send(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames);
tpy_object *tpy_gen_meth_throw(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames);
tpy_object *tpy_gen_meth_close(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames);
tpy_object *tpy_gen_get_name(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_gen_get_qualname(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_gen_get_running(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_gen_get_code(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_gen_get_suspended(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_gen_get_yieldfrom(tpy_vm *vm, tpy_object *o);
/* gi_frame / cr_frame / ag_frame: a snapshot of the suspended frame (its
 * code, globals and current line), None once it finished. */
tpy_object *tpy_gen_get_frame(tpy_vm *vm, tpy_object *o);
int tpy_gen_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg);
void tpy_gen_clear(tpy_obj_heap *heap, tpy_object *o);
void tpy_gen_destroy(tpy_obj_heap *heap, tpy_object *o);
void tpy_gen_finalize(tpy_vm *vm, tpy_object *o);

#endif

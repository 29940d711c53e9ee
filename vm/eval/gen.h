/* vm/eval/gen.h: what generators, coroutines and async generators share
 * (gen.c runs them; coro.c adds the coroutine protocol on top).
 *
 * The three are one structure with three types: the body runs in
 * registers allocated with the object, over its own frame record. A
 * resumption from C runs the eval loop over them and YIELD leaves it; a
 * FORITER or SEND in the loop resumes them in place (tpy_gen_push_inline)
 * and YIELD goes back to that frame. A suspended object whose YIELD
 * carries the YIELD_FROM flag is inside a `yield from` / `await` loop and
 * the YIELD's B register holds the delegate that throw() and close() pass
 * through. */
#ifndef TIERPY_VM_EVAL_GEN_H
#define TIERPY_VM_EVAL_GEN_H

#include "eval_internal.h"
#include "refcount.h"
#include "types.h"

/* A done one's registers are all empty (it finished, or close() or a
 * failed call emptied them). */
enum { TPY_GEN_CREATED, TPY_GEN_SUSPENDED, TPY_GEN_RUNNING, TPY_GEN_DONE };

/* A generator, coroutine or async generator. */
typedef struct tpy_gen {
    tpy_object ob;
    intptr_t nitems;            /* the allocator's item count (tpy_var_object's size): slots */
    tpy_function *func;         /* owned */
    tpy_object **regs;          /* nregs registers, owned references: slots */
    tpy_object *handled;        /* the exception its except block handles while suspended (owned) */
    uint32_t nregs;
    uint32_t pc;                /* where to resume */
    uint32_t yield_reg;         /* the YIELD's register: the sent value goes there */
    int state;
    tpy_object *retval;         /* returned to a next slot, for next()'s StopIteration (owned) */
    bool ag_closed;             /* async generators: aclose() has begun */
    bool ag_running_async;      /* async generators: an asend/athrow awaitable is running it */
    tpy_object *weaklist;       /* weak references to it (the weakref type's) */
    /* While its frame runs inside the caller's loop (tpy_gen_push_inline):
     * the caller's handled exception, put back when the frame leaves (owned). */
    tpy_object *caller_handled;
    /* Its frame record while it runs (linked over the caller's): the
     * fields that never change are set when it is made (gen.c, gen_new). */
    tpy_frame frame;
    tpy_object *slots[];        /* the registers, allocated with the object */
} tpy_gen;

extern tpy_type tpy_generator_type, tpy_coroutine_type, tpy_async_gen_type;

/* Once per process: install next()'s hook for return values. */
void tpy_gen_process_init(void);

/* Is @p o a generator, coroutine or async generator? */
bool tpy_gen_check(tpy_object *o);

/* Can FORITER_GEN / SEND resume @p g in the running loop? It must be
 * suspended, or just created and sent nothing but None; every other case
 * goes through tpy_gen_resume, which reports it. */
static inline bool tpy_gen_inline_ok(const tpy_gen *g, const tpy_object *sent)
{
    return g->state == TPY_GEN_SUSPENDED
           || (g->state == TPY_GEN_CREATED && (!sent || sent == TPY_NONE));
}

/* Does calling @p fn make a generator, coroutine or async generator from
 * exactly @p nargs positional arguments and nothing else (CALL_GEN)? */
static inline bool tpy_gen_call_simple(const tpy_function *fn, unsigned nargs)
{
    const tpy_codeobj *co = fn->code;
    return (co->flags & (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))
           && !(co->flags & (TPY_CO_VARARGS | TPY_CO_VARKEYWORDS)) && co->argcount == nargs
           && co->kwonlyargcount == 0;
}

/* CALL_GEN: the object calling @p fn (tpy_gen_call_simple) makes, the
 * @p nargs arguments moved from @p args (left empty) into its registers;
 * NULL on no memory (the arguments then stay). */
tpy_object *tpy_gen_new_moving(tpy_vm *vm, tpy_function *fn, tpy_object **args, unsigned nargs);

/* Every generator frame, resumed from C (tpy_gen_resume) or in the
 * running loop (tpy_gen_push_inline), is the generator's own record
 * (tpy_gen.frame), borrowing its code and function: it leaves by
 * tpy_gen_yield_* or tpy_gen_frame_pop, never by tpy_frame_pop, and never
 * goes to the free list. */

/* Is @p f a generator's, coroutine's or async generator's frame? (A
 * CALL_PY record may keep a stale gen; its code is never one of these.) */
static inline bool tpy_gen_frame(const tpy_frame *f)
{
    return (f->code->flags & (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))
           && f->gen;
}

/* RecursionError for a resume at the recursion limit: NULL. */
tpy_frame *tpy_gen_too_deep(tpy_vm *vm);

/* Link @p g's frame record over the running frame (@p entry: as a C-level
 * entry of the eval loop), at the pc where it stopped. */
static inline tpy_frame *tpy_gen_frame_link(tpy_vm *vm, tpy_gen *g, bool entry)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_frame *f = &g->frame;
    vm->depth++;
    f->back = ev->frame;
    f->chunk = ev->chunk;
    f->prev_top = ev->top;
    f->pc = g->pc;
    f->entry = entry;
    ev->frame = f;
    return f;
}

/* Unlink @p f, a generator frame leaving: its caller's frame is current
 * again. */
static inline void tpy_gen_frame_unlink(tpy_vm *vm, tpy_frame *f)
{
    struct tpy_eval *ev = tpy_ev(vm);
    ev->frame = f->back;
    ev->top = f->prev_top;
    vm->depth--;
}

/* YIELD r[@p reg] in the generator frame @p f (its pc saved): where it
 * stopped is kept and the frame unlinked (its registers are the
 * generator's and stay). */
static inline void tpy_gen_yield_entry(tpy_vm *vm, tpy_frame *f, uint32_t reg)
{
    tpy_gen *g = (tpy_gen *)f->gen;
    g->pc = f->pc;
    g->yield_reg = reg;
    tpy_gen_frame_unlink(vm, f);
}

/* Resume @p g (tpy_gen_inline_ok) in the running eval loop: its frame
 * record is pushed over the caller's (which saved its pc at the exit
 * JUMP of its FORITER or SEND), with @p sent (NULL: None) at its YIELD.
 * A YIELD then stores the value in the caller's register @p dst and skips
 * that JUMP (tpy_gen_yield_inline); a return runs it (FORITER, @p
 * for_iter: the value dropped; SEND: the value in @p dst) and clears the
 * iterator register (tpy_gen_frame_pop, tpy_gen_finish_inline). The
 * caller's register holding @p g keeps it alive meanwhile. The new
 * frame, or NULL with RecursionError set. */
__attribute__((always_inline))
static inline tpy_frame *tpy_gen_push_inline(tpy_vm *vm, tpy_gen *g, tpy_object *sent,
                                             uint32_t dst, bool for_iter)
{
    struct tpy_eval *ev = tpy_ev(vm);
    if (__builtin_expect(vm->depth >= vm->recursion_limit, 0))
        return tpy_gen_too_deep(vm);
    tpy_frame *f = tpy_gen_frame_link(vm, g, false);
    f->ret_reg = dst;
    f->discard = for_iter;
    if (g->state == TPY_GEN_SUSPENDED) {
        tpy_object **slot = &g->regs[g->yield_reg];
        tpy_object *old = *slot;
        *slot = sent ? tpy_newref(sent) : TPY_NONE;   /* None is immortal */
        tpy_xdecref(vm, old);
    }
    g->state = TPY_GEN_RUNNING;
    /* its own handled exception, or the caller's, while it runs */
    tpy_object *caller = ev->handled;
    g->caller_handled = caller;
    if (g->handled) {
        ev->handled = g->handled;
        g->handled = NULL;
    } else if (caller) {
        tpy_incref(caller);
    }
    return f;
}

/* YIELD r[@p reg] in @p f, a frame pushed by tpy_gen_push_inline (its pc
 * saved): the generator is suspended there and the caller's frame and
 * exception state are back. */
__attribute__((always_inline))
static inline void tpy_gen_yield_inline(tpy_vm *vm, tpy_frame *f, uint32_t reg)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_gen *g = (tpy_gen *)f->gen;
    tpy_gen_yield_entry(vm, f, reg);
    g->state = TPY_GEN_SUSPENDED;
    tpy_object *mine = ev->handled, *caller = g->caller_handled;
    ev->handled = caller;
    g->caller_handled = NULL;
    if (mine != caller)
        g->handled = mine;   /* what its except block handles stays with it */
    else
        tpy_xdecref(vm, mine);
}

/* A return or an exception leaves the generator frame @p f: the
 * generator's registers are cleared and the frame unlinked. */
void tpy_gen_frame_pop(tpy_vm *vm, tpy_frame *f);

/* After tpy_gen_frame_pop of a frame tpy_gen_push_inline pushed: @p g is
 * done and the caller's exception state is back; an exception (@p
 * failed) gets PEP 479's conversion. */
void tpy_gen_finish_inline(tpy_vm *vm, tpy_object *g, bool failed);

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

/* vm/eval/eval_internal.h: what the runtime's files share: frames, the
 * register stack, the per-VM eval state, the loop's slow paths.
 *
 * The register stack is a list of chunks; a frame's registers are one
 * contiguous run inside a chunk:
 *
 *   chunk   [ caller's regs r0 .. rA  | rA+1 .. (callee's regs) ...     | free (NULL) ]
 *                                      ^ a CALL's arguments become the callee's parameters
 *
 * Invariant: every slot of the stack that no live register holds is NULL,
 * so a frame starts with its non-parameter registers already empty. A
 * frame that does not fit in its chunk moves its arguments to the next
 * chunk (never reallocated, so pointers into the stack stay valid while C
 * code holds them).
 */
#ifndef TIERPY_VM_EVAL_INTERNAL_H
#define TIERPY_VM_EVAL_INTERNAL_H

#include "eval.h"
#include "srckind.h"
#include "vm.h"

typedef struct tpy_stack_chunk {
    struct tpy_stack_chunk *prev, *next;
    size_t size;                /* slots */
    tpy_object *slots[];
} tpy_stack_chunk;

#define TPY_STACK_CHUNK_SLOTS 16384

/* One activation of a code object. Frame records come from a free list;
 * the registers live on the register stack (or, for a generator, in the
 * generator object). */
typedef struct tpy_frame {
    struct tpy_frame *back;     /* the caller, NULL for the outermost */
    tpy_codeobj *code;          /* owned */
    tpy_object *func;           /* owned, NULL for module and class bodies */
    tpy_object *globals;        /* borrowed from func (or the caller of tpy_eval_code) */
    tpy_object *builtins;       /* borrowed likewise */
    tpy_object *locals;         /* module and class bodies: the namespace; borrowed */
    tpy_object **regs;          /* r[0] */
    tpy_stack_chunk *chunk;     /* the chunk holding regs */
    tpy_object **prev_top;      /* the stack's top before this frame */
    uint32_t pc;                /* index of the next word while not running */
    uint32_t ret_reg;           /* the caller's register receiving the result */
    bool discard;               /* the caller drops the result (REL_A on CALL) */
    bool entry;                 /* returning from it leaves the C loop */
    bool new_chunk;             /* it opened its chunk: popping it goes back */
    tpy_object *gen;            /* the generator running this frame (borrowed), or NULL */
} tpy_frame;

struct tpy_eval {
    tpy_frame *frame;           /* the innermost running frame */
    tpy_frame *free_frames;     /* records to reuse */
    tpy_stack_chunk *chunk;     /* the current chunk */
    tpy_object **top;           /* first free slot of the current chunk above every frame */
    tpy_object *handled;        /* the exception being handled (owned) or NULL */
    tpy_object *builtins_mod;   /* the builtins module */
    tpy_object *sys_mod;        /* the sys module */
    tpy_object *modules;        /* sys.modules (dict) */
    /* Interned names: "__builtins__", "name", "__build_class__",
     * "__name__", "__file__". */
    tpy_object *s_builtins, *s_name, *s_build_class, *s_dunder_name, *s_file;
    bool yielded;               /* the entry frame that just left did so by YIELD */
    bool throwing;              /* the entry frame starts by raising vm->exc (throw()) */
};

static inline struct tpy_eval *tpy_ev(tpy_vm *vm)
{
    return vm->eval;
}

/* ---- frame.c ---- */
/* Room for @p nregs registers starting at @p base (in the current chunk),
 * or at the start of a new chunk: the registers to use, NULL on no memory. */
tpy_object **tpy_stack_reserve(tpy_vm *vm, tpy_object **base, uint32_t nregs, bool *new_chunk);
/* A frame record for @p code (reference taken) over @p regs. */
tpy_frame *tpy_frame_push(tpy_vm *vm, tpy_codeobj *code, tpy_object **regs, bool new_chunk);
/* sys._getframe([depth]) (getframe.c). */
tpy_object *tpy_sys_getframe(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames);

/* Release the frame's registers and record, make its caller current. */
void tpy_frame_pop(tpy_vm *vm, tpy_frame *f);
/* Bind a call's arguments (borrowed) into @p regs (empty) as CPython does,
 * with its TypeError messages. */
int tpy_bind_args(tpy_vm *vm, tpy_function *fn, tpy_object **regs, tpy_object *const *args,
                  size_t nargs, tpy_object *kwnames);
/* The frame of a function call whose arguments were bound into @p regs. */
tpy_frame *tpy_frame_for_call(tpy_vm *vm, tpy_function *fn, tpy_object **regs, bool new_chunk);
void tpy_stack_fini(tpy_vm *vm);

/* ---- ceval.c ---- */
/* Run frames from @p f (an entry frame) until it returns. */
tpy_object *tpy_eval_run(tpy_vm *vm, tpy_frame *f);

/* ---- ceval_ops.c: the loop's out-of-line work ---- */
tpy_object *tpy_ev_getglobal(tpy_vm *vm, tpy_frame *f, tpy_object *name);
tpy_object *tpy_ev_getname(tpy_vm *vm, tpy_frame *f, tpy_object *name);
int tpy_ev_setname(tpy_vm *vm, tpy_frame *f, tpy_object *name, tpy_object *v);
int tpy_ev_delname(tpy_vm *vm, tpy_frame *f, tpy_object *name);
int tpy_ev_delglobal(tpy_vm *vm, tpy_frame *f, tpy_object *name);
void tpy_ev_unbound_local(tpy_vm *vm, tpy_codeobj *co, uint32_t reg);
void tpy_ev_unbound_free(tpy_vm *vm, tpy_codeobj *co, uint32_t reg);
tpy_object *tpy_ev_compare(tpy_vm *vm, tpy_object *a, tpy_object *b, unsigned sel);
int tpy_ev_getmethod(tpy_vm *vm, tpy_object *obj, tpy_object *name, tpy_object **out);
int tpy_ev_unpack(tpy_vm *vm, tpy_object *seq, tpy_object **dst, size_t n);
int tpy_ev_unpack_ex(tpy_vm *vm, tpy_object *seq, tpy_object **dst, size_t before,
                     size_t after);
tpy_object *tpy_ev_format(tpy_vm *vm, tpy_object *v, unsigned conv, tpy_object *spec);
tpy_object *tpy_ev_build_string(tpy_vm *vm, tpy_object **items, size_t n);
tpy_object *tpy_ev_build_map(tpy_vm *vm, tpy_object **items, size_t npairs);
tpy_object *tpy_ev_build_set(tpy_vm *vm, tpy_object **items, size_t n);
int tpy_ev_dict_merge(tpy_vm *vm, tpy_object *d, tpy_object *other, tpy_object *callee);
int tpy_ev_dict_update(tpy_vm *vm, tpy_object *d, tpy_object *other);
int tpy_ev_list_extend(tpy_vm *vm, tpy_object *l, tpy_object *it);
void tpy_ev_star_arg_error(tpy_vm *vm, tpy_frame *f, uint32_t at);
tpy_object *tpy_ev_function_str(tpy_vm *vm, tpy_object *fn);
tpy_object *tpy_ev_callex(tpy_vm *vm, tpy_object *callee, tpy_object *args, tpy_object *kw);
tpy_object *tpy_ev_make_function(tpy_vm *vm, tpy_frame *f, tpy_object *code,
                                 tpy_object **extras, unsigned sel);
tpy_object *tpy_ev_import_name(tpy_vm *vm, tpy_frame *f, tpy_object *name, tpy_object *spec);
tpy_object *tpy_ev_import_from(tpy_vm *vm, tpy_object *module, tpy_object *name);
int tpy_ev_import_star(tpy_vm *vm, tpy_frame *f, tpy_object *module);
int tpy_ev_setup_annotations(tpy_vm *vm, tpy_frame *f);
tpy_object *tpy_ev_build_class(tpy_vm *vm, tpy_frame *f);
/* buildclass.c: builtins.__build_class__, the class types' names, super()'s frame hook. */
int tpy_buildclass_init(tpy_vm *vm, tpy_object *builtins);
int tpy_ev_check_exc_match(tpy_vm *vm, tpy_object *exc, tpy_object *type);
tpy_object *tpy_ev_before_with(tpy_vm *vm, tpy_object *mgr, tpy_object **exit_out);
tpy_object *tpy_ev_with_exc_exit(tpy_vm *vm, tpy_object *exit, tpy_object *exc);

/* ---- ceval_exc.c: raising and unwinding ---- */
/* RAISE: the exception to raise from (exc, cause), set as current; -1 always. */
int tpy_ev_raise(tpy_vm *vm, tpy_object *exc, tpy_object *cause, bool bare);
/* Chain the current exception to the one being handled (__context__). */
void tpy_ev_set_context(tpy_vm *vm, tpy_object *exc, bool always);
/* The handler of word @p pc in @p co, or NULL. */
const tpy_exc_entry *tpy_ev_find_handler(const tpy_codeobj *co, uint32_t pc);

/* ---- gen.c ---- */
/* SEND: resume the delegate @p it with @p v: 1 yielded (*out), 0 returned
 * (*out its value), -1 error. */
int tpy_gen_delegate(tpy_vm *vm, tpy_object *it, tpy_object *v, tpy_object **out);
tpy_object *tpy_gen_yield_from_iter(tpy_vm *vm, tpy_object *o);

/* ---- coro.c: what await, async for and async with ask of objects ---- */
/* GETAWAITABLE: the iterator `await o` drives; @p sel 1/2: after __aenter__/__aexit__. */
tpy_object *tpy_ev_get_awaitable(tpy_vm *vm, tpy_object *o, unsigned sel);
/* GETAITER: type(o).__aiter__(o), checked to have __anext__. */
tpy_object *tpy_ev_get_aiter(tpy_vm *vm, tpy_object *o);
/* GETANEXT: the iterator of the awaitable type(it).__anext__(it) returns. */
tpy_object *tpy_ev_get_anext(tpy_vm *vm, tpy_object *it);
/* BEFOREASYNCWITH: mgr.__aenter__() (to await), *exit_out = mgr.__aexit__. */
tpy_object *tpy_ev_before_async_with(tpy_vm *vm, tpy_object *mgr, tpy_object **exit_out);

/* ---- srcmode.c: eval()'s question about its source ---- */
/* With @p require_expr, SyntaxError "invalid syntax" (-1) where eval()'s
 * grammar would stop when @p src parses but is not one expression;
 * *kind says what it is (srckind.h). */
int tpy_src_classify(tpy_vm *vm, const char *src, const char *filename, bool require_expr,
                     tpy_src_kind *kind);

/* ---- run.c: compile() and running its code ---- */
/* compile(source, filename, mode) for mode "exec", "eval" or "single". */
tpy_object *tpy_run_compile(tpy_vm *vm, const char *source, const char *filename,
                            const char *mode);
/* Run @p code in the namespaces; an "eval" code's value (EVAL mode), a
 * "single" code's value displayed (tpy_repl_display); None for exec. */
tpy_object *tpy_run_code(tpy_vm *vm, tpy_object *code, tpy_object *globals, tpy_object *locals,
                         tpy_run_mode mode);

/* ---- repl.c ---- */
/* sys.displayhook's work: repr(v) on stdout and builtins._ = v (not None). */
int tpy_repl_display(tpy_vm *vm, tpy_object *v);
/* ---- compilefn.c: builtins.compile ---- */
int tpy_compilefn_init(tpy_vm *vm, tpy_object *builtins);

/* ---- specialize.c ---- */
void tpy_specialize_binary(tpy_instr *ip, tpy_object *a, tpy_object *b);
void tpy_specialize_compare(tpy_instr *ip, tpy_object *a, tpy_object *b);
void tpy_specialize_getglobal(tpy_vm *vm, tpy_instr *ip, tpy_frame *f, tpy_object *name);
void tpy_specialize_foriter(tpy_instr *ip, tpy_object *it);
void tpy_specialize_call(tpy_instr *ip, tpy_object *callee, unsigned nargs, unsigned kw);
/* After a GETMETHOD on obj found found[0] (method) and found[1] (self). */
void tpy_specialize_getmethod(tpy_instr *ip, tpy_object *obj, tpy_object *const *found);
/* Instances of classes (specialize.c): GETATTR/SETATTR through the values
 * block, GETMETHOD of a class's Python function. */
void tpy_specialize_getattr(tpy_vm *vm, tpy_instr *ip, tpy_object *obj, tpy_object *name);
void tpy_specialize_setattr(tpy_vm *vm, tpy_instr *ip, tpy_object *obj, tpy_object *name);
void tpy_specialize_getmethod_instance(tpy_vm *vm, tpy_instr *ip, tpy_object *obj,
                                       tpy_object *name, tpy_object *const *found);
/* Give up a specialized form after too many misses. */
void tpy_despecialize(tpy_instr *ip, unsigned generic_op);

#endif

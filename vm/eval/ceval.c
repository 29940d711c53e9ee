/* vm/eval/ceval.c: the eval loop.
 *
 * One C loop runs every Python frame of a call chain: a call to a Python
 * function binds its arguments in place on the register stack, pushes a
 * frame record and reloads the loop's locals (code, registers, pc);
 * RETURN pops it and stores the result in the caller's register. The loop
 * leaves only when an *entry* frame (one that C code called through
 * tpy_eval_call or tpy_eval_code) returns or its exception escapes.
 *
 * Dispatch is by computed goto with GCC (a label per opcode, the table
 * built from opcode.h's X-macro), by a switch otherwise. Every handler
 * follows the same discipline:
 *  - operands are trusted (the verifier checked them);
 *  - a written register's old value is released after the store (SETREG);
 *  - F's release bits are tested once (F & 7) and handled out of line;
 *  - on failure the handler jumps to `error` with the exception set and
 *    leaves its temporaries to the unwinder, which releases every register
 *    above the handler's.
 * Slow paths live in ceval_ops.c, raising and unwinding helpers in
 * ceval_exc.c, specialization decisions in specialize.c. */
#include <math.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "gc.h"
#include "gen.h"
#include "heaptype.h"
#include "refcount.h"
#include "typecache.h"
#include "types.h"
#include "vm.h"

#if defined(__GNUC__) && !defined(TPY_NO_COMPUTED_GOTO)
#define TPY_COMPUTED_GOTO 1
#endif

#define MISS_LIMIT 16   /* misses before a specialized instruction gives up */

/* ---- small helpers the handlers share ------------------------------------------------------ */

static inline void set_reg(tpy_vm *vm, tpy_object **slot, tpy_object *v)
{
    tpy_object *old = *slot;
    *slot = v;
    if (old)
        tpy_decref(vm, old);
}

static inline void clear_reg(tpy_vm *vm, tpy_object **slot)
{
    tpy_object *old = *slot;
    if (old) {
        *slot = NULL;
        tpy_decref(vm, old);
    }
}

static void release_run(tpy_vm *vm, tpy_object **r, size_t n)
{
    for (size_t k = 0; k < n; k++)
        clear_reg(vm, &r[k]);
}

static enum tpy_binop binop_of(unsigned op)
{
    switch (op) {
    case TPY_OP_ADD: case TPY_OP_ADDK: case TPY_OP_ADD_INT: case TPY_OP_ADD_FLOAT:
    case TPY_OP_ADD_STR: case TPY_OP_ADDK_INT: return (enum tpy_binop)TPY_BINOP_ADD;
    case TPY_OP_SUB: case TPY_OP_SUBK: case TPY_OP_SUB_INT: case TPY_OP_SUB_FLOAT:
    case TPY_OP_SUBK_INT: return (enum tpy_binop)TPY_BINOP_SUB;
    case TPY_OP_MUL: case TPY_OP_MUL_INT: case TPY_OP_MUL_FLOAT: return (enum tpy_binop)TPY_BINOP_MUL;
    case TPY_OP_MATMUL: return (enum tpy_binop)TPY_BINOP_MATMUL;
    case TPY_OP_TRUEDIV: return (enum tpy_binop)TPY_BINOP_TRUEDIV;
    case TPY_OP_FLOORDIV: return (enum tpy_binop)TPY_BINOP_FLOORDIV;
    case TPY_OP_MOD: return (enum tpy_binop)TPY_BINOP_MOD;
    case TPY_OP_POW: return (enum tpy_binop)TPY_BINOP_POW;
    case TPY_OP_LSHIFT: return (enum tpy_binop)TPY_BINOP_LSHIFT;
    case TPY_OP_RSHIFT: return (enum tpy_binop)TPY_BINOP_RSHIFT;
    case TPY_OP_BAND: return TPY_OP_AND;
    case TPY_OP_BOR: return TPY_OP_OR;
    default: return TPY_OP_XOR;
    }
}

static inline tpy_object *binary_generic(tpy_vm *vm, tpy_instr i, tpy_object *a, tpy_object *b)
{
    enum tpy_binop op = binop_of(TPY_I_OP(i));
    return (TPY_I_F(i) & TPY_F_INPLACE) ? tpy_inplace_op(vm, op, a, b) : tpy_binary_op(vm, op, a, b);
}

static inline bool is_word_int(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_int_type && ((const tpy_var_object *)o)->size == 0;
}

static inline int64_t word_of(const tpy_object *o)
{
    return ((const tpy_int *)o)->value;
}

static inline bool is_float(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_float_type;
}

/* The word-int forms: false when an operand is not a word int or the
 * result overflows (the generic path then computes it). */
static inline bool int_arith(unsigned op, int64_t x, int64_t y, int64_t *out)
{
    switch (op) {
    case TPY_BINOP_ADD: return !__builtin_add_overflow(x, y, out);
    case TPY_BINOP_SUB: return !__builtin_sub_overflow(x, y, out);
    default: return !__builtin_mul_overflow(x, y, out);
    }
}

/* ---- unspecialized fast paths: word ints (Python's floor semantics, no
 * overflow: those cases fall back) and floats. `*res` may be NULL (no
 * memory): the caller's error path handles it. ---- */
#define WORD_FAST(NAME, BODY)                                                          \
    static inline bool NAME(tpy_object *a, tpy_object *b, int64_t *res)               \
    {                                                                                  \
        if (!is_word_int(a) || !is_word_int(b))                                        \
            return false;                                                              \
        int64_t x = word_of(a), y = word_of(b), v;                                     \
        BODY                                                                           \
        *res = v;                                                                      \
        return true;                                                                   \
    }

WORD_FAST(word_mod, {
    if (y == 0)
        return false;   /* ZeroDivisionError */
    if (y == -1) {
        v = 0;
    } else {
        v = x % y;
        if (v != 0 && ((v ^ y) < 0))
            v += y;
    }
})
WORD_FAST(word_floordiv, {
    if (y == 0 || (y == -1 && x == INT64_MIN))
        return false;
    v = x / y;
    if (x % y != 0 && ((x ^ y) < 0))
        v--;
})
WORD_FAST(word_rshift, {
    if (y < 0)
        return false;   /* ValueError */
    v = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
})
WORD_FAST(word_lshift, {
    if (y < 0 || y >= 63)
        return false;
    v = (int64_t)((uint64_t)x << y);
    if ((v >> y) != x)
        return false;   /* overflows: a big int */
})
WORD_FAST(word_and, { v = x & y; })
WORD_FAST(word_or, { v = x | y; })
WORD_FAST(word_xor, { v = x ^ y; })

/* `o`'s attribute `name` when it is in o's values block and no data
 * descriptor of its class takes precedence (borrowed), else NULL: what
 * object.__getattribute__ would find first, without its calls. Names of
 * code objects are interned exact strs with their hash computed. */
static inline tpy_object *instance_value(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_type *t = tpy_type_of(o);
    if (t->getattr != tpy_object_getattribute || !t->dict_offset
        || (t->flags & TPY_TF_VAR_DICT))
        return NULL;
    tpy_object *slot = *(tpy_object **)((char *)o + t->dict_offset);
    if (!tpy_slot_is_values(slot))
        return NULL;
    tpy_object *v = tpy_values_lookup(&((tpy_heaptype *)t)->keys, tpy_slot_values(slot), name);
    if (!v)
        return NULL;
    tpy_object *descr = tpy_type_lookup_fast(vm, t, name);
    return descr && tpy_type_of(descr)->descr_set ? NULL : v;
}

/* Two floats, or a float and a word int: the operands as float's own
 * arithmetic sees them (an int converts as PyLong_AsDouble does: C's
 * conversion rounds to nearest, ties to even, and a word int cannot
 * overflow a double). */
static inline bool float_pair(tpy_object *a, tpy_object *b, double *x, double *y)
{
    if (is_float(a)) {
        *x = tpy_float_value(a);
        if (is_float(b))
            *y = tpy_float_value(b);
        else if (is_word_int(b))
            *y = (double)word_of(b);
        else
            return false;
        return true;
    }
    if (is_float(b) && is_word_int(a)) {
        *x = (double)word_of(a);
        *y = tpy_float_value(b);
        return true;
    }
    return false;
}

/* x / y: floats (or a float and a word int), or word ints both within
 * 2^53 (exact as doubles, so one division is correctly rounded, as
 * CPython's long_true_divide does). */
static inline bool fast_truediv(tpy_object *a, tpy_object *b, double *res)
{
    double x, y;
    if (float_pair(a, b, &x, &y)) {
        /* x and y set */
    } else if (is_word_int(a) && is_word_int(b)) {
        int64_t p = word_of(a), q = word_of(b);
        const int64_t lim = (int64_t)1 << 53;
        if (p < -lim || p > lim || q < -lim || q > lim)
            return false;
        x = (double)p;
        y = (double)q;
    } else {
        return false;
    }
    if (y == 0.0)
        return false;   /* ZeroDivisionError */
    *res = x / y;
    return true;
}

/* float ** float for a positive finite base and a finite exponent with a
 * finite result: plain pow() (float_pow's other cases fall back). */
static inline bool fast_pow(tpy_object *a, tpy_object *b, double *res)
{
    if (!is_float(a) || !is_float(b))
        return false;
    double x = tpy_float_value(a), y = tpy_float_value(b);
    if (!(x > 0.0) || !isfinite(x) || !isfinite(y))
        return false;
    double v = pow(x, y);
    if (!isfinite(v))
        return false;
    *res = v;
    return true;
}

static inline bool cmp_result(int c, unsigned sel)
{
    switch (sel) {
    case TPY_CMP_LT: return c < 0;
    case TPY_CMP_LE: return c <= 0;
    case TPY_CMP_EQ: return c == 0;
    case TPY_CMP_NE: return c != 0;
    case TPY_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* ---- number results without allocation: a float or word int that is
 * about to die (its only reference is the result register, which the
 * store overwrites, or an operand register the instruction releases)
 * takes the new value in place, so most temporaries of an arithmetic
 * loop never reach the allocator. Nothing else can see such an object,
 * so reusing it is not observable. ---- */

static inline bool dying(const tpy_object *o, const tpy_type *t)
{
    return o && o->refcnt == 1 && tpy_type_of(o) == t;
}

/* Release r[A], r[B], r[C] as F says, first taking (out of its register)
 * a dying object of type `t` from an operand that F releases (C only
 * when `regc`: C names a register). Returns it, or NULL. */
static inline __attribute__((always_inline)) tpy_object *release_taking(tpy_vm *vm, tpy_object **r, tpy_instr i,
                                         const tpy_type *t, bool regc)
{
    unsigned f = TPY_I_F(i);
    tpy_object *taken = NULL;
    if (!(f & 7u))
        return NULL;
    if ((f & TPY_F_REL_B) && dying(r[TPY_I_B(i)], t)) {
        taken = r[TPY_I_B(i)];
        r[TPY_I_B(i)] = NULL;
    } else if (regc && (f & TPY_F_REL_C) && dying(r[TPY_I_C(i)], t)) {
        taken = r[TPY_I_C(i)];
        r[TPY_I_C(i)] = NULL;
    }
    if (f & TPY_F_REL_A)
        clear_reg(vm, &r[TPY_I_A(i)]);
    if (f & TPY_F_REL_B)
        clear_reg(vm, &r[TPY_I_B(i)]);
    if (f & TPY_F_REL_C)
        clear_reg(vm, &r[TPY_I_C(i)]);
    return taken;
}

/* Store float v as instruction i's result in r[A], releasing as F says.
 * False: no memory (the exception is set). */
static inline __attribute__((always_inline)) bool store_float(tpy_vm *vm, tpy_object **r, tpy_instr i, bool regc, double v)
{
    tpy_object *o = release_taking(vm, r, i, &tpy_float_type, regc);
    tpy_object **dst = &r[TPY_I_A(i)];
    if (!o && dying(*dst, &tpy_float_type)) {
        ((tpy_float *)*dst)->value = v;
        return true;
    }
    if (o)
        ((tpy_float *)o)->value = v;
    else if (!(o = tpy_float_from_double(vm, v)))
        return false;
    set_reg(vm, dst, o);
    return true;
}

/* A word int that may take a new value in place: dying, and no big int
 * (whose block holds limbs). */
static inline bool dying_word(const tpy_object *o)
{
    return dying(o, &tpy_int_type) && ((const tpy_var_object *)o)->size == 0;
}

/* A comprehension's loop moves each value on (`FORITER .0, tmp; JUMP
 * out; MOVE x, tmp` releasing tmp): when @p next, the word after the
 * exit JUMP, is that MOVE out of r[@p tmp] and x still holds the
 * previous value, a word int nothing else holds, x's register (the value
 * can take the next one in place), else NULL. */
static inline tpy_object **moved_loop_value(tpy_object **r, const tpy_instr *next, unsigned tmp)
{
    tpy_instr m = *next;
    if (TPY_I_OP(m) == TPY_OP_MOVE && TPY_I_B(m) == tmp && (TPY_I_F(m) & TPY_F_REL_B)
        && dying_word(r[TPY_I_A(m)]))
        return &r[TPY_I_A(m)];
    return NULL;
}

/* Store word v as instruction i's result in r[A], as store_float; the
 * small ints stay the shared ones. */
static inline __attribute__((always_inline)) bool store_word(tpy_vm *vm, tpy_object **r, tpy_instr i, bool regc, int64_t v)
{
    bool small = v >= TPY_OBJ_SMALL_INT_MIN && v <= TPY_OBJ_SMALL_INT_MAX;
    tpy_object *o = release_taking(vm, r, i, &tpy_int_type, regc && !small);
    tpy_object **dst = &r[TPY_I_A(i)];
    if (o && ((tpy_var_object *)o)->size != 0) {
        tpy_decref(vm, o);   /* a big int: no room for a word */
        o = NULL;
    }
    if (!small && !o && dying_word(*dst)) {
        ((tpy_int *)*dst)->value = v;
        return true;
    }
    if (o && small) {
        tpy_decref(vm, o);
        o = NULL;
    }
    if (o)
        ((tpy_int *)o)->value = v;
    else if (!(o = tpy_int_from_i64(vm, v)))
        return false;
    set_reg(vm, dst, o);
    return true;
}

/* 1 true, 0 false, -1 error; the singletons without a call. */
static inline int truth(tpy_vm *vm, tpy_object *o)
{
    if (o == TPY_TRUE)
        return 1;
    if (o == TPY_FALSE || o == TPY_NONE)
        return 0;
    if (tpy_type_of(o) == &tpy_int_type)   /* an exact int: its value (int's own to_bool) */
        return ((const tpy_int *)o)->value != 0;
    return tpy_is_true(vm, o);
}

/* A miss of a specialized instruction: count it in the cache word and
 * turn the instruction back into its generic form after MISS_LIMIT. */
static inline void note_miss(const tpy_instr *ip, unsigned generic)
{
    tpy_instr *w = (tpy_instr *)ip;
    if (++w[1] > MISS_LIMIT)
        tpy_despecialize(w, generic);
}

/* The first word of the instruction holding word @p w (which may be a
 * cache word): a walk from the start, on the error path only. */
static uint32_t instr_start(const tpy_codeobj *co, uint32_t w)
{
    uint32_t pc = 0;
    while (pc < co->ncode) {
        uint32_t next = pc + tpy_op_width(TPY_I_OP(co->code[pc]));
        if (w < next)
            return pc;
        pc = next;
    }
    return w;
}

/* ---- calls ------------------------------------------------------------------------------------- */

/* The frame of a Python function called by the loop with its arguments in
 * args[0 .. n) (owned references in the caller's registers): bound there in
 * place when they fit, else moved first. NULL with the exception set (the
 * arguments are released then). */
/* `fn` takes n positional arguments with no binding: n is at most its
 * positional parameters, defaults cover the rest, and it has no *args,
 * **kwargs or keyword-only parameters. */
static inline bool binds_positionally(const tpy_function *fn, size_t n)
{
    const tpy_codeobj *co = fn->code;
    if (n != co->argcount) {
        size_t ndefaults = fn->defaults ? (size_t)tpy_tuple_len(fn->defaults) : 0;
        if (n > co->argcount || n + ndefaults < co->argcount)
            return false;
    }
    return co->kwonlyargcount == 0 && !(co->flags & (TPY_CO_VARARGS | TPY_CO_VARKEYWORDS));
}

/* regs[n..argcount): new references to the defaults they take. */
static inline void fill_defaults(const tpy_function *fn, tpy_object **regs, size_t n)
{
    size_t argcount = fn->code->argcount;
    if (n == argcount)
        return;
    size_t ndefaults = (size_t)tpy_tuple_len(fn->defaults);
    for (size_t k = n; k < argcount; k++)
        regs[k] = tpy_newref(tpy_tuple_get(fn->defaults, (intptr_t)(ndefaults - (argcount - k))));
}

/* A frame record for a call made by the eval loop itself: tpy_frame_push's
 * work without its C stack check (the loop calls no deeper in C) and with
 * the function's reference taken (or, `steal_fn`, the caller's given).
 * NULL with RecursionError or MemoryError set. */
static inline __attribute__((always_inline)) tpy_frame *
frame_for_call_in_loop(tpy_vm *vm, struct tpy_eval *ev, tpy_function *fn, tpy_object **regs,
                       bool new_chunk, bool steal_fn)
{
    if (vm->depth >= vm->recursion_limit) {
        tpy_err_set(vm, &tpy_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    tpy_frame *nf = ev->free_frames;
    if (nf)
        ev->free_frames = nf->back;
    else if (!(nf = tpy_vm_malloc(vm, sizeof *nf)))
        return NULL;
    tpy_codeobj *co = fn->code;
    vm->depth++;
    nf->back = ev->frame;
    nf->code = co;
    tpy_incref(&co->ob);
    nf->func = steal_fn ? &fn->ob : tpy_newref(&fn->ob);   /* steal: the caller's reference */
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->locals = NULL;
    nf->regs = regs;
    nf->chunk = ev->chunk;
    nf->prev_top = ev->top;
    nf->pc = 0;
    nf->ret_reg = 0;
    nf->discard = false;
    nf->entry = false;
    nf->new_chunk = new_chunk;
    nf->gen = NULL;
    ev->top = regs + co->nregs;
    ev->frame = nf;
    return nf;
}

/* The common call, inline in CALL and CALLMETHOD: a plain Python function
 * given n positional arguments (the missing ones have defaults) in the
 * caller's registers at the top of the chunk, where the callee's
 * registers fit. 1: pushed (*out), 0: not this kind of call (nothing
 * done), -1: error (RecursionError or MemoryError; the arguments stay). */
static inline __attribute__((always_inline)) int push_in_place(tpy_vm *vm, struct tpy_eval *ev,
                                                             tpy_object *callee,
                                                             tpy_object **args, size_t n,
                                                             tpy_frame **out)
{
    if (!tpy_function_check(callee))
        return 0;
    tpy_function *fn = (tpy_function *)callee;
    tpy_codeobj *co = fn->code;
    if (!binds_positionally(fn, n)
        || (co->flags & (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))
        || args < ev->chunk->slots || args + co->nregs > ev->chunk->slots + ev->chunk->size)
        return 0;
    tpy_frame *nf = frame_for_call_in_loop(vm, ev, fn, args, false, false);
    if (!nf)
        return -1;
    fill_defaults(fn, args, n);
    *out = nf;
    return 1;
}

static tpy_frame *push_python_call(tpy_vm *vm, tpy_function *fn, tpy_object **args, size_t n,
                                   tpy_object *kwnames)
{
    tpy_codeobj *co = fn->code;
    bool new_chunk;
    bool simple = !kwnames && binds_positionally(fn, n);
    tpy_object **regs;
    if (simple) {
        regs = tpy_stack_reserve(vm, args, co->nregs, &new_chunk);
        if (!regs) {
            release_run(vm, args, n);
            return NULL;
        }
        if (regs != args) {
            memcpy(regs, args, n * sizeof *regs);
            memset(args, 0, n * sizeof *args);
        }
        fill_defaults(fn, regs, n);
    } else {
        tpy_object *small[80];
        tpy_object **tmp = n <= 80 ? small : tpy_vm_malloc(vm, n * sizeof *tmp);
        if (!tmp) {
            release_run(vm, args, n);
            return NULL;
        }
        memcpy(tmp, args, n * sizeof *tmp);
        memset(args, 0, n * sizeof *args);
        size_t npos = n - (kwnames ? (size_t)tpy_tuple_len(kwnames) : 0);
        regs = tpy_stack_reserve(vm, args, co->nregs, &new_chunk);
        int rc = regs ? tpy_bind_args(vm, fn, regs, tmp, npos, kwnames) : -1;
        for (size_t k = 0; k < n; k++)
            tpy_decref(vm, tmp[k]);
        if (tmp != small)
            tpy_vm_free(vm, tmp);
        if (rc < 0) {
            if (regs && new_chunk)
                tpy_ev(vm)->chunk = tpy_ev(vm)->chunk->prev;
            return NULL;
        }
    }
    tpy_frame *f = frame_for_call_in_loop(vm, tpy_ev(vm), fn, regs, new_chunk, false);
    if (!f) {
        release_run(vm, regs, co->nparams);
        if (new_chunk)
            tpy_ev(vm)->chunk = tpy_ev(vm)->chunk->prev;
    }
    return f;
}

tpy_object *tpy_gen_new_from_call(tpy_vm *vm, tpy_function *fn, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames);

/* ---- entry points from C ----------------------------------------------------------------------- */

tpy_object *tpy_eval_call(tpy_vm *vm, tpy_object *func, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    tpy_function *fn = (tpy_function *)func;
    tpy_codeobj *co = fn->code;
    if (co->flags & (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))
        return tpy_gen_new_from_call(vm, fn, args, nargs, kwnames);
    struct tpy_eval *ev = tpy_ev(vm);
    bool new_chunk;
    tpy_object **regs = tpy_stack_reserve(vm, ev->top, co->nregs, &new_chunk);
    if (!regs)
        return NULL;
    if (!kwnames && binds_positionally(fn, nargs)) {
        /* No binding (__init__ called by a class, a key function called
         * by sorted). */
        for (size_t k = 0; k < nargs; k++)
            regs[k] = tpy_newref(args[k]);
        fill_defaults(fn, regs, nargs);
    } else if (tpy_bind_args(vm, fn, regs, args, nargs, kwnames) < 0) {
        if (new_chunk)
            ev->chunk = ev->chunk->prev;
        return NULL;
    }
    tpy_frame *f = tpy_frame_for_call(vm, fn, regs, new_chunk);
    if (!f) {
        release_run(vm, regs, co->nparams);
        if (new_chunk)
            ev->chunk = ev->chunk->prev;
        return NULL;
    }
    f->entry = true;
    return tpy_eval_run(vm, f);
}

tpy_object *tpy_eval_code(tpy_vm *vm, tpy_object *code, tpy_object *globals, tpy_object *locals)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_codeobj *co = (tpy_codeobj *)code;
    if (co->flags & (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR)) {
        /* exec()/eval() of such a body makes the object it runs in, as
         * CPython does (its frame can only run as a generator's). */
        tpy_object *fn = tpy_function_new(vm, code, globals);
        if (!fn)
            return NULL;
        tpy_object *g = tpy_gen_new_from_call(vm, (tpy_function *)fn, NULL, 0, NULL);
        tpy_decref(vm, fn);
        return g;
    }
    bool new_chunk;
    tpy_object **regs = tpy_stack_reserve(vm, ev->top, co->nregs, &new_chunk);
    if (!regs)
        return NULL;
    tpy_frame *f = tpy_frame_push(vm, co, regs, new_chunk);
    if (!f) {
        if (new_chunk)
            ev->chunk = ev->chunk->prev;
        return NULL;
    }
    tpy_object *b = NULL;
    tpy_object *key = ev->s_builtins;
    b = tpy_dict_get_str(vm, globals, key);
    if (b && tpy_type_of(b) == &tpy_module_type)
        b = tpy_module_dict(b);
    f->globals = globals;
    f->builtins = b && tpy_dict_check(b) ? b : tpy_module_dict(ev->builtins_mod);
    f->locals = locals;
    f->entry = true;
    return tpy_eval_run(vm, f);
}

tpy_object *tpy_eval_globals(tpy_vm *vm)
{
    return vm->eval && vm->eval->frame ? vm->eval->frame->globals : NULL;
}

tpy_object *tpy_eval_builtins(tpy_vm *vm)
{
    return vm->eval && vm->eval->frame ? vm->eval->frame->builtins : NULL;
}

tpy_object *tpy_eval_locals(tpy_vm *vm)
{
    return vm->eval && vm->eval->frame ? vm->eval->frame->locals : NULL;
}

tpy_object *tpy_eval_handled(tpy_vm *vm)
{
    return vm->eval ? vm->eval->handled : NULL;
}

/* ---- the loop ------------------------------------------------------------------------------------- */

#define OPA TPY_I_A(i)
#define OPB TPY_I_B(i)
#define OPC TPY_I_C(i)
#define OPF TPY_I_F(i)
#define SETREG(n, v) set_reg(vm, &r[n], (v))
/* Inline: most temporaries die here, and a call per instruction costs. */
#define RELEASE_FLAGS()                                                    \
    do {                                                                   \
        unsigned rf_ = OPF;                                                \
        if (rf_ & 7u) {                                                    \
            if (rf_ & TPY_F_REL_A)                                         \
                clear_reg(vm, &r[OPA]);                                    \
            if (rf_ & TPY_F_REL_B)                                         \
                clear_reg(vm, &r[OPB]);                                    \
            if (rf_ & TPY_F_REL_C)                                         \
                clear_reg(vm, &r[OPC]);                                    \
        }                                                                  \
    } while (0)
#define LOAD_FRAME()                       \
    do {                                   \
        co = f->code;                      \
        r = f->regs;                       \
        K = co->consts;                    \
        N = co->names;                     \
        pc = co->code + f->pc;             \
    } while (0)
#define SAVE_PC() (f->pc = (uint32_t)(pc - co->code))
#define JUMPBY(n) (pc += (n))
/* A safe point of the cycle collector (docs/gc.md): between instructions
 * every object the registers hold is fully built. The inline test is one
 * compare; the collection itself reports what finalizers and callbacks
 * raise, so only a failure of its own (none today) would stop the frame. */
#define GC_SAFE_POINT()                                                    \
    do {                                                                   \
        BUDGET_POINT();                                                    \
        if (__builtin_expect(tpy_gc_due(vm->gc), 0) &&                     \
            tpy_gc_maybe_collect(vm) < 0 && tpy_err_occurred(vm))          \
            goto error;                                                    \
    } while (0)

#ifdef TPY_EVAL_BUDGET
/* Fuzzing builds only (tests/fuzz/fuzz_vm.c): every loop iteration, call
 * and safe point spends one unit of a per-thread budget; once it is spent
 * each later one raises again, so no handler can keep a program running. */
_Thread_local int64_t tpy_eval_budget = INT64_MAX;
#define BUDGET_POINT()                                                     \
    do {                                                                   \
        if (__builtin_expect(--tpy_eval_budget < 0, 0)) {                  \
            tpy_err_set(vm, &tpy_exc_RuntimeError, "evaluation budget spent"); \
            goto error;                                                    \
        }                                                                  \
    } while (0)
#else
#define BUDGET_POINT() ((void)0)
#endif

#ifdef TPY_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH() do { i = *pc++; goto *labels[TPY_I_OP(i)]; } while (0)
#else
#define TARGET(name) case TPY_OP_##name:
#define DISPATCH() goto dispatch
#endif

/* A GETMETHOD form's hit: the method in pc[1] (borrowed, guarded by the
 * form's check) and `o` as self in r[A], r[A+1]. */
#define CACHED_METHOD_HIT(o)                                           \
    do {                                                               \
        tpy_object *m_ = (tpy_object *)(uintptr_t)pc[1];               \
        pc += 2;                                                       \
        tpy_incref(o);                                                 \
        tpy_incref(m_);                                                \
        RELEASE_FLAGS();                                               \
        SETREG(OPA, m_);                                               \
        SETREG(OPA + 1, (o));                                          \
        DISPATCH();                                                    \
    } while (0)

/* Binary operator handler: generic, specializing when both operands are
 * of a kind specialize.c knows. */
#define BINARY_GENERIC(NAME)                                           \
    TARGET(NAME) {                                                     \
        tpy_object *a = r[OPB], *b = r[OPC];                           \
        tpy_specialize_binary((tpy_instr *)pc - 1, a, b);              \
        tpy_object *res = binary_generic(vm, i, a, b);                 \
        pc += 1;                                                       \
        if (!res)                                                      \
            goto error;                                                \
        RELEASE_FLAGS();                                               \
        SETREG(OPA, res);                                              \
        DISPATCH();                                                    \
    }

/* The same with an unspecialized fast path: FAST(a, b, &v) computes the
 * result's value (an int64_t for STORE store_word, a double for
 * store_float) when the operands are of a kind it knows, exactly as the
 * generic protocol would, and returns false otherwise. */
#define BINARY_GENERIC_FAST(NAME, FAST, VTYPE, STORE)                  \
    TARGET(NAME) {                                                     \
        tpy_object *a = r[OPB], *b = r[OPC];                           \
        VTYPE v;                                                       \
        if (FAST(a, b, &v)) {                                          \
            pc += 1;                                                   \
            if (!STORE(vm, r, i, true, v))                             \
                goto error;                                            \
            DISPATCH();                                                \
        }                                                              \
        tpy_specialize_binary((tpy_instr *)pc - 1, a, b);              \
        tpy_object *res = binary_generic(vm, i, a, b);                 \
        pc += 1;                                                       \
        if (!res)                                                      \
            goto error;                                                \
        RELEASE_FLAGS();                                               \
        SETREG(OPA, res);                                              \
        DISPATCH();                                                    \
    }

/* A word-int form: fast when both are word ints and nothing overflows. */
#define BINARY_INT(NAME, GENERIC, OPER, RIGHT, REGC)                    \
    TARGET(NAME) {                                                     \
        tpy_object *a = r[OPB], *b = RIGHT;                            \
        int64_t v;                                                     \
        tpy_object *res;                                               \
        if (is_word_int(a) && is_word_int(b) &&                        \
            int_arith(OPER, word_of(a), word_of(b), &v)) {             \
            pc += 1;                                                   \
            if (!store_word(vm, r, i, REGC, v))                        \
                goto error;                                            \
            DISPATCH();                                                \
        } else {                                                       \
            note_miss(pc - 1, TPY_OP_##GENERIC);                       \
            res = binary_generic(vm, i, a, b);                         \
        }                                                              \
        pc += 1;                                                       \
        if (!res)                                                      \
            goto error;                                                \
        RELEASE_FLAGS();                                               \
        SETREG(OPA, res);                                              \
        DISPATCH();                                                    \
    }

#define BINARY_FLOAT(NAME, GENERIC, EXPR)                              \
    TARGET(NAME) {                                                     \
        tpy_object *a = r[OPB], *b = r[OPC];                           \
        tpy_object *res;                                               \
        double x, y;                                                   \
        if (float_pair(a, b, &x, &y)) {                                \
            pc += 1;                                                   \
            if (!store_float(vm, r, i, true, EXPR))                    \
                goto error;                                            \
            DISPATCH();                                                \
        } else {                                                       \
            note_miss(pc - 1, TPY_OP_##GENERIC);                       \
            res = binary_generic(vm, i, a, b);                         \
        }                                                              \
        pc += 1;                                                       \
        if (!res)                                                      \
            goto error;                                                \
        RELEASE_FLAGS();                                               \
        SETREG(OPA, res);                                              \
        DISPATCH();                                                    \
    }

tpy_object *tpy_eval_run(tpy_vm *vm, tpy_frame *f)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_codeobj *co;
    tpy_object **r, **K, **N;
    const tpy_instr *pc;
    tpy_instr i;
    tpy_object *retval;
    bool reraise = false;

#ifdef TPY_COMPUTED_GOTO
    /* In the enum's order; the verifier admits no other opcode. */
#define TPY_LABEL(name, fmt, cache, fmask, flags, doc) &&op_##name,
    static const void *const labels[TPY_OP_COUNT] = {TPY_OPCODES(TPY_LABEL)};
#undef TPY_LABEL
#endif

    LOAD_FRAME();
    if (ev->throwing) {   /* a generator's throw(): raise at its YIELD */
        ev->throwing = false;
        goto error;
    }
    DISPATCH();

#ifndef TPY_COMPUTED_GOTO
dispatch:
    i = *pc++;
    switch (TPY_I_OP(i)) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(MOVE) {
        if (OPF & TPY_F_REL_B) {
            tpy_object *v = r[OPB];
            r[OPB] = NULL;
            SETREG(OPA, v);
        } else {
            SETREG(OPA, tpy_newref(r[OPB]));
        }
        DISPATCH();
    }

    TARGET(LOADK) {
        tpy_object *k = K[TPY_I_BX(i)];
        if (!k) {
            tpy_err_set(vm, &tpy_exc_NotImplementedError, "tierpy has no complex type yet");
            goto error;
        }
        SETREG(OPA, tpy_newref(k));
        DISPATCH();
    }

    TARGET(LOADINT) {
        tpy_object *v = tpy_int_from_i64(vm, (int16_t)OPB);
        if (!v)
            goto error;
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(LOADNONE) SETREG(OPA, TPY_NONE); DISPATCH();
    TARGET(LOADBOOL) SETREG(OPA, tpy_bool(OPB != 0)); DISPATCH();

    TARGET(CHECKBOUND) {
        if (!r[OPA]) {
            tpy_ev_unbound_local(vm, co, OPA);
            goto error;
        }
        DISPATCH();
    }

    TARGET(CLEAR) clear_reg(vm, &r[OPA]); DISPATCH();

    TARGET(DELFAST) {
        if (!r[OPA]) {
            tpy_ev_unbound_local(vm, co, OPA);
            goto error;
        }
        clear_reg(vm, &r[OPA]);
        DISPATCH();
    }

    /* ---- cells ---- */
    TARGET(MAKECELL) {
        tpy_object *c = tpy_cell_new(vm, r[OPA]);
        if (!c)
            goto error;
        SETREG(OPA, c);
        DISPATCH();
    }

    TARGET(COPYFREE) {
        tpy_object *closure = ((tpy_function *)f->func)->closure;
        uint32_t first = co->nlocals - co->nfree;
        for (unsigned k = 0; k < OPA; k++)
            SETREG(first + k, tpy_newref(tpy_tuple_get(closure, k)));
        DISPATCH();
    }

    TARGET(GETDEREF) {
        tpy_object *v = ((tpy_cell *)r[OPB])->ref;
        if (!v) {
            tpy_ev_unbound_free(vm, co, OPB);
            goto error;
        }
        SETREG(OPA, tpy_newref(v));
        DISPATCH();
    }

    TARGET(SETDEREF) {
        tpy_object *v = r[OPB];
        if (OPF & TPY_F_REL_B)
            r[OPB] = NULL;
        else
            tpy_incref(v);
        set_reg(vm, &((tpy_cell *)r[OPA])->ref, v);
        DISPATCH();
    }

    TARGET(DELDEREF) {
        tpy_cell *c = (tpy_cell *)r[OPA];
        if (!c->ref) {
            tpy_ev_unbound_free(vm, co, OPA);
            goto error;
        }
        clear_reg(vm, &c->ref);
        DISPATCH();
    }

    TARGET(GETCLASSDEREF) {
        tpy_object *v = NULL;
        if (f->locals && tpy_dict_get_ref(vm, f->locals, N[OPC], &v) < 0)
            goto error;
        if (!v)
            v = ((tpy_cell *)r[OPB])->ref;
        if (!v) {
            tpy_ev_unbound_free(vm, co, OPB);
            goto error;
        }
        SETREG(OPA, tpy_newref(v));
        DISPATCH();
    }

    /* ---- globals and names ---- */
    TARGET(GETGLOBAL) {
        tpy_object *v = tpy_ev_getglobal(vm, f, N[OPB]);
        if (!v) {
            pc += 2;
            goto error;
        }
        tpy_specialize_getglobal(vm, (tpy_instr *)pc - 1, f, N[OPB]);
        pc += 2;
        SETREG(OPA, v);
        DISPATCH();
    }

    /* Cache: [the key-set version of globals' keys block, the entry index].
     * While the version holds, the entry still has the name (types.h). */
    TARGET(GETGLOBAL_MODULE) {
        tpy_dict_keys *k = ((tpy_dict *)f->globals)->keys;
        if (k && k->kversion == pc[0]) {
            tpy_object *v = tpy_dict_keys_entries(k)[pc[1]].value;
            pc += 2;
            SETREG(OPA, tpy_newref(v));
            DISPATCH();
        }
        tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_GETGLOBAL);
        pc--;
        DISPATCH();
    }

    /* Cache: [globals' key-set version << 32 | builtins', the entry index in
     * builtins]: the name is still not a global, and still that builtin. */
    TARGET(GETGLOBAL_BUILTIN) {
        tpy_dict_keys *gk = ((tpy_dict *)f->globals)->keys, *bk = ((tpy_dict *)f->builtins)->keys;
        if (gk && bk && ((uint64_t)gk->kversion << 32 | bk->kversion) == pc[0]) {
            tpy_object *v = tpy_dict_keys_entries(bk)[pc[1]].value;
            pc += 2;
            SETREG(OPA, tpy_newref(v));
            DISPATCH();
        }
        tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_GETGLOBAL);
        pc--;
        DISPATCH();
    }

    TARGET(SETGLOBAL) {
        if (tpy_dict_set(vm, f->globals, N[OPB], r[OPA]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(DELGLOBAL) {
        if (tpy_ev_delglobal(vm, f, N[OPA]) < 0)
            goto error;
        DISPATCH();
    }

    TARGET(GETNAME) {
        tpy_object *v = tpy_ev_getname(vm, f, N[OPB]);
        if (!v)
            goto error;
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(SETNAME) {
        if (tpy_ev_setname(vm, f, N[OPB], r[OPA]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(DELNAME) {
        if (tpy_ev_delname(vm, f, N[OPA]) < 0)
            goto error;
        DISPATCH();
    }

    /* ---- attributes and items ---- */
    TARGET(GETATTR) {
        tpy_object *v = instance_value(vm, r[OPB], N[OPC]);
        if (v) {   /* a polymorphic site's usual case: no calls */
            tpy_incref(v);
            tpy_specialize_getattr(vm, (tpy_instr *)pc - 1, r[OPB], N[OPC]);
            pc += 2;
            RELEASE_FLAGS();
            SETREG(OPA, v);
            DISPATCH();
        }
        v = tpy_getattr(vm, r[OPB], N[OPC]);
        if (v)
            tpy_specialize_getattr(vm, (tpy_instr *)pc - 1, r[OPB], N[OPC]);
        pc += 2;
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    /* Cache: [the class's version, the name's index in its shared keys]. */
    TARGET(GETATTR_INSTANCE) {
        tpy_object *o = r[OPB];
        tpy_type *t = tpy_type_of(o);
        if (t->version == (uint32_t)pc[0]) {
            tpy_object *slot = *(tpy_object **)((char *)o + t->dict_offset);
            unsigned ix = (unsigned)pc[1];
            if (tpy_slot_is_values(slot) && ix < tpy_slot_values(slot)->cap) {
                tpy_object *v = tpy_slot_values(slot)->values[ix];
                if (v) {
                    pc += 2;
                    tpy_incref(v);
                    RELEASE_FLAGS();
                    SETREG(OPA, v);
                    DISPATCH();
                }
            }
        }
        tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_GETATTR);
        pc--;
        DISPATCH();
    }

    TARGET(SETATTR) {
        pc += 2;
        if (tpy_setattr(vm, r[OPA], N[OPB], r[OPC]) < 0)
            goto error;
        tpy_specialize_setattr(vm, (tpy_instr *)pc - 3, r[OPA], N[OPB]);
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(SETATTR_INSTANCE) {
        tpy_object *o = r[OPA];
        tpy_type *t = tpy_type_of(o);
        if (t->version == (uint32_t)pc[0]) {
            tpy_object *slot = *(tpy_object **)((char *)o + t->dict_offset);
            unsigned ix = (unsigned)pc[1];
            if (tpy_slot_is_values(slot) && ix < tpy_slot_values(slot)->cap) {
                pc += 2;
                tpy_values_store(vm, tpy_slot_values(slot), ix, r[OPC]);
                RELEASE_FLAGS();
                DISPATCH();
            }
            if (!slot) {   /* __init__'s first attribute: the block is made here */
                tpy_object **sp = (tpy_object **)((char *)o + t->dict_offset);
                pc += 2;
                if (tpy_values_set_new(vm, &((tpy_heaptype *)t)->keys, sp, ix, r[OPC]) < 0)
                    goto error;
                RELEASE_FLAGS();
                DISPATCH();
            }
        }
        tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_SETATTR);
        pc--;
        DISPATCH();
    }

    TARGET(DELATTR) {
        if (tpy_setattr(vm, r[OPA], N[OPB], NULL) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(GETMETHOD) {
        tpy_object *out[2];
        if (tpy_ev_getmethod(vm, r[OPB], N[OPC], out) < 0) {
            pc += 2;
            goto error;
        }
        if (tpy_is_heaptype(tpy_type_of(r[OPB])))
            tpy_specialize_getmethod_instance(vm, (tpy_instr *)pc - 1, r[OPB], N[OPC], out);
        else
            tpy_specialize_getmethod((tpy_instr *)pc - 1, r[OPB], out);
        pc += 2;
        RELEASE_FLAGS();
        SETREG(OPA, out[0]);
        SETREG(OPA + 1, out[1]);
        DISPATCH();
    }

    /* Cache: [the type, its method (borrowed: a builtin type's dict
     * holds it for the VM's life)]. */
    /* Cache: [the class's version, its function (borrowed: the version
     * changes before the class's dict lets it go)]. */
    TARGET(GETMETHOD_INSTANCE) {
        tpy_object *o = r[OPB];
        tpy_type *t = tpy_type_of(o);
        if (t->version == (uint32_t)pc[0]) {
            tpy_object *slot = t->dict_offset ? *(tpy_object **)((char *)o + t->dict_offset) : NULL;
            if (!slot || tpy_slot_is_values(slot))
                CACHED_METHOD_HIT(o);
        }
        tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_GETMETHOD);
        pc--;
        DISPATCH();
    }

    TARGET(GETMETHOD_CACHED) {
        tpy_object *o = r[OPB];
        if ((uintptr_t)tpy_type_of(o) == pc[0])
            CACHED_METHOD_HIT(o);
        tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_GETMETHOD);
        pc--;
        DISPATCH();
    }

    TARGET(GETITEM) {
        tpy_object *c = r[OPB], *key = r[OPC], *v;
        if (tpy_type_of(c) == &tpy_list_type && is_word_int(key)) {
            int64_t k = word_of(key), n = tpy_list_len(c);
            if (k < 0)
                k += n;
            v = (k >= 0 && k < n) ? tpy_newref(tpy_list_get(c, k)) : tpy_getitem(vm, c, key);
        } else {
            v = tpy_getitem(vm, c, key);
        }
        pc += 1;
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(SETITEM) {
        tpy_object *c = r[OPA], *key = r[OPB];
        pc += 1;
        if (tpy_type_of(c) == &tpy_list_type && is_word_int(key)) {
            /* an exact list at an index in range: store in place */
            int64_t k = word_of(key), n = tpy_list_len(c);
            if (k < 0)
                k += n;
            if (k >= 0 && k < n) {
                tpy_object *v = r[OPC];
                tpy_incref(v);
                set_reg(vm, &((tpy_list *)c)->items[k], v);
                RELEASE_FLAGS();
                DISPATCH();
            }
        }
        if (tpy_setitem(vm, r[OPA], r[OPB], r[OPC]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(DELITEM) {
        if (tpy_delitem(vm, r[OPA], r[OPB]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(BUILDSLICE) {
        unsigned b = OPB;
        tpy_object *s = tpy_slice_new(vm, r[b], r[b + 1], OPC == 3 ? r[b + 2] : NULL);
        if (!s)
            goto error;
        release_run(vm, &r[b], OPC);
        SETREG(OPA, s);
        DISPATCH();
    }

    /* ---- operators ---- */
    BINARY_GENERIC(ADD)
    BINARY_GENERIC(SUB)
    BINARY_GENERIC(MUL)
    BINARY_GENERIC(MATMUL)
    BINARY_GENERIC_FAST(TRUEDIV, fast_truediv, double, store_float)
    BINARY_GENERIC_FAST(FLOORDIV, word_floordiv, int64_t, store_word)
    BINARY_GENERIC_FAST(MOD, word_mod, int64_t, store_word)
    BINARY_GENERIC_FAST(POW, fast_pow, double, store_float)
    BINARY_GENERIC_FAST(LSHIFT, word_lshift, int64_t, store_word)
    BINARY_GENERIC_FAST(RSHIFT, word_rshift, int64_t, store_word)
    BINARY_GENERIC_FAST(BAND, word_and, int64_t, store_word)
    BINARY_GENERIC_FAST(BOR, word_or, int64_t, store_word)
    BINARY_GENERIC_FAST(BXOR, word_xor, int64_t, store_word)

    TARGET(ADDK) {
        tpy_object *a = r[OPB], *b = K[OPC];
        if (is_float(a) && is_float(b)) {   /* a float and a float constant */
            double v = tpy_float_value(a) + tpy_float_value(b);
            pc += 1;
            if (!store_float(vm, r, i, false, v))
                goto error;
            DISPATCH();
        }
        tpy_specialize_binary((tpy_instr *)pc - 1, a, b);
        tpy_object *res = binary_generic(vm, i, a, b);
        pc += 1;
        if (!res)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(SUBK) {
        tpy_object *a = r[OPB], *b = K[OPC];
        if (is_float(a) && is_float(b)) {   /* a float and a float constant */
            double v = tpy_float_value(a) - tpy_float_value(b);
            pc += 1;
            if (!store_float(vm, r, i, false, v))
                goto error;
            DISPATCH();
        }
        tpy_specialize_binary((tpy_instr *)pc - 1, a, b);
        tpy_object *res = binary_generic(vm, i, a, b);
        pc += 1;
        if (!res)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    BINARY_INT(ADD_INT, ADD, TPY_BINOP_ADD, r[OPC], true)
    BINARY_INT(SUB_INT, SUB, TPY_BINOP_SUB, r[OPC], true)
    BINARY_INT(MUL_INT, MUL, TPY_BINOP_MUL, r[OPC], true)
    BINARY_INT(ADDK_INT, ADDK, TPY_BINOP_ADD, K[OPC], false)
    BINARY_INT(SUBK_INT, SUBK, TPY_BINOP_SUB, K[OPC], false)
    BINARY_FLOAT(ADD_FLOAT, ADD, x + y)
    BINARY_FLOAT(SUB_FLOAT, SUB, x - y)
    BINARY_FLOAT(MUL_FLOAT, MUL, x * y)

    TARGET(ADD_STR) {
        tpy_object *a = r[OPB], *b = r[OPC], *res;
        if (tpy_type_of(a) == &tpy_str_type && tpy_type_of(b) == &tpy_str_type) {
            res = tpy_str_concat(vm, a, b);
        } else {
            note_miss(pc - 1, TPY_OP_ADD);
            res = binary_generic(vm, i, a, b);
        }
        pc += 1;
        if (!res)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(COMPARE) {
        tpy_object *a = r[OPB], *b = r[OPC];
        tpy_specialize_compare((tpy_instr *)pc - 1, a, b);
        tpy_object *res = tpy_richcompare(vm, a, b, (enum tpy_cmp)TPY_F_SEL(OPF));
        pc += 1;
        if (!res)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(COMPAREK) {
        tpy_object *a = r[OPB], *b = K[OPC];
        tpy_specialize_compare((tpy_instr *)pc - 1, a, b);
        tpy_object *res = tpy_richcompare(vm, a, b, (enum tpy_cmp)TPY_F_SEL(OPF));
        pc += 1;
        if (!res)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(COMPARE_INT) {
        tpy_object *a = r[OPB], *b = r[OPC], *res;
        if (is_word_int(a) && is_word_int(b)) {
            int64_t x = word_of(a), y = word_of(b);
            res = tpy_bool(cmp_result(x < y ? -1 : x > y, TPY_F_SEL(OPF)));
        } else {
            note_miss(pc - 1, TPY_OP_COMPARE);
            if (!(res = tpy_richcompare(vm, a, b, (enum tpy_cmp)TPY_F_SEL(OPF)))) {
                pc += 1;
                goto error;
            }
        }
        pc += 1;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(COMPAREK_INT) {
        tpy_object *a = r[OPB], *b = K[OPC], *res;
        if (is_word_int(a)) {
            int64_t x = word_of(a), y = word_of(b);
            res = tpy_bool(cmp_result(x < y ? -1 : x > y, TPY_F_SEL(OPF)));
        } else {
            note_miss(pc - 1, TPY_OP_COMPAREK);
            if (!(res = tpy_richcompare(vm, a, b, (enum tpy_cmp)TPY_F_SEL(OPF)))) {
                pc += 1;
                goto error;
            }
        }
        pc += 1;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(COMPARE_FLOAT) {
        tpy_object *a = r[OPB], *b = r[OPC], *res;
        if (is_float(a) && is_float(b)) {
            double x = tpy_float_value(a), y = tpy_float_value(b);
            bool t;
            switch (TPY_F_SEL(OPF)) {
            case TPY_CMP_LT: t = x < y; break;
            case TPY_CMP_LE: t = x <= y; break;
            case TPY_CMP_EQ: t = x == y; break;
            case TPY_CMP_NE: t = x != y; break;
            case TPY_CMP_GT: t = x > y; break;
            default: t = x >= y; break;
            }
            res = tpy_bool(t);
        } else {
            note_miss(pc - 1, TPY_OP_COMPARE);
            if (!(res = tpy_richcompare(vm, a, b, (enum tpy_cmp)TPY_F_SEL(OPF)))) {
                pc += 1;
                goto error;
            }
        }
        pc += 1;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(COMPARE_STR) {
        tpy_object *a = r[OPB], *b = r[OPC], *res;
        unsigned sel = TPY_F_SEL(OPF);
        if (tpy_type_of(a) == &tpy_str_type && tpy_type_of(b) == &tpy_str_type &&
            (sel == TPY_CMP_EQ || sel == TPY_CMP_NE)) {
            bool eq = a == b || tpy_str_equal(a, b);
            res = tpy_bool(sel == TPY_CMP_EQ ? eq : !eq);
        } else {
            note_miss(pc - 1, TPY_OP_COMPARE);
            if (!(res = tpy_richcompare(vm, a, b, (enum tpy_cmp)sel))) {
                pc += 1;
                goto error;
            }
        }
        pc += 1;
        RELEASE_FLAGS();
        SETREG(OPA, res);
        DISPATCH();
    }

    TARGET(IS) {
        bool t = (r[OPB] == r[OPC]) != ((OPF & TPY_F_NEG) != 0);
        RELEASE_FLAGS();
        SETREG(OPA, tpy_bool(t));
        DISPATCH();
    }

    TARGET(CONTAINS) {
        int t = tpy_contains(vm, r[OPC], r[OPB]);
        if (t < 0)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, tpy_bool((t != 0) != ((OPF & TPY_F_NEG) != 0)));
        DISPATCH();
    }

    TARGET(NEG) {
        tpy_object *v = tpy_neg(vm, r[OPB]);
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(POS) {
        tpy_object *v = tpy_pos(vm, r[OPB]);
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(INVERT) {
        tpy_object *v = tpy_invert(vm, r[OPB]);
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(NOT) {
        int t = truth(vm, r[OPB]);
        if (t < 0)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, tpy_bool(!t));
        DISPATCH();
    }

    /* ---- control ---- */
    TARGET(JUMP) {
        int32_t d = TPY_I_SJ(i);
        JUMPBY(d);
        if (d < 0)
            GC_SAFE_POINT();   /* loops: every iteration passes here */
        DISPATCH();
    }

    TARGET(JUMPIFTRUE) {
        int t = truth(vm, r[OPA]);
        if (t < 0)
            goto error;
        RELEASE_FLAGS();
        if (t) {
            JUMPBY(TPY_I_SJ(i));
            if (TPY_I_SJ(i) < 0)
                GC_SAFE_POINT();
        }
        DISPATCH();
    }

    TARGET(JUMPIFFALSE) {
        int t = truth(vm, r[OPA]);
        if (t < 0)
            goto error;
        RELEASE_FLAGS();
        if (!t) {
            JUMPBY(TPY_I_SJ(i));
            if (TPY_I_SJ(i) < 0)
                GC_SAFE_POINT();
        }
        DISPATCH();
    }

    TARGET(GETITER) {
        tpy_object *it = tpy_iter(vm, r[OPB]);
        if (!it)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, it);
        DISPATCH();
    }

    TARGET(FORITER) {
        tpy_object *it = r[OPA];
        tpy_specialize_foriter((tpy_instr *)pc - 1, it);
        tpy_object *v = tpy_next(vm, it);
        pc += 1;
        if (v) {
            SETREG(OPB, v);
            pc += 1;   /* skip the exit JUMP */
            DISPATCH();
        }
        if (tpy_err_occurred(vm)) {
            if (!tpy_err_matches(vm, &tpy_exc_StopIteration))
                goto error;
            tpy_err_clear(vm);
        }
        clear_reg(vm, &r[OPA]);
        DISPATCH();
    }

    /* FORITER over a range or list iterator: the type's next slot directly. */
    TARGET(FORITER_RANGE) {
        tpy_object *it = r[OPA];
        if (tpy_type_of(it) != &tpy_range_iter_type) {
            note_miss(pc - 1, TPY_OP_FORITER);
            pc--;
            DISPATCH();
        }
        int64_t v;
        pc += 1;
        if (tpy_range_iter_step(it, &v)) {
            /* the previous value, when only the loop variable holds it,
             * takes the next one in place */
            tpy_object *old = r[OPB], **prev;
            bool big = v < TPY_OBJ_SMALL_INT_MIN || v > TPY_OBJ_SMALL_INT_MAX;
            if (big && dying_word(old)) {
                ((tpy_int *)old)->value = v;
            } else if (big && !old && (prev = moved_loop_value(r, pc + 1, OPB))) {
                ((tpy_int *)*prev)->value = v;
                r[OPB] = *prev;
                *prev = NULL;
            } else {
                tpy_object *o = tpy_int_from_i64(vm, v);
                if (!o)
                    goto error;
                SETREG(OPB, o);
            }
            pc += 1;
            DISPATCH();
        }
        clear_reg(vm, &r[OPA]);
        DISPATCH();
    }

    /* FORITER over a generator: its frame runs in this loop (gen.h,
     * tpy_gen_push_inline); its YIELD or return comes back here. */
    TARGET(FORITER_GEN) {
        tpy_gen *g = (tpy_gen *)r[OPA];
        if (tpy_type_of(&g->ob) != &tpy_generator_type) {
            note_miss(pc - 1, TPY_OP_FORITER);
            pc--;
            DISPATCH();
        }
        pc += 1;   /* at the exit JUMP */
        if (!tpy_gen_inline_ok(g, NULL)) {
            if (g->state == TPY_GEN_DONE) {
                clear_reg(vm, &r[OPA]);
                DISPATCH();
            }
            tpy_next(vm, &g->ob);   /* already executing: its ValueError */
            goto error;
        }
        SAVE_PC();
        tpy_frame *nf = tpy_gen_push_inline(vm, g, NULL, OPB, true);
        if (!nf)
            goto error;
        f = nf;
        LOAD_FRAME();
        DISPATCH();
    }

    TARGET(FORITER_LIST) {
        tpy_seqiter *it = (tpy_seqiter *)r[OPA];
        if (tpy_type_of(&it->ob) != &tpy_list_iter_type) {
            note_miss(pc - 1, TPY_OP_FORITER);
            pc--;
            DISPATCH();
        }
        pc += 1;
        if (it->seq && it->index < tpy_list_len(it->seq)) {
            SETREG(OPB, tpy_newref(tpy_list_get(it->seq, it->index++)));
            pc += 1;
            DISPATCH();
        }
        clear_reg(vm, &r[OPA]);
        DISPATCH();
    }

    TARGET(RETURN) {
        retval = r[OPA];
        r[OPA] = NULL;
        goto do_return;
    }

    TARGET(RETURNNONE) {
        retval = TPY_NONE;
        goto do_return;
    }

    /* ---- exceptions ---- */
    TARGET(RAISE) {
        unsigned sel = OPF;
        tpy_object *exc = (sel & TPY_RAISE_EXC) ? r[OPA] : NULL;
        tpy_object *cause = (sel & TPY_RAISE_CAUSE) ? r[OPB] : NULL;
        tpy_ev_raise(vm, exc, cause, !(sel & TPY_RAISE_EXC));
        if (!(sel & TPY_RAISE_EXC) && ev->handled) {
            reraise = true;   /* a bare raise adds no traceback entry */
            goto error;
        }
        goto error;
    }

    TARGET(RERAISE) {
        tpy_object *e = r[OPA];
        r[OPA] = NULL;
        tpy_err_restore(vm, e);
        reraise = true;
        goto error;
    }

    TARGET(PUSHEXC) {
        tpy_object *prev = ev->handled;
        ev->handled = tpy_newref(r[OPA]);
        SETREG(OPB, prev);
        DISPATCH();
    }

    TARGET(POPEXC) {
        tpy_object *e = r[OPA];
        r[OPA] = NULL;
        set_reg(vm, &ev->handled, e);
        DISPATCH();
    }

    TARGET(CHECKEXC) {
        int t = tpy_ev_check_exc_match(vm, r[OPB], r[OPC]);
        if (t < 0)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, tpy_bool(t));
        DISPATCH();
    }

    TARGET(LOADASSERT) SETREG(OPA, &tpy_exc_AssertionError.ob); DISPATCH();

    TARGET(LOADBUILDCLASS) {
        tpy_object *v = tpy_ev_build_class(vm, f);
        if (!v)
            goto error;
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(BEFOREWITH) {
        tpy_object *exit;
        tpy_object *entered = tpy_ev_before_with(vm, r[OPB], &exit);
        if (!entered)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, exit);
        SETREG(OPA + 1, entered);
        DISPATCH();
    }

    TARGET(WITHEXIT) {
        tpy_object *args[3] = {TPY_NONE, TPY_NONE, TPY_NONE};
        tpy_object *v = tpy_call(vm, r[OPB], args, 3, NULL);
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(WITHEXCEXIT) {
        tpy_object *v = tpy_ev_with_exc_exit(vm, r[OPB], r[OPC]);
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    /* ---- calls ---- */
    TARGET(CALL) {
        unsigned a = OPA, n = OPB;
        tpy_object *kw = OPC ? K[OPC - 1] : NULL;
        tpy_object *callee = r[a];
        tpy_specialize_call((tpy_instr *)pc - 1, callee, n, OPC);
        pc += 2;
        SAVE_PC();   /* the line of the call, for sys._getframe() in the callee */
        if (!kw) {
            tpy_frame *nf;
            int pushed = push_in_place(vm, ev, callee, &r[a + 1], n, &nf);
            if (pushed < 0)
                goto error;
            if (pushed) {
                nf->ret_reg = a;
                nf->discard = (OPF & TPY_F_REL_A) != 0;
                clear_reg(vm, &r[a]);
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        if (tpy_function_check(callee) && !(((tpy_function *)callee)->code->flags &
              (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))) {
            SAVE_PC();
            tpy_frame *nf = push_python_call(vm, (tpy_function *)callee, &r[a + 1], n, kw);
            if (!nf)
                goto error;
            nf->ret_reg = a;
            nf->discard = (OPF & TPY_F_REL_A) != 0;
            clear_reg(vm, &r[a]);
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        size_t npos = n - (kw ? (size_t)tpy_tuple_len(kw) : 0);
        tpy_object *res = tpy_call(vm, callee, &r[a + 1], npos, kw);
        release_run(vm, &r[a + 1], n);
        if (!res)
            goto error;
        if (OPF & TPY_F_REL_A) {
            tpy_decref(vm, res);
            clear_reg(vm, &r[a]);
        } else {
            SETREG(a, res);
        }
        GC_SAFE_POINT();   /* instances and containers made by calls */
        DISPATCH();
    }

    /* CALL of a Python function taking exactly the positional arguments
     * given: the frame is pushed with no binding at all. */
    TARGET(CALL_PY) {
        unsigned a = OPA, n = OPB;
        tpy_object *callee = r[a];
        tpy_codeobj *nco = tpy_function_check(callee) ? ((tpy_function *)callee)->code : NULL;
        if (!nco || nco->argcount != n || nco->kwonlyargcount
            || (nco->flags & (TPY_CO_VARARGS | TPY_CO_VARKEYWORDS | TPY_CO_GENERATOR
                              | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))) {
            tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_CALL);
            pc--;
            DISPATCH();
        }
        pc += 2;
        SAVE_PC();
        BUDGET_POINT();
        tpy_object **args = &r[a + 1];
        tpy_frame *nf;
        if (args >= ev->chunk->slots && args + nco->nregs <= ev->chunk->slots + ev->chunk->size) {
            /* the guard above is push_in_place's test: push, moving r[a]'s reference */
            if (!(nf = frame_for_call_in_loop(vm, ev, (tpy_function *)callee, args, false, true)))
                goto error;
            r[a] = NULL;
        } else {
            if (!(nf = push_python_call(vm, (tpy_function *)callee, args, n, NULL)))
                goto error;
            clear_reg(vm, &r[a]);
        }
        nf->ret_reg = a;
        nf->discard = (OPF & TPY_F_REL_A) != 0;
        f = nf;
        LOAD_FRAME();
        DISPATCH();
    }

    /* CALL of a generator function taking exactly the positional
     * arguments given: the generator is made here, the arguments moved
     * into its registers (gen.c). */
    TARGET(CALL_GEN) {
        unsigned a = OPA, n = OPB;
        tpy_object *callee = r[a];
        if (!tpy_function_check(callee) || !tpy_gen_call_simple((tpy_function *)callee, n)) {
            tpy_despecialize((tpy_instr *)pc - 1, TPY_OP_CALL);
            pc--;
            DISPATCH();
        }
        pc += 2;
        tpy_object *res = tpy_gen_new_moving(vm, (tpy_function *)callee, &r[a + 1], n);
        if (!res)
            goto error;
        if (OPF & TPY_F_REL_A) {
            tpy_decref(vm, res);
            clear_reg(vm, &r[a]);
        } else {
            SETREG(a, res);
        }
        GC_SAFE_POINT();   /* a container was made */
        DISPATCH();
    }

    TARGET(CALL_BUILTIN) TARGET(CALLMETHOD_PY) {
        tpy_despecialize((tpy_instr *)pc - 1,
                         TPY_I_OP(i) == TPY_OP_CALL_BUILTIN ? TPY_OP_CALL : TPY_OP_CALLMETHOD);
        pc--;
        DISPATCH();
    }

    TARGET(CALLMETHOD) {
        unsigned a = OPA, n = OPB;
        tpy_object *kw = OPC ? K[OPC - 1] : NULL;
        tpy_object *callee = r[a];
        bool bound = r[a + 1] != NULL;
        tpy_object **args = bound ? &r[a + 1] : &r[a + 2];
        size_t total = n + bound;
        pc += 2;
        if (!kw) {
            SAVE_PC();
            tpy_frame *nf;
            int pushed = push_in_place(vm, ev, callee, args, total, &nf);
            if (pushed < 0)
                goto error;
            if (pushed) {
                nf->ret_reg = a;
                nf->discard = (OPF & TPY_F_REL_A) != 0;
                clear_reg(vm, &r[a]);
                f = nf;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        if (tpy_function_check(callee) && !(((tpy_function *)callee)->code->flags &
              (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))) {
            SAVE_PC();
            tpy_frame *nf = push_python_call(vm, (tpy_function *)callee, args, total, kw);
            if (!nf)
                goto error;
            nf->ret_reg = a;
            nf->discard = (OPF & TPY_F_REL_A) != 0;
            clear_reg(vm, &r[a]);
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        size_t npos = total - (kw ? (size_t)tpy_tuple_len(kw) : 0);
        tpy_object *res = tpy_call(vm, callee, args, npos, kw);
        release_run(vm, &r[a + 1], n + 1);
        if (!res)
            goto error;
        if (OPF & TPY_F_REL_A) {
            tpy_decref(vm, res);
            clear_reg(vm, &r[a]);
        } else {
            SETREG(a, res);
        }
        GC_SAFE_POINT();   /* instances and containers made by calls */
        DISPATCH();
    }

    TARGET(CALLEX) {
        unsigned a = OPA;
        tpy_object *kw = (OPF & TPY_CALLEX_KW) ? r[a + 2] : NULL;
        tpy_object *res = tpy_ev_callex(vm, r[a], r[a + 1], kw);
        /* r[a + 2] is the call's only when it has keywords: without them
         * it may be past the frame's registers (a generator's block). */
        release_run(vm, &r[a + 1], kw ? 2 : 1);
        if (!res)
            goto error;
        if (OPF & TPY_F_REL_A) {
            tpy_decref(vm, res);
            clear_reg(vm, &r[a]);
        } else {
            SETREG(a, res);
        }
        GC_SAFE_POINT();   /* instances and containers made by calls */
        DISPATCH();
    }

    TARGET(MAKEFUNCTION) {
        unsigned a = OPA;
        tpy_object *fn = tpy_ev_make_function(vm, f, K[OPB], &r[a + 1], OPF);
        if (!fn)
            goto error;
        SETREG(a, fn);
        DISPATCH();
    }

    /* ---- displays ---- */
    TARGET(BUILDTUPLE) {
        unsigned b = OPB, n = OPC;
        tpy_object *t = tpy_tuple_new(vm, n);
        if (!t)
            goto error;
        for (unsigned k = 0; k < n; k++) {
            ((tpy_tuple *)t)->items[k] = r[b + k];
            r[b + k] = NULL;
        }
        SETREG(OPA, t);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILDLIST) {
        unsigned b = OPB, n = OPC;
        tpy_object *l = tpy_list_new(vm, n);
        if (!l)
            goto error;
        for (unsigned k = 0; k < n; k++) {
            ((tpy_list *)l)->items[k] = r[b + k];
            r[b + k] = NULL;
        }
        SETREG(OPA, l);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILDSET) {
        tpy_object *s = tpy_ev_build_set(vm, &r[OPB], OPC);
        if (!s)
            goto error;
        SETREG(OPA, s);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILDMAP) {
        tpy_object *d = tpy_ev_build_map(vm, &r[OPB], OPC);
        if (!d)
            goto error;
        SETREG(OPA, d);
        GC_SAFE_POINT();
        DISPATCH();
    }

    TARGET(BUILDSTRING) {
        tpy_object *s = tpy_ev_build_string(vm, &r[OPB], OPC);
        if (!s)
            goto error;
        SETREG(OPA, s);
        DISPATCH();
    }

    TARGET(LISTAPPEND) {
        tpy_object *v = r[OPB];
        if (OPF & TPY_F_REL_B)
            r[OPB] = NULL;
        else
            tpy_incref(v);
        if (tpy_list_append(vm, r[OPA], v) < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SETADD) {
        if (tpy_set_add(vm, r[OPA], r[OPB]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(MAPADD) {
        if (tpy_dict_set(vm, r[OPA], r[OPB], r[OPC]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(LISTEXTEND) {
        if (tpy_ev_list_extend(vm, r[OPA], r[OPB]) < 0) {
            tpy_ev_star_arg_error(vm, f, (uint32_t)(pc - co->code) - 1);   /* f(*x) names f */
            goto error;
        }
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(SETUPDATE) {
        tpy_object *it = tpy_iter(vm, r[OPB]), *x;
        if (!it)
            goto error;
        while ((x = tpy_next(vm, it))) {
            int rc = tpy_set_add(vm, r[OPA], x);
            tpy_decref(vm, x);
            if (rc < 0)
                break;
        }
        tpy_decref(vm, it);
        if (tpy_err_occurred(vm))
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(DICTUPDATE) {
        if (tpy_ev_dict_update(vm, r[OPA], r[OPB]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(DICTMERGE) {
        if (tpy_ev_dict_merge(vm, r[OPA], r[OPB], r[OPC]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(LISTTOTUPLE) {
        tpy_object *t = tpy_list_as_tuple(vm, r[OPB]);
        if (!t)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, t);
        DISPATCH();
    }

    TARGET(FORMAT) {
        unsigned f8 = OPF;
        tpy_object *spec = (f8 & TPY_FMT_HAS_SPEC) ? r[OPC] : NULL;
        tpy_object *v = tpy_ev_format(vm, r[OPB], TPY_F_SEL(f8) & 3u, spec);
        if (!v)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(UNPACK) {
        unsigned a = OPA, n = OPC;
        tpy_object *items[256];
        tpy_object *seq = r[OPB];
        tpy_type *st = tpy_type_of(seq);
        if (n <= 256 && ((st == &tpy_tuple_type && tpy_tuple_len(seq) == (intptr_t)n)
                         || (st == &tpy_list_type && tpy_list_len(seq) == (intptr_t)n))) {
            /* The usual case inline: new references first, then the stores
             * (whose releases may run code that changes a list). */
            tpy_object **src = st == &tpy_tuple_type ? ((tpy_tuple *)seq)->items
                                                     : ((tpy_list *)seq)->items;
            for (unsigned k = 0; k < n; k++)
                items[k] = tpy_newref(src[k]);
            RELEASE_FLAGS();
            for (unsigned k = 0; k < n; k++)
                SETREG(a + k, items[k]);
            DISPATCH();
        }
        tpy_object **dst = n <= 256 ? items : tpy_vm_malloc(vm, n * sizeof *dst);
        if (!dst || tpy_ev_unpack(vm, r[OPB], dst, n) < 0) {
            if (dst && dst != items)
                tpy_vm_free(vm, dst);
            goto error;
        }
        RELEASE_FLAGS();
        for (unsigned k = 0; k < n; k++)
            SETREG(a + k, dst[k]);
        if (dst != items)
            tpy_vm_free(vm, dst);
        DISPATCH();
    }

    TARGET(UNPACKEX) {
        unsigned a = OPA, before = OPC & 0xff, after = OPC >> 8, n = before + 1 + after;
        tpy_object *items[512];
        if (tpy_ev_unpack_ex(vm, r[OPB], items, before, after) < 0)
            goto error;
        RELEASE_FLAGS();
        for (unsigned k = 0; k < n; k++)
            SETREG(a + k, items[k]);
        DISPATCH();
    }

    /* ---- imports, annotations ---- */
    TARGET(IMPORTNAME) {
        tpy_object *m = tpy_ev_import_name(vm, f, N[OPB], K[OPC]);
        if (!m)
            goto error;
        SETREG(OPA, m);
        DISPATCH();
    }

    TARGET(IMPORTFROM) {
        tpy_object *v = tpy_ev_import_from(vm, r[OPB], N[OPC]);
        if (!v)
            goto error;
        SETREG(OPA, v);
        DISPATCH();
    }

    TARGET(IMPORTSTAR) {
        if (tpy_ev_import_star(vm, f, r[OPA]) < 0)
            goto error;
        RELEASE_FLAGS();
        DISPATCH();
    }

    TARGET(SETUPANNOTATIONS) {
        if (tpy_ev_setup_annotations(vm, f) < 0)
            goto error;
        DISPATCH();
    }

    /* A generator resumed from C leaves the C loop with the value (gen.c
     * resumes the frame later); one that FORITER_GEN or SEND resumed goes
     * back to that instruction's frame, after its exit JUMP. */
    TARGET(YIELD) {
        retval = r[OPA];
        r[OPA] = NULL;
        SAVE_PC();
        if (!f->entry) {   /* resumed by FORITER_GEN or SEND in this loop */
            uint32_t dst = f->ret_reg;
            tpy_gen_yield_inline(vm, f, OPA);
            f = ev->frame;
            LOAD_FRAME();
            pc += 1;   /* skip the exit JUMP */
            SETREG(dst, retval);
            DISPATCH();
        }
        tpy_gen_yield_entry(vm, f, OPA);
        ev->yielded = true;
        return retval;
    }

    TARGET(SEND) {
        tpy_gen *dg = (tpy_gen *)r[OPA];
        if ((tpy_type_of(&dg->ob) == &tpy_generator_type
             || tpy_type_of(&dg->ob) == &tpy_coroutine_type)
            && tpy_gen_inline_ok(dg, r[OPB])) {
            SAVE_PC();   /* at the exit JUMP */
            tpy_frame *nf = tpy_gen_push_inline(vm, dg, r[OPB], OPB, false);
            if (!nf)
                goto error;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
        tpy_object *out;
        int rc = tpy_gen_delegate(vm, r[OPA], r[OPB], &out);
        if (rc < 0)
            goto error;
        SETREG(OPB, out);
        if (rc == 1) {
            pc += 1;   /* yielded: skip the exit JUMP */
        } else {
            clear_reg(vm, &r[OPA]);
        }
        DISPATCH();
    }

    TARGET(GETYIELDFROMITER) {
        tpy_object *it = tpy_gen_yield_from_iter(vm, r[OPB]);
        if (!it)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, it);
        DISPATCH();
    }

    /* ---- await, async for, async with (coro.c) ---- */
    TARGET(GETAWAITABLE) {
        tpy_object *it = tpy_ev_get_awaitable(vm, r[OPB], TPY_F_SEL(OPF));
        if (!it)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, it);
        DISPATCH();
    }

    TARGET(GETAITER) {
        tpy_object *it = tpy_ev_get_aiter(vm, r[OPB]);
        if (!it)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, it);
        DISPATCH();
    }

    TARGET(GETANEXT) {
        tpy_object *aw = tpy_ev_get_anext(vm, r[OPB]);
        if (!aw)
            goto error;
        SETREG(OPA, aw);
        DISPATCH();
    }

    TARGET(ENDASYNCFOR) {
        if (tpy_isinstance(r[OPA], &tpy_exc_StopAsyncIteration)) {
            clear_reg(vm, &r[OPA]);
            clear_reg(vm, &r[OPB]);
            DISPATCH();
        }
        tpy_object *e = r[OPA];
        r[OPA] = NULL;
        tpy_err_restore(vm, e);
        reraise = true;
        goto error;
    }

    TARGET(BEFOREASYNCWITH) {
        tpy_object *exit;
        tpy_object *entered = tpy_ev_before_async_with(vm, r[OPB], &exit);
        if (!entered)
            goto error;
        RELEASE_FLAGS();
        SETREG(OPA, exit);
        SETREG(OPA + 1, entered);
        DISPATCH();
    }

    TARGET(GETATTR_SLOT) TARGET(GETATTR_MODULE) TARGET(GETITEM_LIST)
    TARGET(GETITEM_TUPLE) TARGET(GETITEM_DICT) TARGET(SETITEM_LIST) {
        /* Specialized forms this runtime never writes. */
        tpy_err_bad_internal_call(vm, "unexpected specialized instruction");
        goto error;
    }

#ifndef TPY_COMPUTED_GOTO
    default:
        tpy_err_format(vm, &tpy_exc_SystemError, "unknown opcode %u", TPY_I_OP(i));
        goto error;
    }
#endif

do_return: {
        tpy_frame *done = f;
        bool entry = done->entry, discard = done->discard;
        uint32_t ret_reg = done->ret_reg;
        if (__builtin_expect(tpy_gen_frame(done), 0)) {
            tpy_object *gen = done->gen;
            tpy_gen_frame_pop(vm, done);
            if (entry)
                return retval;
            /* A generator resumed in this loop finished: its FORITER
             * (discard) or SEND drops the iterator and runs the JUMP. */
            tpy_gen_finish_inline(vm, gen, false);
            f = ev->frame;
            LOAD_FRAME();
            clear_reg(vm, &r[TPY_I_A(pc[discard ? -2 : -1])]);
        } else {
            tpy_frame_pop(vm, done);
            if (entry)
                return retval;
            f = ev->frame;
            LOAD_FRAME();
        }
        if (discard)
            tpy_decref(vm, retval);
        else
            SETREG(ret_reg, retval);
        DISPATCH();
    }

error: {
        /* pc is past the failing word (perhaps past its caches): pc - 1
         * lies inside the instruction, which is all the tables need. */
        SAVE_PC();
        uint32_t lasti = instr_start(co, f->pc ? f->pc - 1 : 0);
        tpy_object *exc = vm->exc;
        if (!reraise && exc) {
            tpy_ev_set_context(vm, exc, false);
            if (tpy_traceback_here(vm, exc, co, f->globals, lasti) < 0) {
                /* out of memory: the exception goes on without the entry */
            }
        }
        reraise = false;
        const tpy_exc_entry *h = tpy_ev_find_handler(co, lasti);
        if (h) {
            for (uint32_t k = h->reg; k < co->nregs; k++)
                clear_reg(vm, &r[k]);
            r[h->reg] = tpy_err_fetch(vm);
            pc = co->code + h->target;
            DISPATCH();
        }
        bool entry = f->entry;
        if (tpy_gen_frame(f)) {
            tpy_object *gen = f->gen;
            tpy_gen_frame_pop(vm, f);
            if (entry)
                return NULL;
            tpy_gen_finish_inline(vm, gen, true);   /* it goes on at the FORITER / SEND */
        } else {
            tpy_frame_pop(vm, f);
            if (entry)
                return NULL;
        }
        f = ev->frame;
        LOAD_FRAME();
        goto error;
    }
}

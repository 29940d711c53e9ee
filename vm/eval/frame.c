/* vm/eval/frame.c: the register stack, frame records and argument binding.
 *
 * A Python-to-Python call does not recurse in C: the eval loop binds the
 * arguments in the caller's registers (which become the callee's
 * parameters), pushes a frame record here and goes on in the same loop.
 * Frame records are recycled through a free list; the stack grows by
 * chunks that never move. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- the register stack ------------------------------------------------------------ */

static tpy_stack_chunk *chunk_new(tpy_vm *vm, size_t slots)
{
    tpy_stack_chunk *c = tpy_vm_malloc(vm, sizeof *c + slots * sizeof(tpy_object *));
    if (!c)
        return NULL;
    c->prev = c->next = NULL;
    c->size = slots;
    memset(c->slots, 0, slots * sizeof(tpy_object *));
    return c;
}

static bool fits(const tpy_stack_chunk *c, tpy_object **base, uint32_t nregs)
{
    return base >= c->slots && base + nregs <= c->slots + c->size;
}

tpy_object **tpy_stack_reserve(tpy_vm *vm, tpy_object **base, uint32_t nregs, bool *new_chunk)
{
    struct tpy_eval *ev = tpy_ev(vm);
    *new_chunk = false;
    if (base < ev->chunk->slots || base > ev->chunk->slots + ev->chunk->size)
        base = ev->top;   /* arguments in a generator's registers: start at the top */
    if (fits(ev->chunk, base, nregs))
        return base;
    tpy_stack_chunk *next = ev->chunk->next;
    if (next && next->size < nregs) {
        ev->chunk->next = NULL;
        tpy_vm_free(vm, next);   /* a spare, empty by the invariant */
        next = NULL;
    }
    if (!next) {
        size_t want = nregs > TPY_STACK_CHUNK_SLOTS / 2 ? (size_t)nregs * 2 : TPY_STACK_CHUNK_SLOTS;
        next = chunk_new(vm, want);
        if (!next)
            return NULL;
        next->prev = ev->chunk;
        ev->chunk->next = next;
    }
    ev->chunk = next;
    *new_chunk = true;
    return next->slots;
}

void tpy_stack_fini(tpy_vm *vm)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_stack_chunk *c = ev->chunk;
    while (c && c->prev)
        c = c->prev;
    while (c) {
        tpy_stack_chunk *n = c->next;
        tpy_vm_free(vm, c);
        c = n;
    }
    ev->chunk = NULL;
    for (tpy_frame *f = ev->free_frames, *n; f; f = n) {
        n = f->back;
        tpy_vm_free(vm, f);
    }
    ev->free_frames = NULL;
}

int tpy_stack_init(tpy_vm *vm);
int tpy_stack_init(tpy_vm *vm)
{
    struct tpy_eval *ev = tpy_ev(vm);
    ev->chunk = chunk_new(vm, TPY_STACK_CHUNK_SLOTS);
    if (!ev->chunk)
        return -1;
    ev->top = ev->chunk->slots;
    return 0;
}

/* ---- frame records -------------------------------------------------------------------- */

tpy_frame *tpy_frame_push(tpy_vm *vm, tpy_codeobj *code, tpy_object **regs, bool new_chunk)
{
    struct tpy_eval *ev = tpy_ev(vm);
    if (vm->depth >= vm->recursion_limit || tpy_cstack_low()) {   /* a C entry: the C stack too */
        tpy_err_set(vm, &tpy_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    tpy_frame *f = ev->free_frames;
    if (f)
        ev->free_frames = f->back;
    else if (!(f = tpy_vm_malloc(vm, sizeof *f)))
        return NULL;
    vm->depth++;
    f->back = ev->frame;
    f->code = (tpy_codeobj *)tpy_newref(&code->ob);
    f->func = NULL;
    f->globals = f->builtins = f->locals = NULL;
    f->regs = regs;
    f->chunk = ev->chunk;
    f->prev_top = ev->top;
    f->pc = 0;
    f->ret_reg = 0;
    f->discard = false;
    f->entry = false;
    f->new_chunk = new_chunk;
    f->gen = NULL;
    ev->top = regs + code->nregs;
    ev->frame = f;
    return f;
}

void tpy_frame_pop(tpy_vm *vm, tpy_frame *f)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_object **r = f->regs;
    for (uint32_t i = 0, n = f->code->nregs; i < n; i++)
        if (r[i]) {
            tpy_object *o = r[i];
            r[i] = NULL;
            tpy_decref(vm, o);
        }
    ev->frame = f->back;
    ev->top = f->prev_top;
    if (f->new_chunk)
        ev->chunk = f->chunk->prev;
    vm->depth--;
    tpy_object *code = &f->code->ob, *func = f->func;
    f->back = ev->free_frames;
    ev->free_frames = f;
    tpy_decref(vm, code);
    tpy_xdecref(vm, func);
}

tpy_frame *tpy_frame_for_call(tpy_vm *vm, tpy_function *fn, tpy_object **regs, bool new_chunk)
{
    tpy_frame *f = tpy_frame_push(vm, fn->code, regs, new_chunk);
    if (!f)
        return NULL;
    f->func = tpy_newref(&fn->ob);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    return f;
}

/* ---- argument binding ------------------------------------------------------------------ */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing). */
static tpy_object *join_names(tpy_vm *vm, tpy_object **names, size_t n)
{
    switch (n) {
    case 1: return tpy_str_format(vm, "'%U'", names[0]);
    case 2: return tpy_str_format(vm, "'%U' and '%U'", names[0], names[1]);
    default: break;
    }
    tpy_object *acc = tpy_str_format(vm, "'%U'", names[0]);
    for (size_t i = 1; acc && i < n; i++) {
        tpy_object *next = tpy_str_format(vm, i + 1 == n ? "%U, and '%U'" : "%U, '%U'", acc,
                                          names[i]);
        tpy_decref(vm, acc);
        acc = next;
    }
    return acc;
}

/* Argument errors name the function by its __qualname__ (which a program
 * may have changed, as dataclasses does), as CPython 3.10+ does. */
static int missing_error(tpy_vm *vm, tpy_function *fn, tpy_object **regs, uint32_t from,
                         uint32_t to, const char *kind)
{
    tpy_codeobj *co = fn->code;
    tpy_object *names[256] = {NULL};
    size_t n = 0;
    for (uint32_t i = from; i < to && n < 256; i++)
        if (!regs[i])
            names[n++] = co->slotnames[i];
    tpy_object *list = join_names(vm, names, n);
    if (list) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%U() missing %zu required %s argument%s: %U",
                       fn->qualname, n, kind, n == 1 ? "" : "s", list);
        tpy_decref(vm, list);
    }
    return -1;
}

static int too_many_positional(tpy_vm *vm, tpy_function *fn, tpy_object **regs, size_t given)
{
    tpy_codeobj *co = fn->code;
    size_t ndef = fn->defaults ? (size_t)tpy_tuple_len(fn->defaults) : 0, kwonly_given = 0;
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        kwonly_given += regs[i] != NULL;
    char sig[64], kwsig[96] = "";
    bool plural;
    if (ndef) {
        snprintf(sig, sizeof sig, "from %zu to %u", co->argcount - ndef, (unsigned)co->argcount);
        plural = true;
    } else {
        snprintf(sig, sizeof sig, "%u", (unsigned)co->argcount);
        plural = co->argcount != 1;
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    tpy_err_format(vm, &tpy_exc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
                   fn->qualname, sig, plural ? "s" : "", given, kwsig,
                   given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

/* The parameter named @p key among those a keyword may name, or -1. */
static intptr_t param_index(tpy_codeobj *co, tpy_object *key)
{
    uint32_t end = co->argcount + co->kwonlyargcount;
    for (uint32_t i = co->posonlyargcount; i < end; i++)
        if (co->slotnames[i] == key)
            return i;
    for (uint32_t i = co->posonlyargcount; i < end; i++)
        if (tpy_str_equal(co->slotnames[i], key))
            return i;
    return -1;
}

static bool is_posonly_name(tpy_codeobj *co, tpy_object *key)
{
    for (uint32_t i = 0; i < co->posonlyargcount; i++)
        if (tpy_str_equal(co->slotnames[i], key))
            return true;
    return false;
}

static int posonly_as_keyword(tpy_vm *vm, tpy_codeobj *co, tpy_object *qualname,
                              tpy_object *kwnames)
{
    tpy_object *names[256] = {NULL};
    size_t n = 0;
    for (intptr_t i = 0; i < tpy_tuple_len(kwnames) && n < 256; i++)
        if (is_posonly_name(co, tpy_tuple_get(kwnames, i)))
            names[n++] = tpy_tuple_get(kwnames, i);
    tpy_object *acc = tpy_newref(names[0]);
    for (size_t i = 1; acc && i < n; i++) {
        tpy_object *next = tpy_str_format(vm, "%U, %U", acc, names[i]);
        tpy_decref(vm, acc);
        acc = next;
    }
    if (acc) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                       qualname, acc);
        tpy_decref(vm, acc);
    }
    return -1;
}

static int bind_keywords(tpy_vm *vm, tpy_function *fn, tpy_object **regs,
                         tpy_object *const *vals, tpy_object *kwnames, tpy_object *kwdict)
{
    tpy_codeobj *co = fn->code;
    for (intptr_t k = 0; k < tpy_tuple_len(kwnames); k++) {
        tpy_object *key = tpy_tuple_get(kwnames, k), *v = vals[k];
        if (!tpy_str_check(key)) {
            tpy_err_format(vm, &tpy_exc_TypeError, "%U() keywords must be strings", fn->qualname);
            return -1;
        }
        intptr_t i = param_index(co, key);
        if (i < 0) {
            if (kwdict) {
                if (tpy_dict_set(vm, kwdict, key, v) < 0)
                    return -1;
                continue;
            }
            if (is_posonly_name(co, key))
                return posonly_as_keyword(vm, co, fn->qualname, kwnames);
            tpy_err_format(vm, &tpy_exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                           fn->qualname, key);
            return -1;
        }
        if (regs[i]) {
            tpy_err_format(vm, &tpy_exc_TypeError, "%U() got multiple values for argument '%S'",
                           fn->qualname, key);
            return -1;
        }
        regs[i] = tpy_newref(v);
    }
    return 0;
}

static int fill_defaults(tpy_vm *vm, tpy_function *fn, tpy_object **regs, size_t nargs)
{
    tpy_codeobj *co = fn->code;
    size_t ndef = fn->defaults ? (size_t)tpy_tuple_len(fn->defaults) : 0;
    size_t first_default = co->argcount - (ndef < co->argcount ? ndef : co->argcount);
    bool missing = false;
    for (size_t i = nargs; i < co->argcount; i++) {
        if (regs[i])
            continue;
        if (i >= first_default)
            regs[i] = tpy_newref(tpy_tuple_get(fn->defaults, (intptr_t)(i - first_default)));
        else
            missing = true;
    }
    if (missing)
        return missing_error(vm, fn, regs, (uint32_t)nargs, co->argcount, "positional");
    for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (regs[i])
            continue;
        tpy_object *d = fn->kwdefaults ? tpy_dict_get_str(vm, fn->kwdefaults, co->slotnames[i]) : NULL;
        if (!d && fn->kwdefaults) {
            /* Keys that are equal but not the interned object. */
            if (tpy_dict_get_ref(vm, fn->kwdefaults, co->slotnames[i], &d) < 0)
                return -1;
        }
        if (d)
            regs[i] = tpy_newref(d);
        else
            missing = true;
    }
    if (missing)
        return missing_error(vm, fn, regs, co->argcount, co->argcount + co->kwonlyargcount,
                             "keyword-only");
    return 0;
}

/* Undo a failed binding: the registers are empty again. */
static int unbind(tpy_vm *vm, tpy_object **regs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        TPY_CLEAR(vm, regs[i]);
    return -1;
}

int tpy_bind_args(tpy_vm *vm, tpy_function *fn, tpy_object **regs, tpy_object *const *args,
                  size_t nargs, tpy_object *kwnames)
{
    tpy_codeobj *co = fn->code;
    uint32_t slot = co->argcount + co->kwonlyargcount;
    tpy_object *kwdict = NULL;
    if (co->flags & TPY_CO_VARKEYWORDS) {
        uint32_t at = slot + ((co->flags & TPY_CO_VARARGS) ? 1 : 0);
        if (!(kwdict = regs[at] = tpy_dict_new(vm)))
            return -1;
    }
    size_t npos = nargs < co->argcount ? nargs : co->argcount;
    for (size_t i = 0; i < npos; i++)
        regs[i] = tpy_newref(args[i]);
    if (co->flags & TPY_CO_VARARGS) {
        size_t extra = nargs - npos;
        if (!(regs[slot] = tpy_tuple_from_array(vm, args + npos, extra)))
            return unbind(vm, regs, co->nparams);
    }
    if (kwnames && tpy_tuple_len(kwnames)
        && bind_keywords(vm, fn, regs, args + nargs, kwnames, kwdict) < 0)
        return unbind(vm, regs, co->nparams);
    if (nargs > co->argcount && !(co->flags & TPY_CO_VARARGS)) {
        too_many_positional(vm, fn, regs, nargs);
        return unbind(vm, regs, co->nparams);
    }
    if (fill_defaults(vm, fn, regs, npos) < 0)
        return unbind(vm, regs, co->nparams);
    return 0;
}

/* vm/eval/ceval_ops.c: the eval loop's out-of-line work: names, methods,
 * unpacking, displays, f-string pieces, calls with * and **, function
 * creation, imports, with-statements and the error messages CPython 3.11
 * gives for each. The handlers in ceval.c stay short by calling these. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "heaptype.h"
#include "import.h"
#include "typecache.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- names ----------------------------------------------------------------------------------- */

static tpy_object *name_error(tpy_vm *vm, tpy_object *name)
{
    tpy_object *msg = tpy_str_format(vm, "name '%U' is not defined", name);
    if (!msg)
        return NULL;
    tpy_object *args[1] = {msg};
    tpy_object *exc = tpy_exc_new(vm, &tpy_exc_NameError, args, 1);
    tpy_decref(vm, msg);
    if (!exc)
        return NULL;
    /* NameError.name: the traceback printer's "Did you mean" reads it. */
    tpy_setattr(vm, exc, vm->eval->s_name, name);
    tpy_err_clear(vm);
    tpy_err_set_instance(vm, exc);
    tpy_decref(vm, exc);
    return NULL;
}

/* A dict lookup that raises only real errors (a borrowed value or NULL). */
static int lookup(tpy_vm *vm, tpy_object *d, tpy_object *name, tpy_object **out)
{
    if (tpy_type_of(d) == &tpy_dict_type) {
        *out = tpy_dict_get_str(vm, d, name);
        if (*out)
            return 0;
        return tpy_dict_get_ref(vm, d, name, out);
    }
    tpy_object *v = tpy_getitem(vm, d, name);
    if (!v) {
        if (!tpy_err_matches(vm, &tpy_exc_KeyError))
            return -1;
        tpy_err_clear(vm);
        *out = NULL;
        return 0;
    }
    *out = v;
    tpy_decref(vm, v);   /* the mapping keeps it alive while the caller uses it */
    return 0;
}

tpy_object *tpy_ev_getglobal(tpy_vm *vm, tpy_frame *f, tpy_object *name)
{
    tpy_object *v;
    if (lookup(vm, f->globals, name, &v) < 0)
        return NULL;
    if (!v && lookup(vm, f->builtins, name, &v) < 0)
        return NULL;
    return v ? tpy_newref(v) : name_error(vm, name);
}

tpy_object *tpy_ev_getname(tpy_vm *vm, tpy_frame *f, tpy_object *name)
{
    tpy_object *v = NULL;
    if (f->locals && f->locals != f->globals && lookup(vm, f->locals, name, &v) < 0)
        return NULL;
    if (v)
        return tpy_newref(v);
    return tpy_ev_getglobal(vm, f, name);
}

int tpy_ev_setname(tpy_vm *vm, tpy_frame *f, tpy_object *name, tpy_object *v)
{
    tpy_object *ns = f->locals ? f->locals : f->globals;
    if (tpy_type_of(ns) == &tpy_dict_type)
        return tpy_dict_set(vm, ns, name, v);
    return tpy_setitem(vm, ns, name, v);
}

static int del_in(tpy_vm *vm, tpy_object *ns, tpy_object *name)
{
    if (tpy_delitem(vm, ns, name) == 0)
        return 0;
    if (tpy_err_matches(vm, &tpy_exc_KeyError)) {
        tpy_err_clear(vm);
        name_error(vm, name);
    }
    return -1;
}

int tpy_ev_delname(tpy_vm *vm, tpy_frame *f, tpy_object *name)
{
    return del_in(vm, f->locals ? f->locals : f->globals, name);
}

int tpy_ev_delglobal(tpy_vm *vm, tpy_frame *f, tpy_object *name)
{
    return del_in(vm, f->globals, name);
}

void tpy_ev_unbound_local(tpy_vm *vm, tpy_codeobj *co, uint32_t reg)
{
    tpy_err_format(vm, &tpy_exc_UnboundLocalError,
                   "cannot access local variable '%U' where it is not associated with a value",
                   co->slotnames[reg]);
}

void tpy_ev_unbound_free(tpy_vm *vm, tpy_codeobj *co, uint32_t reg)
{
    if (co->slotkinds[reg] & TPY_SLOT_FREE)
        tpy_err_format(vm, &tpy_exc_NameError,
                       "cannot access free variable '%U' where it is not associated with a value"
                       " in enclosing scope", co->slotnames[reg]);
    else
        tpy_ev_unbound_local(vm, co, reg);
}

/* ---- methods ----------------------------------------------------------------------------------------- */

/* obj.name as GETMETHOD wants it: a plain function or method descriptor
 * found on the type (and not shadowed: the type uses the generic lookup,
 * which has no instance dict) comes back unbound with obj as self, saving
 * the bound method; anything else is the attribute, self NULL. */
/* `obj`'s own attributes (values block or __dict__) hold `name`; an
 * error while looking counts as "holds" (the full lookup reports it). */
static bool instance_has(tpy_vm *vm, tpy_object *obj, tpy_object *name)
{
    tpy_type *t = tpy_type_of(obj);
    tpy_object **dp = t->flags & TPY_TF_VAR_DICT ? tpy_instance_dict_ptr(obj)
                      : t->dict_offset ? (tpy_object **)((char *)obj + t->dict_offset)
                                       : NULL;
    if (!dp || !*dp)
        return false;
    if (tpy_slot_is_values(*dp))
        return tpy_values_lookup(&((tpy_heaptype *)t)->keys, tpy_slot_values(*dp), name) != NULL;
    tpy_object *v = NULL;
    if (tpy_dict_get_ref(vm, *dp, name, &v) < 0) {
        tpy_err_clear(vm);
        return true;
    }
    return v != NULL;
}

int tpy_ev_getmethod(tpy_vm *vm, tpy_object *obj, tpy_object *name, tpy_object **out)
{
    tpy_type *t = tpy_type_of(obj);
    if (t->getattr == tpy_generic_getattr) {
        tpy_object *d = tpy_type_lookup(vm, t, name);
        if (d && (tpy_type_of(d) == &tpy_method_descr_type || tpy_function_check(d))) {
            out[0] = tpy_newref(d);
            out[1] = tpy_newref(obj);
            return 0;
        }
    }
    if (t->getattr == tpy_object_getattribute && tpy_type_of(name) == &tpy_str_type) {
        /* A class's Python function, not shadowed by the instance: no
         * bound method object (CPython's LOAD_METHOD). */
        tpy_object *d = tpy_type_lookup_fast(vm, t, name);
        if (d && tpy_function_check(d) && !instance_has(vm, obj, name)) {
            out[0] = tpy_newref(d);
            out[1] = tpy_newref(obj);
            return 0;
        }
        if (tpy_err_occurred(vm))
            return -1;
    }
    out[0] = tpy_getattr(vm, obj, name);
    out[1] = NULL;
    return out[0] ? 0 : -1;
}

/* ---- unpacking --------------------------------------------------------------------------------------- */

static int not_iterable(tpy_vm *vm, tpy_object *seq)
{
    tpy_err_format(vm, &tpy_exc_TypeError, "cannot unpack non-iterable %s object",
                   tpy_type_of(seq)->name);
    return -1;
}

static void release_items(tpy_vm *vm, tpy_object **dst, size_t n)
{
    for (size_t k = 0; k < n; k++)
        tpy_decref(vm, dst[k]);
}

int tpy_ev_unpack(tpy_vm *vm, tpy_object *seq, tpy_object **dst, size_t n)
{
    tpy_type *t = tpy_type_of(seq);
    if (t == &tpy_tuple_type || t == &tpy_list_type) {
        size_t len = (size_t)(t == &tpy_tuple_type ? tpy_tuple_len(seq) : tpy_list_len(seq));
        if (len == n) {
            for (size_t k = 0; k < n; k++)
                dst[k] = tpy_newref(t == &tpy_tuple_type ? tpy_tuple_get(seq, (intptr_t)k)
                                                         : tpy_list_get(seq, (intptr_t)k));
            return 0;
        }
    }
    if (!t->iter)
        return not_iterable(vm, seq);
    tpy_object *it = tpy_iter(vm, seq);
    if (!it)
        return -1;
    size_t got = 0;
    for (; got < n; got++) {
        if (!(dst[got] = tpy_next(vm, it))) {
            release_items(vm, dst, got);
            tpy_decref(vm, it);
            if (!tpy_err_occurred(vm))
                tpy_err_format(vm, &tpy_exc_ValueError,
                               "not enough values to unpack (expected %zu, got %zu)", n, got);
            return -1;
        }
    }
    tpy_object *extra = tpy_next(vm, it);
    tpy_decref(vm, it);
    if (extra || tpy_err_occurred(vm)) {
        tpy_xdecref(vm, extra);
        release_items(vm, dst, n);
        if (extra)
            tpy_err_format(vm, &tpy_exc_ValueError, "too many values to unpack (expected %zu)", n);
        return -1;
    }
    return 0;
}

int tpy_ev_unpack_ex(tpy_vm *vm, tpy_object *seq, tpy_object **dst, size_t before,
                     size_t after)
{
    if (!tpy_type_of(seq)->iter)
        return not_iterable(vm, seq);
    tpy_object *list = tpy_sequence_list(vm, seq);
    if (!list)
        return -1;
    size_t len = (size_t)tpy_list_len(list);
    if (len < before + after) {
        tpy_decref(vm, list);
        tpy_err_format(vm, &tpy_exc_ValueError,
                       "not enough values to unpack (expected at least %zu, got %zu)",
                       before + after, len);
        return -1;
    }
    for (size_t k = 0; k < before; k++)
        dst[k] = tpy_newref(tpy_list_get(list, (intptr_t)k));
    for (size_t k = 0; k < after; k++)
        dst[before + 1 + k] = tpy_newref(tpy_list_get(list, (intptr_t)(len - after + k)));
    tpy_object *mid = tpy_list_new(vm, len - before - after);
    if (!mid) {
        release_items(vm, dst, before);
        release_items(vm, dst + before + 1, after);
        tpy_decref(vm, list);
        return -1;
    }
    for (size_t k = before; k < len - after; k++)
        ((tpy_list *)mid)->items[k - before] = tpy_newref(tpy_list_get(list, (intptr_t)k));
    dst[before] = mid;
    tpy_decref(vm, list);
    return 0;
}

/* ---- displays and f-strings ------------------------------------------------------------------------ */

static void release_run(tpy_vm *vm, tpy_object **r, size_t n)
{
    for (size_t k = 0; k < n; k++)
        TPY_CLEAR(vm, r[k]);
}

tpy_object *tpy_ev_build_set(tpy_vm *vm, tpy_object **items, size_t n)
{
    tpy_object *s = tpy_set_new(vm, NULL);
    for (size_t k = 0; s && k < n; k++)
        if (tpy_set_add(vm, s, items[k]) < 0)
            TPY_CLEAR(vm, s);
    release_run(vm, items, n);
    return s;
}

tpy_object *tpy_ev_build_map(tpy_vm *vm, tpy_object **items, size_t npairs)
{
    tpy_object *d = tpy_dict_new(vm);
    for (size_t k = 0; d && k < npairs; k++)
        if (tpy_dict_set(vm, d, items[2 * k], items[2 * k + 1]) < 0)
            TPY_CLEAR(vm, d);
    release_run(vm, items, 2 * npairs);
    return d;
}

tpy_object *tpy_ev_build_string(tpy_vm *vm, tpy_object **items, size_t n)
{
    if (n == 0)
        return tpy_newref(vm->empty_str);
    tpy_object *acc = tpy_str_join_array(vm, NULL, items, n);   /* one allocation */
    release_run(vm, items, n);
    return acc;
}

tpy_object *tpy_ev_format(tpy_vm *vm, tpy_object *v, unsigned conv, tpy_object *spec)
{
    static const int convs[4] = {0, 's', 'r', 'a'};
    if (!conv && !spec && tpy_type_of(v) == &tpy_str_type)
        return tpy_newref(v);
    if (!conv && !spec && tpy_type_of(v) == &tpy_int_type)
        return tpy_int_repr(vm, v);   /* format(i, '') is str(i) */
    tpy_object *c = tpy_str_format_conversion(vm, v, convs[conv & 3]);
    if (!c)
        return NULL;
    tpy_object *r = tpy_format(vm, c, spec);
    tpy_decref(vm, c);
    return r;
}

int tpy_ev_list_extend(tpy_vm *vm, tpy_object *l, tpy_object *it)
{
    if (tpy_list_extend(vm, l, it) == 0)
        return 0;
    if (tpy_err_matches(vm, &tpy_exc_TypeError) && !tpy_type_of(it)->iter) {
        tpy_err_clear(vm);
        tpy_err_format(vm, &tpy_exc_TypeError, "Value after * must be an iterable, not %s",
                       tpy_type_of(it)->name);
    }
    return -1;
}

int tpy_ev_dict_update(tpy_vm *vm, tpy_object *d, tpy_object *other)
{
    if (tpy_dict_check(other))
        return tpy_dict_update(vm, d, other);
    tpy_object *keys = tpy_getattr_c(vm, other, "keys");
    if (!keys) {
        if (tpy_err_matches(vm, &tpy_exc_AttributeError)) {
            tpy_err_clear(vm);
            tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not a mapping",
                           tpy_type_of(other)->name);
        }
        return -1;
    }
    tpy_decref(vm, keys);
    return tpy_dict_update(vm, d, other);
}

/* "name()" for a builtin function, "type.name()" for a builtin method
 * (CPython's __qualname__ of either, without a module). */
static tpy_object *builtin_function_str(tpy_vm *vm, tpy_object *fn)
{
    tpy_object *name = tpy_getattr_c(vm, fn, "__name__");
    tpy_object *self = name ? tpy_getattr_c(vm, fn, "__self__") : NULL;
    tpy_err_clear(vm);
    tpy_object *res = NULL;
    if (name && self && self != TPY_NONE && tpy_type_of(self) != &tpy_module_type) {
        tpy_type *owner = tpy_is_type(self) ? (tpy_type *)self : tpy_type_of(self);
        res = tpy_str_format(vm, "%s.%U()", owner->name, name);
    } else if (name) {
        res = tpy_str_format(vm, "%U()", name);
    }
    tpy_xdecref(vm, self);
    tpy_xdecref(vm, name);
    return res ? res : tpy_str(vm, fn);
}

/* How CPython's call errors name a callable: "module.qualname()", or
 * "qualname()" for builtins and objects without a module, or its str()
 * when it has no __qualname__. A new reference, NULL on failure. */
tpy_object *tpy_ev_function_str(tpy_vm *vm, tpy_object *fn)
{
    if (tpy_type_of(fn) == &tpy_builtin_method_type)   /* it has no __qualname__ here */
        return builtin_function_str(vm, fn);
    tpy_object *qual = tpy_getattr_c(vm, fn, "__qualname__");
    if (!qual) {
        tpy_err_clear(vm);
        return tpy_str(vm, fn);
    }
    tpy_object *mod = tpy_getattr_c(vm, fn, "__module__");
    tpy_err_clear(vm);
    tpy_object *res;
    if (mod && tpy_str_check(mod) && !tpy_str_equal_c(mod, "builtins"))
        res = tpy_str_format(vm, "%U.%U()", mod, qual);
    else
        res = tpy_str_format(vm, "%U()", qual);
    tpy_xdecref(vm, mod);
    tpy_decref(vm, qual);
    return res;
}

/* A TypeError naming the callee: "<function str> <rest>". */
static void callee_error(tpy_vm *vm, tpy_object *callee, const char *rest, tpy_object *arg)
{
    tpy_object *fname = tpy_ev_function_str(vm, callee);
    if (!fname)
        return;
    tpy_err_format(vm, &tpy_exc_TypeError, rest, fname, arg);
    tpy_decref(vm, fname);
}

/* The instruction of this frame whose A register is @p a among the next
 * few: CALLEX for f(*x) is close behind the list it takes. An enclosing
 * call (a lower A) or the end of the code ends the search. */
static bool callex_follows(const tpy_codeobj *co, uint32_t from, unsigned a)
{
    for (uint32_t pc = from, n = 0; pc < co->ncode && n < 256; n++) {
        tpy_instr i = co->code[pc];
        unsigned op = TPY_I_OP(i);
        if (op == TPY_OP_CALLEX)
            return TPY_I_A(i) == a;
        if (op == TPY_OP_RETURN || op == TPY_OP_RETURNNONE)
            return false;
        unsigned w = tpy_op_width(op);
        pc += w ? w : 1;
    }
    return false;
}

/* Whether the list in register @p reg that the LISTEXTEND at word @p at
 * extends was made empty just for it: the last instruction before it
 * that builds or extends that register is BUILDLIST reg,-,0. Only the
 * evaluation of the starred value, in higher registers, lies between. */
static bool fresh_star_list(const tpy_codeobj *co, uint32_t at, unsigned reg)
{
    bool fresh = false;
    for (uint32_t pc = 0; pc < at;) {
        tpy_instr i = co->code[pc];
        unsigned op = TPY_I_OP(i), w = tpy_op_width(op);
        if ((op == TPY_OP_BUILDLIST || op == TPY_OP_LISTEXTEND) && TPY_I_A(i) == reg)
            fresh = op == TPY_OP_BUILDLIST && TPY_I_C(i) == 0;
        pc += w ? w : 1;
    }
    return fresh;
}

/* f(*x) where x is the only source of positional arguments: CPython hands
 * x to CALL_FUNCTION_EX as it is, whose error names the callee ("f()
 * argument after * must be an iterable, not int"); tierpy builds a list
 * there as for f(a, *x), so the shape BUILDLIST r,-,0; (x); LISTEXTEND r,x;
 * LISTTOTUPLE r,r; ... CALLEX r-1 is recognized at the failing LISTEXTEND
 * (word @p at) and its "Value after *" message reworded. */
void tpy_ev_star_arg_error(tpy_vm *vm, tpy_frame *f, uint32_t at)
{
    tpy_codeobj *co = f->code;
    if (!tpy_err_matches(vm, &tpy_exc_TypeError) || at + 1 >= co->ncode)
        return;
    tpy_instr ext = co->code[at], next = co->code[at + 1];
    unsigned reg = TPY_I_A(ext);
    if (TPY_I_OP(next) != TPY_OP_LISTTOTUPLE || TPY_I_A(next) != reg || reg == 0 ||
        !callex_follows(co, at + 2, reg - 1) || !fresh_star_list(co, at, reg))
        return;
    tpy_object *it = f->regs[TPY_I_B(ext)];
    tpy_object *callee = f->regs[reg - 1];
    if (!it || !callee || tpy_type_of(it)->iter)
        return;
    tpy_err_clear(vm);
    tpy_object *tname = tpy_str_from_cstr(vm, tpy_type_of(it)->name);
    if (!tname)
        return;
    callee_error(vm, callee, "%U argument after * must be an iterable, not %U", tname);
    tpy_decref(vm, tname);
}

/* f(**m): keys must be strs and not repeat (the messages name the callee). */
int tpy_ev_dict_merge(tpy_vm *vm, tpy_object *d, tpy_object *other, tpy_object *callee)
{
    if (!tpy_dict_check(other)) {
        tpy_object *probe = tpy_getattr_c(vm, other, "keys");
        if (!probe) {
            tpy_err_clear(vm);
            tpy_object *tname = tpy_str_from_cstr(vm, tpy_type_of(other)->name);
            if (tname)
                callee_error(vm, callee, "%U argument after ** must be a mapping, not %U", tname);
            tpy_xdecref(vm, tname);
            return -1;
        }
        tpy_decref(vm, probe);
        tpy_object *tmp = tpy_dict_new(vm);
        if (!tmp || tpy_dict_update(vm, tmp, other) < 0) {
            tpy_xdecref(vm, tmp);
            return -1;
        }
        int r = tpy_ev_dict_merge(vm, d, tmp, callee);
        tpy_decref(vm, tmp);
        return r;
    }
    intptr_t pos = 0;
    tpy_object *k, *v;
    while (tpy_dict_next(other, &pos, &k, &v)) {
        tpy_object *have = NULL;
        if (tpy_dict_get_ref(vm, d, k, &have) < 0)
            return -1;
        if (have || !tpy_str_check(k)) {
            if (have)
                callee_error(vm, callee, "%U got multiple values for keyword argument '%S'", k);
            else
                tpy_err_format(vm, &tpy_exc_TypeError, "keywords must be strings");
            return -1;
        }
        if (tpy_dict_set(vm, d, k, v) < 0)
            return -1;
    }
    return 0;
}

/* ---- calls with * and ** ---------------------------------------------------------------------------- */

tpy_object *tpy_ev_callex(tpy_vm *vm, tpy_object *callee, tpy_object *args, tpy_object *kw)
{
    size_t npos = (size_t)tpy_tuple_len(args), nkw = kw ? (size_t)tpy_dict_len(kw) : 0;
    if (!nkw)
        return tpy_call(vm, callee, ((tpy_tuple *)args)->items, npos, NULL);
    tpy_object *names = tpy_tuple_new(vm, nkw);
    tpy_object **buf = names ? tpy_vm_malloc(vm, (npos + nkw) * sizeof *buf) : NULL;
    if (!buf) {
        tpy_xdecref(vm, names);
        return NULL;
    }
    memcpy(buf, ((tpy_tuple *)args)->items, npos * sizeof *buf);
    intptr_t pos = 0;
    tpy_object *k, *v;
    size_t n = 0;
    while (tpy_dict_next(kw, &pos, &k, &v)) {
        ((tpy_tuple *)names)->items[n] = tpy_newref(k);
        buf[npos + n++] = v;
    }
    tpy_object *r = tpy_call(vm, callee, buf, npos, names);
    tpy_vm_free(vm, buf);
    tpy_decref(vm, names);
    return r;
}

/* ---- functions ------------------------------------------------------------------------------------------- */

tpy_object *tpy_ev_make_function(tpy_vm *vm, tpy_frame *f, tpy_object *code, tpy_object **extras,
                                 unsigned sel)
{
    tpy_function *fn = (tpy_function *)tpy_function_new(vm, code, f->globals);
    if (!fn)
        return NULL;
    /* If the qualname came from a class body the code unit has it already. */
    tpy_object **slots[4] = {&fn->defaults, &fn->kwdefaults, &fn->annotations, &fn->closure};
    static const unsigned bits[4] = {TPY_MF_DEFAULTS, TPY_MF_KWDEFAULTS, TPY_MF_ANNOTATIONS,
                                     TPY_MF_CLOSURE};
    size_t k = 0;
    for (int b = 0; b < 4; b++)
        if (sel & bits[b]) {
            *slots[b] = extras[k];   /* the register's reference moves */
            extras[k++] = NULL;
        }
    return &fn->ob;
}

/* ---- exceptions and with ------------------------------------------------------------------------------- */

static bool is_exc_class(tpy_object *o)
{
    return tpy_is_type(o) && tpy_type_has((tpy_type *)o, TPY_TF_EXC_SUBCLASS);
}

int tpy_ev_check_exc_match(tpy_vm *vm, tpy_object *exc, tpy_object *type)
{
    if (tpy_tuple_check(type)) {
        for (intptr_t k = 0; k < tpy_tuple_len(type); k++)
            if (!is_exc_class(tpy_tuple_get(type, k)))
                goto bad;
        for (intptr_t k = 0; k < tpy_tuple_len(type); k++)
            if (tpy_isinstance(exc, (tpy_type *)tpy_tuple_get(type, k)))
                return 1;
        return 0;
    }
    if (!is_exc_class(type))
        goto bad;
    return tpy_isinstance(exc, (tpy_type *)type);
bad:
    tpy_err_set(vm, &tpy_exc_TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* The special method @p name of obj's type, bound to obj; NULL (no error)
 * when the type has none. */
static tpy_object *special_method(tpy_vm *vm, tpy_object *obj, const char *name)
{
    tpy_object *n = tpy_str_intern_c(vm, name);
    if (!n)
        return NULL;
    tpy_type *t = tpy_type_of(obj);
    tpy_object *d = tpy_type_lookup(vm, t, n);
    tpy_decref(vm, n);
    if (!d)
        return NULL;
    tpy_type *dt = tpy_type_of(d);
    return dt->descr_get ? dt->descr_get(vm, d, obj, &t->ob) : tpy_newref(d);
}

tpy_object *tpy_ev_before_with(tpy_vm *vm, tpy_object *mgr, tpy_object **exit_out)
{
    tpy_object *enter = special_method(vm, mgr, "__enter__");
    if (!enter) {
        if (!tpy_err_occurred(vm))
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "'%s' object does not support the context manager protocol",
                           tpy_type_of(mgr)->name);
        return NULL;
    }
    tpy_object *exit = special_method(vm, mgr, "__exit__");
    if (!exit) {
        tpy_decref(vm, enter);
        if (!tpy_err_occurred(vm))
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "'%s' object does not support the context manager protocol "
                           "(missed __exit__ method)", tpy_type_of(mgr)->name);
        return NULL;
    }
    tpy_object *entered = tpy_call(vm, enter, NULL, 0, NULL);
    tpy_decref(vm, enter);
    if (!entered) {
        tpy_decref(vm, exit);
        return NULL;
    }
    *exit_out = exit;
    return entered;
}

tpy_object *tpy_ev_with_exc_exit(tpy_vm *vm, tpy_object *exit, tpy_object *exc)
{
    tpy_object *tb = ((tpy_exc *)exc)->traceback;
    tpy_object *args[3] = {&tpy_type_of(exc)->ob, exc, tb ? tb : TPY_NONE};
    return tpy_call(vm, exit, args, 3, NULL);
}

/* ---- imports ------------------------------------------------------------------------------------------------ */

/* The import system is import.c; the spec constant is (level, fromlist). */
tpy_object *tpy_ev_import_name(tpy_vm *vm, tpy_frame *f, tpy_object *name, tpy_object *spec)
{
    tpy_object *level = spec && tpy_tuple_check(spec) ? tpy_tuple_get(spec, 0) : NULL;
    tpy_object *fromlist = spec && tpy_tuple_check(spec) ? tpy_tuple_get(spec, 1) : NULL;
    int64_t lv = 0;
    if (level && tpy_int_check(level) && tpy_int_to_i64(vm, level, &lv) < 0)
        return NULL;
    return tpy_import_name(vm, f->globals, name, fromlist, (long)lv);
}

tpy_object *tpy_ev_import_from(tpy_vm *vm, tpy_object *module, tpy_object *name)
{
    return tpy_import_from(vm, module, name);
}

int tpy_ev_import_star(tpy_vm *vm, tpy_frame *f, tpy_object *module)
{
    return tpy_import_star(vm, f, module);
}

int tpy_ev_setup_annotations(tpy_vm *vm, tpy_frame *f)
{
    tpy_object *ns = f->locals ? f->locals : f->globals;
    tpy_object *key = tpy_str_intern_c(vm, "__annotations__");
    if (!key)
        return -1;
    tpy_object *have = NULL;
    int r = tpy_dict_get_ref(vm, ns, key, &have);
    if (r == 0 && !have) {
        tpy_object *d = tpy_dict_new(vm);
        r = d ? tpy_dict_set(vm, ns, key, d) : -1;
        tpy_xdecref(vm, d);
    }
    tpy_decref(vm, key);
    return r < 0 ? -1 : 0;
}

tpy_object *tpy_ev_build_class(tpy_vm *vm, tpy_frame *f)
{
    tpy_object *v = tpy_dict_get_str(vm, f->builtins, vm->eval->s_build_class);
    if (v)
        return tpy_newref(v);
    return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                          "tierpy does not support class statements yet");
}

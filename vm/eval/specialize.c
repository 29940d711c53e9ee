/* vm/eval/specialize.c: PEP 659 in the register machine.
 *
 * A generic instruction that the loop runs calls in here with its
 * operands; when they are of a kind that has a faster form, the opcode
 * byte is rewritten in place (the operands and F stay) and the cache
 * words are filled:
 *
 *   ADD/SUB/MUL   two word ints → *_INT; two floats → *_FLOAT; ADD of two strs → ADD_STR
 *   ADDK/SUBK     a word int and an int constant → *K_INT
 *   COMPARE(K)    word ints → COMPARE(K)_INT; floats → COMPARE_FLOAT; str ==/!= → COMPARE_STR
 *   GETGLOBAL     found in globals → GETGLOBAL_MODULE; in builtins → GETGLOBAL_BUILTIN
 *                 (keyed on the dicts' key-set versions and the entry index)
 *   FORITER       a range or list iterator → FORITER_RANGE / FORITER_LIST;
 *                 a generator → FORITER_GEN (its frame runs in the caller's loop)
 *   CALL          a Python function taking exactly the positional arguments → CALL_PY;
 *                 a generator function (or coroutine function) taking them → CALL_GEN
 *   GETMETHOD     a method of a builtin (static, immutable) type → GETMETHOD_CACHED;
 *                 a Python function of a class, for its instances → GETMETHOD_INSTANCE
 *   GETATTR       an instance attribute kept in a values block → GETATTR_INSTANCE
 *   SETATTR       the same, stored → SETATTR_INSTANCE
 *
 * The instance forms key on the class's version (typecache.c: unique in
 * the VM, changed by anything that could change what the lookup finds,
 * so it names the class too) and on an index into its shared keys
 * (instvalues.h: append-only, so an index keeps its name).
 *
 * A specialized form checks its guess on every run (types, or the dict
 * versions: unique per VM, so a version also names its dict); operators
 * count misses in their cache word and go back to the generic form after
 * a few, the others go back at the first miss. The generic form tries
 * again later: its cache word counts down a back-off first. */
#include "abstract.h"
#include "eval_internal.h"
#include "gen.h"
#include "heaptype.h"
#include "types.h"
#include "vm.h"

#define BACKOFF 64   /* runs of a generic form between attempts after a failure */

static void set_op(tpy_instr *ip, unsigned op)
{
    *ip = (*ip & ~(tpy_instr)0xff) | op;
}

/* The cache word's back-off: true when this run may try to specialize. */
static bool may_try(tpy_instr *ip)
{
    if (ip[1] == 0)
        return true;
    ip[1]--;
    return false;
}

void tpy_despecialize(tpy_instr *ip, unsigned generic_op)
{
    set_op(ip, generic_op);
    ip[1] = BACKOFF;
}

static bool word_int(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_int_type && ((const tpy_var_object *)o)->size == 0;
}

static bool exact_float(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_float_type;
}

static bool exact_str(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_str_type;
}

void tpy_specialize_binary(tpy_instr *ip, tpy_object *a, tpy_object *b)
{
    if (!may_try(ip))
        return;
    unsigned op = TPY_I_OP(*ip), to = 0;
    /* Floats, or a float with a word int (the float forms convert it). */
    bool ints = word_int(a) && word_int(b),
         floats = (exact_float(a) || exact_float(b)) && (exact_float(a) || word_int(a))
                  && (exact_float(b) || word_int(b));
    switch (op) {
    case TPY_OP_ADD:
        to = ints ? TPY_OP_ADD_INT : floats ? TPY_OP_ADD_FLOAT
             : exact_str(a) && exact_str(b) ? TPY_OP_ADD_STR : 0;
        break;
    case TPY_OP_SUB: to = ints ? TPY_OP_SUB_INT : floats ? TPY_OP_SUB_FLOAT : 0; break;
    case TPY_OP_MUL: to = ints ? TPY_OP_MUL_INT : floats ? TPY_OP_MUL_FLOAT : 0; break;
    case TPY_OP_ADDK: to = ints ? TPY_OP_ADDK_INT : 0; break;
    case TPY_OP_SUBK: to = ints ? TPY_OP_SUBK_INT : 0; break;
    default: break;
    }
    if (to) {
        set_op(ip, to);
        ip[1] = 0;   /* now the miss counter */
    } else {
        ip[1] = BACKOFF;
    }
}

void tpy_specialize_compare(tpy_instr *ip, tpy_object *a, tpy_object *b)
{
    if (!may_try(ip))
        return;
    unsigned op = TPY_I_OP(*ip), sel = TPY_F_SEL(TPY_I_F(*ip)), to = 0;
    if (word_int(a) && word_int(b))
        to = op == TPY_OP_COMPARE ? TPY_OP_COMPARE_INT : TPY_OP_COMPAREK_INT;
    else if (op == TPY_OP_COMPARE && exact_float(a) && exact_float(b))
        to = TPY_OP_COMPARE_FLOAT;
    else if (op == TPY_OP_COMPARE && exact_str(a) && exact_str(b)
             && (sel == TPY_CMP_EQ || sel == TPY_CMP_NE))
        to = TPY_OP_COMPARE_STR;
    if (to) {
        set_op(ip, to);
        ip[1] = 0;
    } else {
        ip[1] = BACKOFF;
    }
}

void tpy_specialize_getglobal(tpy_vm *vm, tpy_instr *ip, tpy_frame *f, tpy_object *name)
{
    if (!may_try(ip))
        return;
    tpy_dict *g = (tpy_dict *)f->globals, *b = (tpy_dict *)f->builtins;
    if (tpy_type_of(&g->ob) != &tpy_dict_type || tpy_type_of(&b->ob) != &tpy_dict_type
        || tpy_type_of(name) != &tpy_str_type) {
        ip[1] = BACKOFF;
        return;
    }
    /* Key-set versions, not dict versions: storing a global (a module-level
     * loop does it every turn) replaces a value and keeps the caches. */
    intptr_t ix = tpy_dict_index_str(vm, &g->ob, name);
    if (ix >= 0 && g->keys->kversion) {
        set_op(ip, TPY_OP_GETGLOBAL_MODULE);
        ip[1] = g->keys->kversion;
        ip[2] = (tpy_instr)ix;
        return;
    }
    intptr_t bx = ix < 0 ? tpy_dict_index_str(vm, &b->ob, name) : -1;
    if (bx >= 0 && g->keys && g->keys->kversion && b->keys->kversion) {
        set_op(ip, TPY_OP_GETGLOBAL_BUILTIN);
        ip[1] = (tpy_instr)g->keys->kversion << 32 | b->keys->kversion;
        ip[2] = (tpy_instr)bx;
        return;
    }
    ip[1] = BACKOFF;
}

void tpy_specialize_foriter(tpy_instr *ip, tpy_object *it)
{
    if (!may_try(ip))
        return;
    if (tpy_type_of(it) == &tpy_range_iter_type)
        set_op(ip, TPY_OP_FORITER_RANGE);
    else if (tpy_type_of(it) == &tpy_list_iter_type)
        set_op(ip, TPY_OP_FORITER_LIST);
    else if (tpy_type_of(it) == &tpy_generator_type)
        set_op(ip, TPY_OP_FORITER_GEN);
    else
        ip[1] = BACKOFF;
}

void tpy_specialize_call(tpy_instr *ip, tpy_object *callee, unsigned nargs, unsigned kw)
{
    if (!may_try(ip))
        return;
    if (!kw && tpy_function_check(callee)) {
        tpy_codeobj *co = ((tpy_function *)callee)->code;
        if (co->argcount == nargs && co->kwonlyargcount == 0
            && !(co->flags & (TPY_CO_VARARGS | TPY_CO_VARKEYWORDS | TPY_CO_GENERATOR
                              | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR))) {
            set_op(ip, TPY_OP_CALL_PY);
            return;
        }
        if (tpy_gen_call_simple((tpy_function *)callee, nargs)) {
            set_op(ip, TPY_OP_CALL_GEN);
            return;
        }
    }
    ip[1] = BACKOFF;
}

void tpy_specialize_getmethod(tpy_instr *ip, tpy_object *obj, tpy_object *const *found)
{
    if (!may_try(ip))
        return;
    /* A builtin type's attributes never change, so (type, method) is a
     * fact for the VM's life; the type's dict keeps the method alive. */
    tpy_type *t = tpy_type_of(obj);
    if (found[1] == obj && !(t->flags & TPY_TF_HEAPTYPE) && (t->flags & TPY_TF_IMMUTABLE)
        && t->getattr == tpy_generic_getattr && tpy_type_of(found[0]) == &tpy_method_descr_type) {
        set_op(ip, TPY_OP_GETMETHOD_CACHED);
        ip[1] = (tpy_instr)(uintptr_t)t;
        ip[2] = (tpy_instr)(uintptr_t)found[0];
        return;
    }
    ip[1] = BACKOFF;
}

/* An instance whose class uses object's own attribute protocol, with a
 * version and a plain __dict__ slot (no var-size layout): the kind the
 * instance forms handle. */
static tpy_type *plain_instance_type(tpy_object *obj, bool setting)
{
    tpy_type *t = tpy_type_of(obj);
    if (!tpy_is_heaptype(t) || t->version == 0 || (t->flags & TPY_TF_VAR_DICT))
        return NULL;
    if (setting ? t->setattr != tpy_object_setattribute : t->getattr != tpy_object_getattribute)
        return NULL;
    return t;
}

/* The shared-keys index of `name` when `obj` keeps it in a values block
 * and no data descriptor of the class takes precedence; else -1. */
static int values_index(tpy_vm *vm, tpy_type *t, tpy_object *obj, tpy_object *name)
{
    if (!t->dict_offset || tpy_type_of(name) != &tpy_str_type)
        return -1;
    tpy_object *slot = *(tpy_object **)((char *)obj + t->dict_offset);
    if (!slot || !tpy_slot_is_values(slot))
        return -1;
    tpy_object *descr = tpy_type_lookup(vm, t, name);
    if (descr && tpy_type_of(descr)->descr_set)
        return -1;
    int ix = tpy_shared_keys_index(&((tpy_heaptype *)t)->keys, name);
    return ix >= 0 && ix < tpy_slot_values(slot)->cap ? ix : -1;
}

void tpy_specialize_getattr(tpy_vm *vm, tpy_instr *ip, tpy_object *obj, tpy_object *name)
{
    if (!may_try(ip))
        return;
    tpy_type *t = plain_instance_type(obj, false);
    int ix = t ? values_index(vm, t, obj, name) : -1;
    if (ix >= 0) {
        set_op(ip, TPY_OP_GETATTR_INSTANCE);
        ip[1] = t->version;
        ip[2] = (tpy_instr)ix;
        return;
    }
    ip[1] = BACKOFF;
}

void tpy_specialize_setattr(tpy_vm *vm, tpy_instr *ip, tpy_object *obj, tpy_object *name)
{
    if (!may_try(ip))
        return;
    tpy_type *t = plain_instance_type(obj, true);
    int ix = t ? values_index(vm, t, obj, name) : -1;
    if (ix >= 0) {
        set_op(ip, TPY_OP_SETATTR_INSTANCE);
        ip[1] = t->version;
        ip[2] = (tpy_instr)ix;
        return;
    }
    ip[1] = BACKOFF;
}

/* A Python function found on the class of a plain instance that cannot
 * shadow it: its values block cannot hold the name (not among the shared
 * keys; a new key changes the version), and a dict would be checked. */
static bool instance_method(tpy_vm *vm, tpy_object *obj, tpy_object *name, tpy_object *fn)
{
    tpy_type *t = plain_instance_type(obj, false);
    if (!t || !tpy_function_check(fn) || tpy_type_lookup(vm, t, name) != fn)
        return false;
    if (!t->dict_offset)
        return true;
    tpy_object *slot = *(tpy_object **)((char *)obj + t->dict_offset);
    return (!slot || tpy_slot_is_values(slot)) && tpy_type_of(name) == &tpy_str_type
           && tpy_shared_keys_index(&((tpy_heaptype *)t)->keys, name) < 0;
}

void tpy_specialize_getmethod_instance(tpy_vm *vm, tpy_instr *ip, tpy_object *obj,
                                       tpy_object *name, tpy_object *const *found)
{
    if (!may_try(ip))
        return;
    if (found[1] == obj && instance_method(vm, obj, name, found[0])) {
        set_op(ip, TPY_OP_GETMETHOD_INSTANCE);
        ip[1] = tpy_type_of(obj)->version;
        ip[2] = (tpy_instr)(uintptr_t)found[0];   /* borrowed: the version guards it */
        return;
    }
    ip[1] = BACKOFF;
}

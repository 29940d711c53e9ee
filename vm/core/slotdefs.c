/* vm/core/slotdefs.c: the C slots of a class that defines dunder methods
 * in Python. One table maps each dunder name to the slot it fills (as
 * CPython's slotdefs); each filled slot is a trampoline that looks the
 * method up on the object's type and calls it, so assigning C.__add__
 * later takes effect at once. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- calling the method ------------------------------------------------------------ */

/* type(o).<name> bound to o (borrowed lookup, new reference), or NULL
 * without an exception when the MRO has no such attribute. */
static tpy_object *bound_special(tpy_vm *vm, tpy_object *o, const char *name)
{
    tpy_object *key = tpy_str_intern_static(vm, name);
    if (!key)
        return NULL;
    tpy_type *t = tpy_type_of(o);
    tpy_object *f = tpy_type_lookup(vm, t, key);
    if (!f)
        return NULL;
    tpy_type *ft = tpy_type_of(f);
    return ft->descr_get ? ft->descr_get(vm, f, o, &t->ob) : tpy_newref(f);
}

/* type(o).<name>(o, *args) for a Python function, without a bound
 * method; NULL with `*done` false when the method is of another kind. */
static tpy_object *call_unbound(tpy_vm *vm, tpy_object *o, const char *name,
                                tpy_object *const *args, size_t nargs, tpy_object *kwnames,
                                bool *done)
{
    *done = false;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    tpy_object *buf[8];
    tpy_object *key = tpy_str_intern_static(vm, name);
    if (!key || nargs + nkw + 1 > 8)
        return NULL;
    tpy_object *f = tpy_type_lookup(vm, tpy_type_of(o), key);
    if (!f || !tpy_type_has(tpy_type_of(f), TPY_TF_METHOD_DESCR))
        return NULL;
    *done = true;
    buf[0] = o;
    if (nargs + nkw)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof *buf);
    tpy_incref(f);   /* the call may replace the class attribute */
    tpy_object *r = tpy_call(vm, f, buf, nargs + 1, kwnames);
    tpy_decref(vm, f);
    return r;
}

static tpy_object *call_kw(tpy_vm *vm, tpy_object *o, const char *name, tpy_object *const *args,
                           size_t nargs, tpy_object *kwnames, bool *missing)
{
    *missing = false;
    bool done;
    tpy_object *r = call_unbound(vm, o, name, args, nargs, kwnames, &done);
    if (done)
        return r;
    tpy_object *m = bound_special(vm, o, name);
    if (!m) {
        if (!tpy_err_occurred(vm)) {
            *missing = true;
            tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%s'",
                           tpy_type_of(o)->name, name);
        }
        return NULL;
    }
    r = tpy_call(vm, m, args, nargs, kwnames);
    tpy_decref(vm, m);
    return r;
}

tpy_object *tpy_call_special(tpy_vm *vm, tpy_object *o, const char *name,
                             tpy_object *const *args, size_t nargs, bool *missing)
{
    return call_kw(vm, o, name, args, nargs, NULL, missing);
}

/* A binary dunder: NotImplemented when the type does not define it. */
static tpy_object *call_opt(tpy_vm *vm, tpy_object *o, const char *name, tpy_object *arg)
{
    bool missing;
    tpy_object *r = call_kw(vm, o, name, &arg, arg ? 1 : 0, NULL, &missing);
    if (!r && missing) {
        tpy_err_clear(vm);
        return TPY_NOT_IMPLEMENTED;
    }
    return r;
}

static tpy_object *call0(tpy_vm *vm, tpy_object *o, const char *name)
{
    bool missing;
    return call_kw(vm, o, name, NULL, 0, NULL, &missing);
}

/* ---- object slots ------------------------------------------------------------------ */

static tpy_object *slot_repr(tpy_vm *vm, tpy_object *o)
{
    return call0(vm, o, "__repr__");
}

static tpy_object *slot_str(tpy_vm *vm, tpy_object *o)
{
    return call0(vm, o, "__str__");
}

static tpy_hash_t slot_hash(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = call0(vm, o, "__hash__");
    if (!r)
        return -1;
    if (!tpy_int_check(r)) {
        tpy_decref(vm, r);
        tpy_err_set(vm, &tpy_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* A result that fits a machine word is the hash as it is (CPython's
     * slot_tp_hash); a bigger one is reduced as hash(int) would. */
    int64_t v;
    tpy_hash_t h;
    if (tpy_int_to_i64(vm, r, &v) == 0) {
        h = (tpy_hash_t)v;
    } else {
        tpy_err_clear(vm);
        h = tpy_int_hash(vm, r);
    }
    tpy_decref(vm, r);
    return h == -1 && !tpy_err_occurred(vm) ? -2 : h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
                                        "__ge__"};

static tpy_object *slot_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    tpy_object *r = call_opt(vm, a, cmp_names[op], b);
    if (r != TPY_NOT_IMPLEMENTED)
        return r;
    /* Not defined in Python: the builtin base's comparison (list, ...). */
    tpy_type *t = tpy_type_of(a);
    tpy_type *s = tpy_is_heaptype(t) ? ((tpy_heaptype *)t)->solid : t;
    if (s->richcompare && s != &tpy_object_type)
        return s->richcompare(vm, a, b, op);
    return TPY_NOT_IMPLEMENTED;
}

static bool defined(tpy_vm *vm, tpy_type *t, const char *name)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    bool r = key && tpy_type_lookup(vm, t, key);
    tpy_xdecref(vm, key);
    return r;
}

static bool is_attr_error(tpy_vm *vm)
{
    return tpy_err_matches(vm, &tpy_exc_AttributeError);
}

static tpy_object *slot_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_type *t = tpy_type_of(o);
    tpy_object *r;
    bool missing;
    if (defined(vm, t, "__getattribute__"))
        r = call_kw(vm, o, "__getattribute__", &name, 1, NULL, &missing);
    else
        r = tpy_object_getattribute(vm, o, name);
    if (r || !is_attr_error(vm) || !defined(vm, t, "__getattr__"))
        return r;
    tpy_err_clear(vm);
    return call_kw(vm, o, "__getattr__", &name, 1, NULL, &missing);
}

static int slot_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    tpy_type *t = tpy_type_of(o);
    const char *m = value ? "__setattr__" : "__delattr__";
    if (!defined(vm, t, m))
        return tpy_object_setattribute(vm, o, name, value);
    tpy_object *args[2] = {name, value};
    bool missing;
    tpy_object *r = call_kw(vm, o, m, args, value ? 2 : 1, NULL, &missing);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

static tpy_object *slot_call(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    bool missing;
    return call_kw(vm, o, "__call__", args, nargs, kwnames, &missing);
}

static tpy_object *slot_iter(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = bound_special(vm, o, "__iter__");
    if (!r) {
        if (!tpy_err_occurred(vm))
            tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not iterable",
                           tpy_type_of(o)->name);
        return NULL;
    }
    if (r == TPY_NONE) {
        tpy_decref(vm, r);
        return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not iterable",
                              tpy_type_of(o)->name);
    }
    tpy_object *it = tpy_call(vm, r, NULL, 0, NULL);
    tpy_decref(vm, r);
    if (it && !tpy_type_of(it)->next) {
        tpy_err_format(vm, &tpy_exc_TypeError, "iter() returned non-iterator of type '%s'",
                       tpy_type_of(it)->name);
        tpy_decref(vm, it);
        return NULL;
    }
    return it;
}

static tpy_object *slot_next(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = call0(vm, o, "__next__");
    if (!r && tpy_err_matches(vm, &tpy_exc_StopIteration))
        tpy_err_clear(vm);
    return r;
}

static tpy_object *slot_descr_get(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *type)
{
    tpy_object *args[2] = {obj ? obj : TPY_NONE, type ? type : TPY_NONE};
    bool missing;
    return call_kw(vm, d, "__get__", args, 2, NULL, &missing);
}

static int slot_descr_set(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *value)
{
    tpy_object *args[2] = {obj, value};
    bool missing;
    tpy_object *r = call_kw(vm, d, value ? "__set__" : "__delete__", args, value ? 2 : 1, NULL,
                            &missing);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

static tpy_object *slot_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    tpy_object *key = tpy_str_intern_c(vm, "__new__");
    tpy_object *f = key ? tpy_type_lookup(vm, t, key) : NULL;
    tpy_xdecref(vm, key);
    if (!f)
        return tpy_err_format(vm, &tpy_exc_TypeError, "cannot create '%s' instances", t->name);
    tpy_type *ft = tpy_type_of(f);
    tpy_object *fn = ft->descr_get ? ft->descr_get(vm, f, NULL, &t->ob) : tpy_newref(f);
    if (!fn)
        return NULL;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0, n = nargs + nkw;
    tpy_object *small[16], **argv = n + 1 <= 16 ? small : tpy_vm_malloc(vm, (n + 1) * sizeof *argv);
    tpy_object *r = NULL;
    if (argv) {
        argv[0] = &t->ob;
        memcpy(argv + 1, args, n * sizeof *argv);
        r = tpy_call(vm, fn, argv, nargs + 1, kwnames);
        if (argv != small)
            tpy_vm_free(vm, argv);
    }
    tpy_decref(vm, fn);
    return r;
}

static int slot_init(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                     tpy_object *kwnames)
{
    bool missing;
    tpy_object *r = call_kw(vm, o, "__init__", args, nargs, kwnames, &missing);
    if (!r)
        return -1;
    if (r != TPY_NONE) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__init__() should return None, not '%s'",
                       tpy_type_of(r)->name);
        tpy_decref(vm, r);
        return -1;
    }
    return 0;
}

static void slot_finalize(tpy_vm *vm, tpy_object *o)
{
    if (!vm->eval)
        return;   /* the VM's last collection, after the runtime: no Python code runs */
    bool missing;
    tpy_object *r = call_kw(vm, o, "__del__", NULL, 0, NULL, &missing);
    /* tpy_gc_call_finalizer reports an exception left here as unraisable. */
    tpy_xdecref(vm, r);
}

/* ---- numbers ------------------------------------------------------------------------ */

/* Static storage: the trampolines' names are looked up by address
 * (tpy_str_intern_static). */
static const char *const fwd_names[TPY_OP_COUNT] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__",
    "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__", "__divmod__"};
static const char *const rev_names[TPY_OP_COUNT] = {
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__",
    "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__rdivmod__"};
static const char *const inplace_names[TPY_OP_COUNT] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__",
    "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__",
    "__idivmod__"};

/* CPython's SLOT1BINFULL: the same trampoline serves both operands. */
static tpy_object *binary_common(tpy_vm *vm, enum tpy_binop op, tpy_binaryfn self, tpy_object *a,
                                 tpy_object *b)
{
    const char *fwd = fwd_names[op], *rev = rev_names[op];
    tpy_type *ta = tpy_type_of(a), *tb = tpy_type_of(b);
    bool a_has = ta->number && ta->number->binary[op] == self;
    bool b_has = ta != tb && tb->number && tb->number->binary[op] == self;
    if (a_has) {
        if (b_has && tpy_type_is_subtype(tb, ta) && defined(vm, tb, rev)) {
            tpy_object *r = call_opt(vm, b, rev, a);
            if (r != TPY_NOT_IMPLEMENTED)
                return r;
            b_has = false;
        }
        tpy_object *r = call_opt(vm, a, fwd, b);
        if (r != TPY_NOT_IMPLEMENTED || ta == tb)
            return r;
    }
    if (b_has)
        return call_opt(vm, b, rev, a);
    return TPY_NOT_IMPLEMENTED;
}

static tpy_object *inplace_common(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    return call_opt(vm, a, inplace_names[op], b);
}

#define BINSLOT(OP)                                                                     \
    static tpy_object *bin_##OP(tpy_vm *vm, tpy_object *a, tpy_object *b)               \
    {                                                                                   \
        return binary_common(vm, TPY_OP_##OP, bin_##OP, a, b);                          \
    }                                                                                   \
    static tpy_object *inp_##OP(tpy_vm *vm, tpy_object *a, tpy_object *b)               \
    {                                                                                   \
        return inplace_common(vm, TPY_OP_##OP, a, b);                                   \
    }
BINSLOT(ADD) BINSLOT(AND) BINSLOT(FLOORDIV) BINSLOT(LSHIFT) BINSLOT(MATMUL) BINSLOT(MUL)
BINSLOT(MOD) BINSLOT(OR) BINSLOT(POW) BINSLOT(RSHIFT) BINSLOT(SUB) BINSLOT(TRUEDIV)
BINSLOT(XOR) BINSLOT(DIVMOD)

static const tpy_binaryfn bin_slots[TPY_OP_COUNT] = {
    bin_ADD, bin_AND, bin_FLOORDIV, bin_LSHIFT, bin_MATMUL, bin_MUL, bin_MOD, bin_OR, bin_POW,
    bin_RSHIFT, bin_SUB, bin_TRUEDIV, bin_XOR, bin_DIVMOD};
static const tpy_binaryfn inp_slots[TPY_OP_COUNT] = {
    inp_ADD, inp_AND, inp_FLOORDIV, inp_LSHIFT, inp_MATMUL, inp_MUL, inp_MOD, inp_OR, inp_POW,
    inp_RSHIFT, inp_SUB, inp_TRUEDIV, inp_XOR, inp_DIVMOD};

/* pow(a, b, mod): only a's own __pow__(b, mod) is tried (three-argument
 * power never calls __rpow__), so another operand's slot declines. */
static tpy_object *slot_ternary_pow(tpy_vm *vm, tpy_object *a, tpy_object *b, tpy_object *mod)
{
    const tpy_number_slots *n = tpy_type_of(a)->number;
    if (!n || n->ternary_pow != slot_ternary_pow)
        return TPY_NOT_IMPLEMENTED;
    bool missing;
    tpy_object *const args[2] = {b, mod};
    tpy_object *r = call_kw(vm, a, "__pow__", args, 2, NULL, &missing);
    if (!r && missing) {
        tpy_err_clear(vm);
        return TPY_NOT_IMPLEMENTED;
    }
    return r;
}

static tpy_object *slot_neg(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__neg__"); }
static tpy_object *slot_pos(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__pos__"); }
static tpy_object *slot_invert(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__invert__"); }
static tpy_object *slot_abs(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__abs__"); }
static tpy_object *slot_int(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__int__"); }
static tpy_object *slot_float(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__float__"); }
static tpy_object *slot_index(tpy_vm *vm, tpy_object *o) { return call0(vm, o, "__index__"); }

static int slot_bool(tpy_vm *vm, tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    if (!defined(vm, t, "__bool__")) {
        if (!defined(vm, t, "__len__"))
            return 1;
        intptr_t n = tpy_len(vm, o);
        return n < 0 ? -1 : n > 0;
    }
    tpy_object *r = call0(vm, o, "__bool__");
    if (!r)
        return -1;
    if (r != TPY_TRUE && r != TPY_FALSE) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__bool__ should return bool, returned %s",
                       tpy_type_of(r)->name);
        tpy_decref(vm, r);
        return -1;
    }
    return r == TPY_TRUE;
}

/* ---- containers ------------------------------------------------------------------- */

static intptr_t slot_len(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = call0(vm, o, "__len__");
    if (!r)
        return -1;
    if (!tpy_has_index(r)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       tpy_type_of(r)->name);
        tpy_decref(vm, r);
        return -1;
    }
    intptr_t n = tpy_index_ssize(vm, r, &tpy_exc_OverflowError);
    tpy_decref(vm, r);
    if (n < 0 && !tpy_err_occurred(vm)) {
        tpy_err_set(vm, &tpy_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static tpy_object *slot_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    bool missing;
    return call_kw(vm, o, "__getitem__", &key, 1, NULL, &missing);
}

/* dict subclasses: a missing key goes to __missing__ (dict.__getitem__'s rule). */
static tpy_object *slot_dict_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_object *r = tpy_dict_type.container->getitem(vm, o, key);
    if (r || !tpy_err_matches(vm, &tpy_exc_KeyError) || !defined(vm, tpy_type_of(o), "__missing__"))
        return r;
    tpy_err_clear(vm);
    bool missing;
    return call_kw(vm, o, "__missing__", &key, 1, NULL, &missing);
}

static int slot_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    tpy_object *args[2] = {key, value};
    bool missing;
    tpy_object *r = call_kw(vm, o, value ? "__setitem__" : "__delitem__", args, value ? 2 : 1,
                            NULL, &missing);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

static int slot_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    bool missing;
    tpy_object *r = call_kw(vm, o, "__contains__", &item, 1, NULL, &missing);
    if (!r)
        return -1;
    int t = tpy_is_true(vm, r);
    tpy_decref(vm, r);
    return t;
}

/* ---- the table ---------------------------------------------------------------------- */

/* Defined in Python: the first class of the MRO whose dict has the name
 * is a heap type (a builtin's own entry keeps the builtin slot). */
static bool python_defined(tpy_vm *vm, tpy_type *t, const char *name)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    if (!key) {
        tpy_err_clear(vm);
        return false;
    }
    bool r = false;
    for (intptr_t i = 0; i < tpy_tuple_len(t->mro); i++) {
        tpy_type *b = (tpy_type *)tpy_tuple_get(t->mro, i);
        tpy_object *d = tpy_type_dict(vm, b);
        if (d && tpy_dict_get_str(vm, d, key)) {
            r = tpy_is_heaptype(b);
            break;
        }
    }
    tpy_decref(vm, key);
    return r;
}

static tpy_hash_t hash_none(tpy_vm *vm, tpy_object *o)
{
    return tpy_hash_unhashable(vm, o);
}

static void update_numbers(tpy_vm *vm, tpy_heaptype *h)
{
    tpy_type *t = &h->type;
    for (int op = 0; op < TPY_OP_COUNT; op++) {
        bool fwd = python_defined(vm, t, fwd_names[op]);
        if (fwd || python_defined(vm, t, rev_names[op]))
            h->number.binary[op] = bin_slots[op];
        if (python_defined(vm, t, inplace_names[op]))
            h->number.inplace[op] = inp_slots[op];
    }
    if (python_defined(vm, t, "__pow__"))
        h->number.ternary_pow = slot_ternary_pow;
    static const struct { const char *name; size_t off; tpy_unaryfn fn; } un[] = {
        {"__neg__", offsetof(tpy_number_slots, neg), slot_neg},
        {"__pos__", offsetof(tpy_number_slots, pos), slot_pos},
        {"__invert__", offsetof(tpy_number_slots, invert), slot_invert},
        {"__abs__", offsetof(tpy_number_slots, abs), slot_abs},
        {"__int__", offsetof(tpy_number_slots, to_int), slot_int},
        {"__float__", offsetof(tpy_number_slots, to_float), slot_float},
        {"__index__", offsetof(tpy_number_slots, index), slot_index},
    };
    for (size_t i = 0; i < sizeof un / sizeof un[0]; i++)
        if (python_defined(vm, t, un[i].name))
            memcpy((char *)&h->number + un[i].off, &un[i].fn, sizeof(tpy_unaryfn));
    if (python_defined(vm, t, "__bool__") || python_defined(vm, t, "__len__"))
        h->number.to_bool = slot_bool;
}

static void update_containers(tpy_vm *vm, tpy_heaptype *h)
{
    tpy_type *t = &h->type;
    if (python_defined(vm, t, "__len__"))
        h->container.len = slot_len;
    if (python_defined(vm, t, "__getitem__"))
        h->container.getitem = slot_getitem;
    else if (h->solid == &tpy_dict_type && python_defined(vm, t, "__missing__"))
        h->container.getitem = slot_dict_getitem;
    if (python_defined(vm, t, "__setitem__") || python_defined(vm, t, "__delitem__"))
        h->container.setitem = slot_setitem;
    if (python_defined(vm, t, "__contains__"))
        h->container.contains = slot_contains;
}

void tpy_slots_update(tpy_vm *vm, tpy_type *t, tpy_object *name)
{
    (void)name;   /* every slot is re-derived: cheap next to a class body */
    if (!tpy_is_heaptype(t))
        return;
    tpy_heaptype *h = (tpy_heaptype *)t;
    if (python_defined(vm, t, "__repr__"))
        t->repr = slot_repr;
    if (python_defined(vm, t, "__str__"))
        t->str = slot_str;
    else if (t->repr == slot_repr && t->str == h->solid->repr)
        t->str = tpy_object_type.str;   /* int, float: str is repr, so the new __repr__ */
    tpy_object *key = tpy_str_intern_c(vm, "__hash__");
    tpy_object *hv = key ? tpy_type_lookup(vm, t, key) : NULL;
    tpy_xdecref(vm, key);
    if (hv == TPY_NONE)
        t->hash = hash_none;
    else if (python_defined(vm, t, "__hash__"))
        t->hash = slot_hash;
    for (int op = 0; op < 6; op++)
        if (python_defined(vm, t, cmp_names[op]))
            t->richcompare = slot_richcompare;
    if (python_defined(vm, t, "__getattribute__") || python_defined(vm, t, "__getattr__"))
        t->getattr = slot_getattr;
    if (python_defined(vm, t, "__setattr__") || python_defined(vm, t, "__delattr__"))
        t->setattr = slot_setattr;
    if (python_defined(vm, t, "__call__"))
        t->call = slot_call;
    if (python_defined(vm, t, "__iter__"))
        t->iter = slot_iter;
    else if (!t->iter && python_defined(vm, t, "__getitem__"))
        t->iter = tpy_getitem_iter_new;
    if (python_defined(vm, t, "__next__"))
        t->next = slot_next;
    if (python_defined(vm, t, "__get__"))
        t->descr_get = slot_descr_get;
    if (python_defined(vm, t, "__set__") || python_defined(vm, t, "__delete__"))
        t->descr_set = slot_descr_set;
    if (python_defined(vm, t, "__new__"))
        t->new_ = slot_new;
    if (python_defined(vm, t, "__init__"))
        t->init = slot_init;
    if (python_defined(vm, t, "__del__"))
        t->finalize = slot_finalize;
    update_numbers(vm, h);
    update_containers(vm, h);
}

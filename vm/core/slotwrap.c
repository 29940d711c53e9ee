/* vm/core/slotwrap.c: the special methods of builtin types, seen from
 * Python (CPython's slot wrappers).
 *
 * slotdefs.c goes from a class's dunder methods to its C slots; this file
 * goes the other way for the builtin types: each C slot a type fills
 * itself (not inherited from its base) appears in the type's dict as a
 * `wrapper_descriptor` named after the dunder, so `list.__len__`,
 * `int.__add__(1, 2)` and `(5).__abs__()` work. Bound to an instance it
 * is a `method-wrapper`. A call goes straight to the owner's C slot. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "slotwrap.h"
#include "types.h"
#include "vm.h"

/* What a wrapper does with its arguments, one kind per C slot shape. */
enum wkind {
    W_REPR, W_STR, W_HASH, W_CMP, W_CALL, W_ITER, W_NEXT, W_GET, W_SET, W_DELETE,
    W_BIN, W_RBIN, W_INPLACE, W_NEG, W_POS, W_INVERT, W_ABS, W_INT, W_FLOAT, W_INDEX, W_BOOL,
    W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS,
    W_CONCAT, W_REPEAT, W_RREPEAT, W_ICONCAT, W_IREPEAT,
};

typedef struct wrapdef {
    const char *name;
    unsigned char kind;
    unsigned char op;   /* W_CMP: enum tpy_cmp; W_BIN...: enum tpy_binop */
} wrapdef;

#define BIN(n, OP) {"__" n "__", W_BIN, OP}, {"__r" n "__", W_RBIN, OP}
#define BIN_I(n, OP) BIN(n, OP), {"__i" n "__", W_INPLACE, OP}

/* In CPython's order of precedence: a name already in the dict (a method
 * of the type, or an earlier row) is left alone, so the number slots win
 * over the sequence ones. */
static const wrapdef wrapdefs[] = {
    {"__repr__", W_REPR, 0}, {"__str__", W_STR, 0}, {"__hash__", W_HASH, 0},
    {"__lt__", W_CMP, TPY_LT}, {"__le__", W_CMP, TPY_LE}, {"__eq__", W_CMP, TPY_EQ},
    {"__ne__", W_CMP, TPY_NE}, {"__gt__", W_CMP, TPY_GT}, {"__ge__", W_CMP, TPY_GE},
    {"__call__", W_CALL, 0}, {"__iter__", W_ITER, 0}, {"__next__", W_NEXT, 0},
    {"__get__", W_GET, 0}, {"__set__", W_SET, 0}, {"__delete__", W_DELETE, 0},
    BIN_I("add", TPY_OP_ADD), BIN_I("sub", TPY_OP_SUB), BIN_I("mul", TPY_OP_MUL),
    BIN_I("truediv", TPY_OP_TRUEDIV), BIN_I("floordiv", TPY_OP_FLOORDIV),
    BIN_I("mod", TPY_OP_MOD), BIN("divmod", TPY_OP_DIVMOD), BIN_I("pow", TPY_OP_POW),
    BIN_I("lshift", TPY_OP_LSHIFT), BIN_I("rshift", TPY_OP_RSHIFT), BIN_I("and", TPY_OP_AND),
    BIN_I("xor", TPY_OP_XOR), BIN_I("or", TPY_OP_OR), BIN_I("matmul", TPY_OP_MATMUL),
    {"__neg__", W_NEG, 0}, {"__pos__", W_POS, 0}, {"__invert__", W_INVERT, 0},
    {"__abs__", W_ABS, 0}, {"__int__", W_INT, 0}, {"__float__", W_FLOAT, 0},
    {"__index__", W_INDEX, 0}, {"__bool__", W_BOOL, 0},
    {"__len__", W_LEN, 0}, {"__getitem__", W_GETITEM, 0}, {"__setitem__", W_SETITEM, 0},
    {"__delitem__", W_DELITEM, 0}, {"__contains__", W_CONTAINS, 0},
    {"__add__", W_CONCAT, 0}, {"__mul__", W_REPEAT, 0}, {"__rmul__", W_RREPEAT, 0},
    {"__iadd__", W_ICONCAT, 0}, {"__imul__", W_IREPEAT, 0},
};

/* ---- which slot a row wraps ------------------------------------------------------------ */

typedef void (*anyfn)(void);   /* any slot, only compared */

static anyfn number_fn(const tpy_number_slots *n, const wrapdef *w)
{
    if (!n)
        return NULL;
    switch (w->kind) {
    case W_BIN: case W_RBIN: return (anyfn)n->binary[w->op];
    case W_INPLACE: return (anyfn)n->inplace[w->op];
    case W_NEG: return (anyfn)n->neg;
    case W_POS: return (anyfn)n->pos;
    case W_INVERT: return (anyfn)n->invert;
    case W_ABS: return (anyfn)n->abs;
    case W_INT: return (anyfn)n->to_int;
    case W_FLOAT: return (anyfn)n->to_float;
    case W_INDEX: return (anyfn)n->index;
    case W_BOOL: return (anyfn)n->to_bool;
    default: return NULL;
    }
}

static anyfn container_fn(const tpy_container_slots *c, const wrapdef *w)
{
    if (!c)
        return NULL;
    switch (w->kind) {
    case W_LEN: return (anyfn)c->len;
    case W_GETITEM: return (anyfn)c->getitem;
    case W_SETITEM: case W_DELITEM: return (anyfn)c->setitem;
    case W_CONTAINS: return (anyfn)c->contains;
    case W_CONCAT: return (anyfn)c->concat;
    case W_REPEAT: case W_RREPEAT: return (anyfn)c->repeat;
    case W_ICONCAT: return (anyfn)c->inplace_concat;
    case W_IREPEAT: return (anyfn)c->inplace_repeat;
    default: return NULL;
    }
}

static anyfn slot_fn(const tpy_type *t, const wrapdef *w)
{
    switch (w->kind) {
    case W_REPR: return (anyfn)t->repr;
    case W_STR: return (anyfn)t->str;
    case W_HASH: return (anyfn)t->hash;
    case W_CMP: return (anyfn)t->richcompare;
    case W_CALL: return (anyfn)t->call;
    case W_ITER: return (anyfn)t->iter;
    case W_NEXT: return (anyfn)t->next;
    case W_GET: return (anyfn)t->descr_get;
    case W_SET: case W_DELETE: return (anyfn)t->descr_set;
    default: break;
    }
    anyfn f = number_fn(t->number, w);
    return f ? f : container_fn(t->container, w);
}

/* ---- calling a slot --------------------------------------------------------------------- */

static tpy_object *want_args(tpy_vm *vm, size_t nargs, size_t n)
{
    return tpy_err_format(vm, &tpy_exc_TypeError, "expected %d argument%s, got %d", (int)n,
                          n == 1 ? "" : "s", (int)nargs);
}

static tpy_object *call_number(tpy_vm *vm, const tpy_number_slots *n, const wrapdef *w,
                               tpy_object *self, tpy_object *const *args)
{
    tpy_unaryfn un = NULL;
    switch (w->kind) {
    case W_BIN: return n->binary[w->op](vm, self, args[0]);
    case W_RBIN: return n->binary[w->op](vm, args[0], self);
    case W_INPLACE: return n->inplace[w->op](vm, self, args[0]);
    case W_NEG: un = n->neg; break;
    case W_POS: un = n->pos; break;
    case W_INVERT: un = n->invert; break;
    case W_ABS: un = n->abs; break;
    case W_INT: un = n->to_int; break;
    case W_FLOAT: un = n->to_float; break;
    case W_INDEX: un = n->index; break;
    default: {
        int b = n->to_bool(vm, self);
        return b < 0 ? NULL : tpy_bool(b);
    }
    }
    return un(vm, self);
}

static tpy_object *none_or_null(int rc)
{
    return rc < 0 ? NULL : TPY_NONE;
}

static tpy_object *call_container(tpy_vm *vm, const tpy_container_slots *c, const wrapdef *w,
                                  tpy_object *self, tpy_object *const *args)
{
    switch (w->kind) {
    case W_LEN: {
        intptr_t n = c->len(vm, self);
        return n < 0 ? NULL : tpy_int_from_i64(vm, n);
    }
    case W_GETITEM: return c->getitem(vm, self, args[0]);
    case W_SETITEM: return none_or_null(c->setitem(vm, self, args[0], args[1]));
    case W_DELITEM: return none_or_null(c->setitem(vm, self, args[0], NULL));
    case W_CONTAINS: {
        int r = c->contains(vm, self, args[0]);
        return r < 0 ? NULL : tpy_bool(r);
    }
    case W_CONCAT: return c->concat(vm, self, args[0]);
    case W_ICONCAT: return c->inplace_concat(vm, self, args[0]);
    default: break;
    }
    intptr_t k = tpy_index_ssize(vm, args[0], &tpy_exc_OverflowError);
    if (k == -1 && tpy_err_occurred(vm))
        return NULL;
    return w->kind == W_IREPEAT ? c->inplace_repeat(vm, self, k) : c->repeat(vm, self, k);
}

/* next(): the protocol's quiet end becomes StopIteration (with a
 * generator's return value). */
static tpy_object *call_next(tpy_vm *vm, tpy_type *t, tpy_object *self)
{
    tpy_object *r = t->next(vm, self);
    if (r || tpy_err_occurred(vm))
        return r;
    tpy_object *v = tpy_next_stop_value_hook ? tpy_next_stop_value_hook(vm, self) : NULL;
    tpy_err_set_object(vm, &tpy_exc_StopIteration, v);
    tpy_xdecref(vm, v);
    return NULL;
}

static tpy_object *call_descr(tpy_vm *vm, tpy_type *t, const wrapdef *w, tpy_object *self,
                              tpy_object *const *args, size_t nargs)
{
    if (w->kind == W_GET) {
        tpy_object *obj = args[0] == TPY_NONE ? NULL : args[0];
        tpy_object *type = nargs > 1 && args[1] != TPY_NONE ? args[1] : NULL;
        if (!obj && !type)
            return tpy_err_format(vm, &tpy_exc_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(vm, self, obj, type);
    }
    return none_or_null(t->descr_set(vm, self, args[0], w->kind == W_SET ? args[1] : NULL));
}

/* How many positional arguments the row takes: min and max. */
static void arity(const wrapdef *w, size_t *lo, size_t *hi)
{
    switch (w->kind) {
    case W_REPR: case W_STR: case W_HASH: case W_ITER: case W_NEXT: case W_NEG: case W_POS:
    case W_INVERT: case W_ABS: case W_INT: case W_FLOAT: case W_INDEX: case W_BOOL: case W_LEN:
        *lo = *hi = 0;
        return;
    case W_SETITEM: case W_SET:
        *lo = *hi = 2;
        return;
    case W_GET:
        *lo = 1, *hi = 2;
        return;
    default:
        *lo = *hi = 1;
        if (w->kind == W_BIN && w->op == TPY_OP_POW)
            *hi = 2;   /* __pow__(other, mod=None) */
    }
}

static tpy_object *call_slot(tpy_vm *vm, tpy_type *t, const wrapdef *w, tpy_object *self,
                             tpy_object *const *args, size_t nargs, tpy_object *kwnames)
{
    if (w->kind == W_CALL)
        return t->call(vm, self, args, nargs, kwnames);
    if (kwnames && tpy_tuple_len(kwnames))
        return tpy_err_format(vm, &tpy_exc_TypeError, "wrapper %s() takes no keyword arguments",
                              w->name);
    size_t lo, hi;
    arity(w, &lo, &hi);
    if (nargs < lo || nargs > hi)
        return want_args(vm, nargs, nargs < lo ? lo : hi);
    switch (w->kind) {
    case W_REPR: return t->repr(vm, self);
    case W_STR: return t->str(vm, self);
    case W_HASH: {
        tpy_hash_t h = t->hash(vm, self);
        return h == -1 && tpy_err_occurred(vm) ? NULL : tpy_int_from_i64(vm, h);
    }
    case W_CMP: return t->richcompare(vm, self, args[0], (enum tpy_cmp)w->op);
    case W_ITER: return t->iter(vm, self);
    case W_NEXT: return call_next(vm, t, self);
    case W_GET: case W_SET: case W_DELETE: return call_descr(vm, t, w, self, args, nargs);
    default: break;
    }
    if (w->kind == W_BIN && nargs == 2 && args[1] != TPY_NONE)
        return t->number->ternary_pow ? t->number->ternary_pow(vm, self, args[0], args[1])
                                      : TPY_NOT_IMPLEMENTED;
    if (number_fn(t->number, w))
        return call_number(vm, t->number, w, self, args);
    return call_container(vm, t->container, w, self, args);
}

/* ---- wrapper_descriptor ------------------------------------------------------------------- */

typedef struct slotwrap {
    tpy_object ob;
    tpy_type *owner;        /* a static type: immortal */
    const wrapdef *def;
} slotwrap;

typedef struct methwrap {
    tpy_object ob;
    slotwrap *descr;        /* owned */
    tpy_object *self;       /* owned */
} methwrap;

#define SW(o) ((slotwrap *)(o))
#define MW(o) ((methwrap *)(o))

static tpy_object *check_self(tpy_vm *vm, slotwrap *d, tpy_object *self)
{
    if (tpy_isinstance(self, d->owner))
        return self;
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "descriptor '%s' requires a '%s' object but received a '%s'",
                          d->def->name, d->owner->name, tpy_type_of(self)->name);
}

static tpy_object *sw_call(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    slotwrap *d = SW(o);
    if (nargs == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "descriptor '%s' of '%s' object needs an argument", d->def->name,
                              d->owner->name);
    if (!check_self(vm, d, args[0]))
        return NULL;
    return call_slot(vm, d->owner, d->def, args[0], args + 1, nargs - 1, kwnames);
}

static tpy_object *sw_get(tpy_vm *vm, tpy_object *descr, tpy_object *obj, tpy_object *type)
{
    (void)type;
    if (!obj)
        return tpy_newref(descr);
    if (!check_self(vm, SW(descr), obj))
        return NULL;
    methwrap *m = (methwrap *)tpy_alloc(vm, &tpy_method_wrapper_type);
    if (!m)
        return NULL;
    m->descr = (slotwrap *)tpy_newref(descr);
    m->self = tpy_newref(obj);
    return &m->ob;
}

static tpy_object *sw_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<slot wrapper '%s' of '%s' objects>", SW(o)->def->name,
                          SW(o)->owner->name);
}

static tpy_object *sw_name(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_intern_c(vm, SW(o)->def->name);
}

static tpy_object *sw_qualname(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "%s.%s", SW(o)->owner->name, SW(o)->def->name);
}

static tpy_object *sw_objclass(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(&SW(o)->owner->ob);
}

static const tpy_getset_def sw_getsets[] = {
    {"__name__", sw_name, NULL},
    {"__qualname__", sw_qualname, NULL},
    {"__objclass__", sw_objclass, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_slot_wrapper_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "wrapper_descriptor", .basic_size = sizeof(slotwrap)},
    .name = "wrapper_descriptor",
    .flags = TPY_TF_IMMUTABLE,
    .repr = sw_repr,
    .call = sw_call,
    .descr_get = sw_get,
    .getsets = sw_getsets,
};

/* ---- method-wrapper ---------------------------------------------------------------------- */

static tpy_object *mw_call(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    return call_slot(vm, MW(o)->descr->owner, MW(o)->descr->def, MW(o)->self, args, nargs,
                     kwnames);
}

static tpy_object *mw_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<method-wrapper '%s' of %s object at %p>", MW(o)->descr->def->name,
                          tpy_type_of(MW(o)->self)->name, (void *)MW(o)->self);
}

static tpy_object *mw_name(tpy_vm *vm, tpy_object *o)
{
    return sw_name(vm, &MW(o)->descr->ob);
}

static tpy_object *mw_qualname(tpy_vm *vm, tpy_object *o)
{
    return sw_qualname(vm, &MW(o)->descr->ob);
}

static tpy_object *mw_self(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(MW(o)->self);
}

static tpy_object *mw_objclass(tpy_vm *vm, tpy_object *o)
{
    return sw_objclass(vm, &MW(o)->descr->ob);
}

static tpy_object *mw_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if ((op != TPY_EQ && op != TPY_NE) || tpy_type_of(b) != &tpy_method_wrapper_type)
        return TPY_NOT_IMPLEMENTED;
    bool eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return tpy_bool(op == TPY_EQ ? eq : !eq);
}

static const tpy_getset_def mw_getsets[] = {
    {"__name__", mw_name, NULL},
    {"__qualname__", mw_qualname, NULL},
    {"__self__", mw_self, NULL},
    {"__objclass__", mw_objclass, NULL},
    {NULL, NULL, NULL},
};

static int mw_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return MW(o)->self ? visit(MW(o)->self, arg) : 0;
}

static void mw_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *s = MW(o)->self;
    MW(o)->self = NULL;
    tpy_xdecref_heap(heap, s);
}

static void mw_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    mw_clear(heap, o);
    tpy_decref_heap(heap, &MW(o)->descr->ob);
    tpy_obj_free(heap, o);
}

tpy_type tpy_method_wrapper_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "method-wrapper", .basic_size = sizeof(methwrap),
               .flags = TPY_OBJ_CONTAINER, .destroy = mw_destroy, .traverse = mw_traverse,
               .clear = mw_clear},
    .name = "method-wrapper",
    .flags = TPY_TF_IMMUTABLE,
    .repr = mw_repr,
    .richcompare = mw_richcompare,
    .call = mw_call,
    .getsets = mw_getsets,
};

/* ---- filling a builtin type's dict --------------------------------------------------------- */

/* The type fills the row's slot itself (its base has another or none). */
static bool own_slot(const tpy_type *t, const wrapdef *w)
{
    anyfn f = slot_fn(t, w);
    if (w->kind == W_STR && t->str == t->repr)
        return false;   /* int, float: str() is repr(), object.__str__'s job in CPython */
    return f && (!t->base || slot_fn(t->base, w) != f);
}

static int add_entry(tpy_vm *vm, tpy_object *dict, tpy_type *t, const wrapdef *w)
{
    tpy_object *key = tpy_str_intern_c(vm, w->name);
    if (!key)
        return -1;
    int rc = 0;
    if (!tpy_dict_get_str(vm, dict, key)) {
        tpy_object *v;
        if (w->kind == W_HASH && t->hash == tpy_hash_unhashable) {
            v = tpy_newref(TPY_NONE);   /* list.__hash__ is None */
        } else {
            slotwrap *d = (slotwrap *)tpy_alloc(vm, &tpy_slot_wrapper_type);
            if (d) {
                d->owner = t;
                d->def = w;
            }
            v = d ? &d->ob : NULL;
        }
        rc = v ? tpy_dict_set(vm, dict, key, v) : -1;
        tpy_xdecref(vm, v);
    }
    tpy_decref(vm, key);
    return rc;
}

int tpy_slotwrap_fill(tpy_vm *vm, tpy_type *t, tpy_object *dict)
{
    for (size_t i = 0; i < sizeof wrapdefs / sizeof wrapdefs[0]; i++)
        if (own_slot(t, &wrapdefs[i]) && add_entry(vm, dict, t, &wrapdefs[i]) < 0)
            return -1;
    return 0;
}

/* vm/types/unionobject.c: types.UnionType, what `int | None` makes (PEP
 * 604). Annotations such as `def f(x: int | None)` are evaluated when the
 * function is defined, so `|` between classes must work; the union prints
 * as written, compares without regard to order, and isinstance() and
 * issubclass() accept it. `type.__or__`/`__ror__` (tpy_type_type's number
 * slots) make it. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"

typedef struct union_obj {
    tpy_object ob;
    tpy_object *args;   /* tuple, no duplicates, no nested unions */
} union_obj;

#define UN(o) ((union_obj *)(o))

extern tpy_type tpy_union_type;

/* What may stand in a union: a class, None, a generic alias, a union. */
static bool unionable(tpy_object *o)
{
    return o == TPY_NONE || tpy_is_type(o) || tpy_type_of(o) == &tpy_generic_alias_type
           || tpy_type_of(o) == &tpy_union_type;
}

/* Append o (its members when it is a union; None as NoneType) unless present. */
static int add_member(tpy_vm *vm, tpy_object *list, tpy_object *o)
{
    if (tpy_type_of(o) == &tpy_union_type) {
        for (intptr_t i = 0; i < tpy_tuple_len(UN(o)->args); i++)
            if (add_member(vm, list, tpy_tuple_get(UN(o)->args, i)) < 0)
                return -1;
        return 0;
    }
    if (o == TPY_NONE)
        o = &tpy_none_type.ob;
    for (intptr_t i = 0; i < tpy_list_len(list); i++) {
        int eq = tpy_richcompare_bool(vm, tpy_list_get(list, i), o, TPY_EQ);
        if (eq != 0)
            return eq < 0 ? -1 : 0;
    }
    return tpy_list_append(vm, list, tpy_newref(o));
}

/* a | b: a union, or the one class when both are the same. */
static tpy_object *union_of(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!unionable(a) || !unionable(b))
        return tpy_newref(TPY_NOT_IMPLEMENTED);
    tpy_object *list = tpy_list_new(vm, 0);
    if (!list || add_member(vm, list, a) < 0 || add_member(vm, list, b) < 0) {
        tpy_xdecref(vm, list);
        return NULL;
    }
    if (tpy_list_len(list) == 1) {
        tpy_object *only = tpy_newref(tpy_list_get(list, 0));
        tpy_decref(vm, list);
        return only;
    }
    tpy_object *args = tpy_list_as_tuple(vm, list);
    tpy_decref(vm, list);
    if (!args)
        return NULL;
    union_obj *u = (union_obj *)tpy_alloc(vm, &tpy_union_type);
    if (!u) {
        tpy_decref(vm, args);
        return NULL;
    }
    u->args = args;
    return &u->ob;
}

/* type.__or__ and the union's own |. */
tpy_object *tpy_union_or(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    return union_of(vm, a, b);
}

/* ---- behaviour -------------------------------------------------------------------------------- */

static tpy_object *member_repr(tpy_vm *vm, tpy_object *a)
{
    if (a == &tpy_none_type.ob)
        return tpy_str_from_cstr(vm, "None");
    if (!tpy_is_type(a))
        return tpy_repr(vm, a);
    tpy_object *qual = tpy_getattr_c(vm, a, "__qualname__");
    tpy_object *mod = qual ? tpy_getattr_c(vm, a, "__module__") : NULL;
    tpy_object *r = NULL;
    if (mod && tpy_str_check(mod) && !tpy_str_equal_c(mod, "builtins"))
        r = tpy_str_format(vm, "%U.%U", mod, qual);
    else if (mod)
        r = tpy_newref(qual);
    tpy_xdecref(vm, qual);
    tpy_xdecref(vm, mod);
    return r;
}

static tpy_object *union_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *acc = NULL;
    for (intptr_t i = 0; i < tpy_tuple_len(UN(o)->args); i++) {
        tpy_object *r = member_repr(vm, tpy_tuple_get(UN(o)->args, i));
        if (!r) {
            tpy_xdecref(vm, acc);
            return NULL;
        }
        tpy_object *next = acc ? tpy_str_format(vm, "%U | %U", acc, r) : tpy_newref(r);
        tpy_decref(vm, r);
        tpy_xdecref(vm, acc);
        if (!(acc = next))
            return NULL;
    }
    return acc;
}

static tpy_object *args_as_frozenset(tpy_vm *vm, tpy_object *o)
{
    return tpy_call(vm, &tpy_frozenset_type.ob, &UN(o)->args, 1, NULL);
}

static tpy_object *union_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if ((op != TPY_EQ && op != TPY_NE) || tpy_type_of(b) != &tpy_union_type)
        return tpy_newref(TPY_NOT_IMPLEMENTED);
    tpy_object *sa = args_as_frozenset(vm, a);
    tpy_object *sb = sa ? args_as_frozenset(vm, b) : NULL;
    int eq = sb ? tpy_richcompare_bool(vm, sa, sb, TPY_EQ) : -1;
    tpy_xdecref(vm, sa);
    tpy_xdecref(vm, sb);
    if (eq < 0)
        return NULL;
    return tpy_bool(op == TPY_EQ ? eq : !eq);
}

static tpy_hash_t union_hash(tpy_vm *vm, tpy_object *o)
{
    tpy_object *s = args_as_frozenset(vm, o);
    tpy_hash_t h = s ? tpy_hash(vm, s) : -1;
    tpy_xdecref(vm, s);
    return h;
}

/* isinstance(x, A | B) and issubclass(C, A | B): any member; a
 * parameterized generic member is refused as CPython does. */
static tpy_object *union_check(tpy_vm *vm, tpy_object *self, tpy_object *arg, bool instance)
{
    tpy_object *args = UN(self)->args;
    if (!instance && !tpy_is_type(arg))
        return tpy_err_format(vm, &tpy_exc_TypeError, "issubclass() arg 1 must be a class");
    /* Members in order, as a tuple of classes would be: a parameterized
     * generic is refused only when the check reaches it. */
    for (intptr_t i = 0; i < tpy_tuple_len(args); i++) {
        tpy_object *m = tpy_tuple_get(args, i);
        if (tpy_type_of(m) == &tpy_generic_alias_type)
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "%s() argument 2 cannot be a parameterized generic",
                                  instance ? "isinstance" : "issubclass");
        bool hit = instance ? tpy_isinstance(arg, (tpy_type *)m)
                            : tpy_type_is_subtype((tpy_type *)arg, (tpy_type *)m);
        if (hit)
            return tpy_newref(TPY_TRUE);
    }
    return tpy_newref(TPY_FALSE);
}

static tpy_object *union_instancecheck(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                       size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__instancecheck__", nargs, kwnames) < 0)
        return NULL;
    return union_check(vm, self, args[0], true);
}

static tpy_object *union_subclasscheck(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                       size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__subclasscheck__", nargs, kwnames) < 0)
        return NULL;
    return union_check(vm, self, args[0], false);
}

static tpy_object *union_get_args(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(UN(o)->args); }
static tpy_object *union_get_parameters(tpy_vm *vm, tpy_object *o) { (void)o; return tpy_newref(vm->empty_tuple); }

static int union_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return UN(o)->args ? visit(UN(o)->args, arg) : 0;
}

static void union_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *a = UN(o)->args;
    UN(o)->args = NULL;
    tpy_xdecref_heap(heap, a);
}

static void union_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    union_clear(heap, o);
    tpy_obj_free(heap, o);
}

static const tpy_method_def union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def union_getsets[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_parameters, NULL},
    {NULL, NULL, NULL},
};

static const tpy_number_slots union_number = {
    .binary = {[TPY_OP_OR] = tpy_union_or},
};

tpy_type tpy_union_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "types.UnionType", .basic_size = sizeof(union_obj),
               .flags = TPY_OBJ_CONTAINER, .destroy = union_destroy, .traverse = union_traverse,
               .clear = union_clear},
    .name = "types.UnionType",
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .number = &union_number,
    .methods = union_methods,
    .getsets = union_getsets,
};

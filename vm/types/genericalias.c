/* vm/types/genericalias.c: types.GenericAlias, what list[int] makes (PEP
 * 585). Annotations are evaluated when a function is defined, so
 * `def f(x: dict[str, list[int]])` needs these objects to exist; they
 * print as written, compare by origin and arguments, and calling one calls
 * its origin. The builtin containers and `type` get a __class_getitem__
 * classmethod that makes them (tpy_generic_class_getitem). */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"

typedef struct generic_alias {
    tpy_object ob;
    tpy_object *origin;   /* the class subscripted */
    tpy_object *args;     /* tuple */
} generic_alias;

#define GA(o) ((generic_alias *)(o))

extern tpy_type tpy_generic_alias_type;

tpy_object *tpy_generic_alias_new(tpy_vm *vm, tpy_object *origin, tpy_object *args)
{
    tpy_object *t = tpy_tuple_check(args) ? tpy_newref(args) : tpy_tuple_pack(vm, 1, args);
    if (!t)
        return NULL;
    generic_alias *g = (generic_alias *)tpy_alloc(vm, &tpy_generic_alias_type);
    if (!g) {
        tpy_decref(vm, t);
        return NULL;
    }
    g->origin = tpy_newref(origin);
    g->args = t;
    return &g->ob;
}

/* cls.__class_getitem__(item), for the builtin generic classes. */
tpy_object *tpy_generic_class_getitem(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "__class_getitem__", nargs, kwnames) < 0)
        return NULL;
    return tpy_generic_alias_new(vm, self, args[0]);
}

/* ---- repr: list[int], dict[str, tuple[int, ...]] --------------------------------------------- */

static tpy_object *arg_repr(tpy_vm *vm, tpy_object *a)
{
    if (a == TPY_ELLIPSIS)
        return tpy_str_from_cstr(vm, "...");
    if (!tpy_is_type(a) || tpy_type_of(a) == &tpy_generic_alias_type)
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

static tpy_object *ga_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *acc = arg_repr(vm, GA(o)->origin);
    tpy_object *acc2 = acc ? tpy_str_format(vm, "%U[", acc) : NULL;
    tpy_xdecref(vm, acc);
    acc = acc2;
    intptr_t n = tpy_tuple_len(GA(o)->args);
    if (acc && n == 0) {
        acc2 = tpy_str_format(vm, "%U()", acc);
        tpy_decref(vm, acc);
        acc = acc2;
    }
    for (intptr_t i = 0; acc && i < n; i++) {
        tpy_object *r = arg_repr(vm, tpy_tuple_get(GA(o)->args, i));
        acc2 = r ? tpy_str_format(vm, i ? "%U, %U" : "%U%U", acc, r) : NULL;
        tpy_xdecref(vm, r);
        tpy_decref(vm, acc);
        acc = acc2;
    }
    if (!acc)
        return NULL;
    acc2 = tpy_str_format(vm, "%U]", acc);
    tpy_decref(vm, acc);
    return acc2;
}

/* ---- behaviour -------------------------------------------------------------------------------- */

static tpy_object *ga_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                           size_t nargs, tpy_object *kwnames)
{
    return tpy_call(vm, GA(callable)->origin, args, nargs, kwnames);
}

static tpy_object *ga_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if ((op != TPY_EQ && op != TPY_NE) || tpy_type_of(b) != &tpy_generic_alias_type)
        return tpy_newref(TPY_NOT_IMPLEMENTED);
    int eq = GA(a)->origin == GA(b)->origin;
    if (eq) {
        eq = tpy_richcompare_bool(vm, GA(a)->args, GA(b)->args, TPY_EQ);
        if (eq < 0)
            return NULL;
    }
    return tpy_bool(op == TPY_EQ ? eq : !eq);
}

static tpy_hash_t ga_hash(tpy_vm *vm, tpy_object *o)
{
    tpy_hash_t h1 = tpy_hash(vm, GA(o)->origin);
    tpy_hash_t h2 = h1 == -1 ? -1 : tpy_hash(vm, GA(o)->args);
    if (h2 == -1)
        return -1;
    tpy_hash_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

/* Attributes not its own are the origin's (list[int].__name__ is 'list'). */
static tpy_object *ga_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_object *r = tpy_generic_getattr(vm, o, name);
    if (r || !tpy_err_matches(vm, &tpy_exc_AttributeError))
        return r;
    tpy_err_clear(vm);
    return tpy_getattr(vm, GA(o)->origin, name);
}

static tpy_object *ga_get_origin(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(GA(o)->origin); }
static tpy_object *ga_get_args(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(GA(o)->args); }
static tpy_object *ga_get_parameters(tpy_vm *vm, tpy_object *o) { (void)o; return tpy_newref(vm->empty_tuple); }

static tpy_object *ga_mro_entries(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_one(vm, "__mro_entries__", nargs, kwnames) < 0)
        return NULL;
    return tpy_tuple_pack(vm, 1, GA(self)->origin);
}

static tpy_object *ga_instancecheck(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "isinstance() argument 2 cannot be a parameterized generic");
}

static int ga_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    int r = GA(o)->origin ? visit(GA(o)->origin, arg) : 0;
    return r || !GA(o)->args ? r : visit(GA(o)->args, arg);
}

static void ga_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *a = GA(o)->origin, *b = GA(o)->args;
    GA(o)->origin = GA(o)->args = NULL;
    tpy_xdecref_heap(heap, a);
    tpy_xdecref_heap(heap, b);
}

static void ga_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    ga_clear(heap, o);
    tpy_obj_free(heap, o);
}

/* types.GenericAlias(origin, args) */
static tpy_object *ga_new(tpy_vm *vm, tpy_type *type, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    (void)type;
    if (tpy_arg_nokw(vm, "GenericAlias", kwnames) < 0
        || tpy_arg_count(vm, "GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return tpy_generic_alias_new(vm, args[0], args[1]);
}

static const tpy_method_def ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_instancecheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL},
    {"__args__", ga_get_args, NULL},
    {"__parameters__", ga_get_parameters, NULL},
    {NULL, NULL, NULL},
};

static const tpy_number_slots ga_number = {
    .binary = {[TPY_OP_OR] = tpy_union_or},   /* list[int] | None */
};

tpy_type tpy_generic_alias_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "types.GenericAlias", .basic_size = sizeof(generic_alias),
               .flags = TPY_OBJ_CONTAINER, .destroy = ga_destroy, .traverse = ga_traverse,
               .clear = ga_clear},
    .name = "types.GenericAlias",
    .new_ = ga_new,
    .repr = ga_repr,
    .call = ga_call,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .getattr = ga_getattr,
    .number = &ga_number,
    .methods = ga_methods,
    .getsets = ga_getsets,
};

/* vm/core/descr.c: how a builtin type's methods and computed attributes
 * appear in its dict, and bound builtin methods.
 *
 *   list.append   -> method descriptor {owner: list, def: append}
 *   l.append      -> descriptor's get(l) -> bound method {self: l, def: append}
 *   dict.fromkeys -> class method descriptor; get binds the type as self
 *   int.real      -> getset descriptor; get(i) calls def->get(i)
 *
 * Descriptors reference only static data (the type and its tables), so
 * they are not containers; a bound method holds `self` and is one. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

typedef struct tpy_descr {
    tpy_object ob;
    tpy_type *owner;
    const void *def;    /* tpy_method_def or tpy_getset_def */
} tpy_descr;

typedef struct tpy_bound {
    tpy_object ob;
    tpy_object *self;   /* owned */
    const tpy_method_def *def;
} tpy_bound;

static tpy_object *descr_new(tpy_vm *vm, tpy_type *type, tpy_type *owner, const void *def)
{
    tpy_descr *d = (tpy_descr *)tpy_alloc(vm, type);
    if (!d)
        return NULL;
    d->owner = owner;
    d->def = def;
    return (tpy_object *)d;
}

tpy_object *tpy_method_descr_new(tpy_vm *vm, tpy_type *owner, const tpy_method_def *def)
{
    tpy_type *t = def->flags & TPY_METH_CLASS ? &tpy_classmethod_descr_type
                                                : &tpy_method_descr_type;
    return descr_new(vm, t, owner, def);
}

tpy_object *tpy_getset_descr_new(tpy_vm *vm, tpy_type *owner, const tpy_getset_def *def)
{
    return descr_new(vm, &tpy_getset_descr_type, owner, def);
}

tpy_object *tpy_builtin_method_new(tpy_vm *vm, tpy_object *self, const tpy_method_def *def)
{
    tpy_bound *b = (tpy_bound *)tpy_alloc(vm, &tpy_builtin_method_type);
    if (!b) {
        tpy_decref(vm, self);
        return NULL;
    }
    b->self = self;
    b->def = def;
    return (tpy_object *)b;
}

/* ---- method descriptors ------------------------------------------------------------ */

static const tpy_method_def *mdef(tpy_object *o)
{
    return ((tpy_descr *)o)->def;
}

static tpy_object *method_descr_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<method '%s' of '%s' objects>", mdef(o)->name,
                          ((tpy_descr *)o)->owner->name);
}

static tpy_object *method_descr_get(tpy_vm *vm, tpy_object *descr, tpy_object *obj,
                                    tpy_object *type)
{
    (void)type;
    if (!obj)
        return tpy_newref(descr);
    tpy_descr *d = (tpy_descr *)descr;
    if (!tpy_isinstance(obj, d->owner))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                              mdef(descr)->name, d->owner->name, tpy_type_of(obj)->name);
    return tpy_builtin_method_new(vm, tpy_newref(obj), mdef(descr));
}

/* list.append(l, x): the first argument is self. */
static tpy_object *method_descr_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames)
{
    tpy_descr *d = (tpy_descr *)callable;
    const tpy_method_def *m = mdef(callable);
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    if (nargs == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError, "unbound method %s.%s() needs an argument",
                              d->owner->name, m->name);
    if (tpy_type_of(args[0]) != d->owner && !tpy_isinstance(args[0], d->owner))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                              m->name, d->owner->name, tpy_type_of(args[0])->name);
    (void)nkw;
    return m->fn(vm, args[0], args + 1, nargs - 1, kwnames);
}

tpy_type tpy_method_descr_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "method_descriptor", .basic_size = sizeof(tpy_descr)},
    .name = "method_descriptor",
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
};

/* ---- class method descriptors (dict.fromkeys) -------------------------------------------- */

static tpy_object *classmethod_descr_get(tpy_vm *vm, tpy_object *descr, tpy_object *obj,
                                         tpy_object *type)
{
    if (!type)
        type = &tpy_type_of(obj)->ob;
    return tpy_builtin_method_new(vm, tpy_newref(type), mdef(descr));
}

static tpy_object *classmethod_descr_call(tpy_vm *vm, tpy_object *callable,
                                          tpy_object *const *args, size_t nargs,
                                          tpy_object *kwnames)
{
    tpy_descr *d = (tpy_descr *)callable;
    if (nargs == 0 || !tpy_is_type(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                              mdef(callable)->name, d->owner->name,
                              nargs ? tpy_type_of(args[0])->name : "nothing");
    return mdef(callable)->fn(vm, args[0], args + 1, nargs - 1, kwnames);
}

static tpy_object *classmethod_descr_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<method '%s' of '%s' objects>", mdef(o)->name,
                          ((tpy_descr *)o)->owner->name);
}

tpy_type tpy_classmethod_descr_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "classmethod_descriptor", .basic_size = sizeof(tpy_descr)},
    .name = "classmethod_descriptor",
    .repr = classmethod_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
};

/* ---- getset descriptors ---------------------------------------------------------------------- */

static const tpy_getset_def *gdef(tpy_object *o)
{
    return ((tpy_descr *)o)->def;
}

static tpy_object *getset_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<attribute '%s' of '%s' objects>", gdef(o)->name,
                          ((tpy_descr *)o)->owner->name);
}

static tpy_object *getset_get(tpy_vm *vm, tpy_object *descr, tpy_object *obj, tpy_object *type)
{
    (void)type;
    if (!obj)
        return tpy_newref(descr);
    tpy_descr *d = (tpy_descr *)descr;
    if (!tpy_isinstance(obj, d->owner))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                              gdef(descr)->name, d->owner->name, tpy_type_of(obj)->name);
    return gdef(descr)->get(vm, obj);
}

static int getset_set(tpy_vm *vm, tpy_object *descr, tpy_object *obj, tpy_object *value)
{
    tpy_descr *d = (tpy_descr *)descr;
    if (!gdef(descr)->set) {
        tpy_err_format(vm, &tpy_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                       gdef(descr)->name, d->owner->name);
        return -1;
    }
    return gdef(descr)->set(vm, obj, value);
}

tpy_type tpy_getset_descr_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "getset_descriptor", .basic_size = sizeof(tpy_descr)},
    .name = "getset_descriptor",
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

/* ---- bound builtin methods ---------------------------------------------------------------------- */

static tpy_object *bound_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    tpy_bound *b = (tpy_bound *)callable;
    return b->def->fn(vm, b->self, args, nargs, kwnames);
}

static tpy_object *bound_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_bound *b = (tpy_bound *)o;
    if (b->def->flags & TPY_METH_FUNCTION)
        return tpy_str_format(vm, "<built-in function %s>", b->def->name);
    if (tpy_is_type(b->self))
        return tpy_str_format(vm, "<built-in method %s of type object at %p>", b->def->name,
                              (void *)b->self);
    return tpy_str_format(vm, "<built-in method %s of %s object at %p>", b->def->name,
                          tpy_type_of(b->self)->name, (void *)b->self);
}

static tpy_object *bound_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if ((op != TPY_EQ && op != TPY_NE) || tpy_type_of(b) != &tpy_builtin_method_type)
        return TPY_NOT_IMPLEMENTED;
    tpy_bound *x = (tpy_bound *)a, *y = (tpy_bound *)b;
    bool eq = x->self == y->self && x->def == y->def;
    return tpy_bool(op == TPY_EQ ? eq : !eq);
}

static tpy_hash_t bound_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    tpy_bound *b = (tpy_bound *)o;
    tpy_hash_t h = tpy_hash_pointer(b->self) ^ tpy_hash_pointer(b->def);
    return h == -1 ? -2 : h;
}

static tpy_object *bound_get_self(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(((tpy_bound *)o)->self);
}

static tpy_object *bound_get_name(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_from_cstr(vm, ((tpy_bound *)o)->def->name);
}

static tpy_object *bound_get_doc(tpy_vm *vm, tpy_object *o)
{
    const char *doc = ((tpy_bound *)o)->def->doc;
    return doc ? tpy_str_from_cstr(vm, doc) : TPY_NONE;
}

static const tpy_getset_def bound_getsets[] = {
    {"__self__", bound_get_self, NULL},
    {"__name__", bound_get_name, NULL},
    {"__doc__", bound_get_doc, NULL},
    {NULL, NULL, NULL},
};

static int bound_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_object *self = ((tpy_bound *)o)->self;
    return self ? visit(self, arg) : 0;
}

static void bound_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_bound *b = (tpy_bound *)o;
    tpy_object *self = b->self;
    b->self = NULL;
    tpy_xdecref_heap(heap, self);
}

static void bound_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    bound_clear(heap, o);
    tpy_obj_free(heap, o);
}

tpy_type tpy_builtin_method_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "builtin_function_or_method", .basic_size = sizeof(tpy_bound),
               .flags = TPY_OBJ_CONTAINER, .destroy = bound_destroy,
               .traverse = bound_traverse, .clear = bound_clear},
    .name = "builtin_function_or_method",
    .repr = bound_repr,
    .richcompare = bound_richcompare,
    .hash = bound_hash,
    .call = bound_call,
    .getsets = bound_getsets,
};

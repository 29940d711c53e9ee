/* vm/types/descrobject.c: the descriptor types classes use: property,
 * staticmethod, classmethod, member descriptors (__slots__) and super. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- shared: containers of a few object pointers --------------------------------------- */

#define NPTR(T) ((sizeof(T) - sizeof(tpy_object)) / sizeof(tpy_object *))

static tpy_object **ptrs(tpy_object *o)
{
    return (tpy_object **)((char *)o + sizeof(tpy_object));
}

/* The builtin type's own pointers; a subclass's added fields (its
 * __dict__ slot, weak references) are heaptype.c's to visit and clear. */
static size_t nptrs(const tpy_object *o)
{
    const tpy_type *t = tpy_type_of(o);
    while (tpy_type_has(t, TPY_TF_HEAPTYPE))
        t = t->base;
    return (t->layout.basic_size - sizeof(tpy_object)) / sizeof(tpy_object *);
}

static int ptrs_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    size_t n = nptrs(o);
    for (size_t i = 0; i < n; i++)
        if (ptrs(o)[i]) {
            int r = visit(ptrs(o)[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static void ptrs_clear(tpy_obj_heap *heap, tpy_object *o)
{
    size_t n = nptrs(o);
    for (size_t i = 0; i < n; i++) {
        tpy_object *v = ptrs(o)[i];
        ptrs(o)[i] = NULL;
        tpy_xdecref_heap(heap, v);
    }
}

static void ptrs_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    ptrs_clear(heap, o);
    tpy_obj_free(heap, o);
}

static tpy_object *new_ptrs(tpy_vm *vm, tpy_type *t)
{
    tpy_object *o = tpy_alloc(vm, t);
    if (o)
        memset(ptrs(o), 0, t->layout.basic_size - sizeof(tpy_object));
    return o;
}

#define PTRS_LAYOUT(nm, T)                                                            \
    {.name = nm, .basic_size = sizeof(T), .flags = TPY_OBJ_CONTAINER,                 \
     .destroy = ptrs_destroy, .traverse = ptrs_traverse, .clear = ptrs_clear}

/* ---- staticmethod, classmethod ------------------------------------------------------- */

typedef struct {
    tpy_object ob;
    tpy_object *func;
    tpy_object *dict;
} wrapper;

static tpy_object *wrapper_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                               tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, t->name, kwnames) < 0 || tpy_arg_count(vm, t->name, nargs, 1, 1) < 0)
        return NULL;
    wrapper *w = (wrapper *)new_ptrs(vm, t);
    if (w)
        w->func = tpy_newref(args[0]);
    return (tpy_object *)w;
}

static int wrapper_init(tpy_vm *vm, tpy_object *o, tpy_object *const *args, size_t nargs,
                        tpy_object *kwnames)
{
    (void)vm, (void)o, (void)args, (void)nargs, (void)kwnames;
    return 0;
}

static tpy_object *static_get(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *type)
{
    (void)vm, (void)obj, (void)type;
    return tpy_newref(((wrapper *)d)->func);
}

static tpy_object *static_call(tpy_vm *vm, tpy_object *d, tpy_object *const *args, size_t nargs,
                               tpy_object *kwnames)
{
    return tpy_call(vm, ((wrapper *)d)->func, args, nargs, kwnames);
}

static tpy_object *wrapper_func(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(((wrapper *)o)->func);
}

static const tpy_getset_def wrapper_getsets[] = {
    {"__func__", wrapper_func, NULL},
    {"__wrapped__", wrapper_func, NULL},
    {NULL, NULL, NULL},
};

static tpy_object *static_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<staticmethod(%R)>", ((wrapper *)o)->func);
}

tpy_type tpy_staticmethod_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = PTRS_LAYOUT("staticmethod", wrapper),
    .name = "staticmethod",
    .flags = TPY_TF_BASETYPE,
    .repr = static_repr,
    .getattr = tpy_generic_getattr,
    .descr_get = static_get,
    .call = static_call,
    .new_ = wrapper_new,
    .init = wrapper_init,
    .getsets = wrapper_getsets,
};

static tpy_object *class_get(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *type)
{
    if (!type)
        type = &tpy_type_of(obj)->ob;
    tpy_object *f = ((wrapper *)d)->func;
    tpy_type *ft = tpy_type_of(f);
    /* A function's get binds any object, here the class (and a wrapped
     * descriptor chains, as 3.11 does). */
    if (ft->descr_get)
        return ft->descr_get(vm, f, type, type);
    /* Any other callable (a class, a builtin): a method bound to the class. */
    if (ft->call && vm->hooks.method_new)
        return vm->hooks.method_new(vm, f, type);
    return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not callable", ft->name);
}

static tpy_object *class_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<classmethod(%R)>", ((wrapper *)o)->func);
}

tpy_type tpy_classmethod_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = PTRS_LAYOUT("classmethod", wrapper),
    .name = "classmethod",
    .flags = TPY_TF_BASETYPE,
    .repr = class_repr,
    .getattr = tpy_generic_getattr,
    .descr_get = class_get,
    .new_ = wrapper_new,
    .init = wrapper_init,
    .getsets = wrapper_getsets,
};

/* ---- property ----------------------------------------------------------------------- */

typedef struct {
    tpy_object ob;
    tpy_object *fget, *fset, *fdel, *doc;
    tpy_object *name;   /* from __set_name__, for error messages; or NULL */
} property;

static tpy_object *none_to_null(tpy_object *o)
{
    return o == TPY_NONE ? NULL : o;
}

static tpy_object *property_make(tpy_vm *vm, tpy_type *t, tpy_object *fget, tpy_object *fset,
                                 tpy_object *fdel, tpy_object *doc)
{
    property *p = (property *)new_ptrs(vm, t);
    if (!p)
        return NULL;
    fget = none_to_null(fget), fset = none_to_null(fset), fdel = none_to_null(fdel);
    doc = none_to_null(doc);
    p->fget = fget ? tpy_newref(fget) : NULL;
    p->fset = fset ? tpy_newref(fset) : NULL;
    p->fdel = fdel ? tpy_newref(fdel) : NULL;
    if (!doc && fget) {
        doc = tpy_getattr_c(vm, fget, "__doc__");
        if (!doc)
            tpy_err_clear(vm);
        else if (doc == TPY_NONE)
            TPY_CLEAR(vm, doc);
        p->doc = doc;
    } else {
        p->doc = doc ? tpy_newref(doc) : NULL;
    }
    return &p->ob;
}

static tpy_object *property_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                                tpy_object *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    tpy_object *a[4] = {NULL, NULL, NULL, NULL};
    if (tpy_arg_parse(vm, "property", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    return property_make(vm, t, a[0], a[1], a[2], a[3]);
}

static tpy_object *property_get(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *type)
{
    (void)type;
    property *p = (property *)d;
    if (!obj || obj == TPY_NONE)
        return tpy_newref(d);
    if (!p->fget) {
        if (p->name)
            return tpy_err_format(vm, &tpy_exc_AttributeError,
                                  "property '%U' of '%s' object has no getter", p->name,
                                  tpy_type_of(obj)->name);
        return tpy_err_format(vm, &tpy_exc_AttributeError,
                              "property of '%s' object has no getter", tpy_type_of(obj)->name);
    }
    return tpy_call(vm, p->fget, &obj, 1, NULL);
}

static int property_set(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *value)
{
    property *p = (property *)d;
    tpy_object *f = value ? p->fset : p->fdel;
    if (!f) {
        const char *what = value ? "setter" : "deleter";
        if (p->name)
            tpy_err_format(vm, &tpy_exc_AttributeError, "property '%U' of '%s' object has no %s",
                           p->name, tpy_type_of(obj)->name, what);
        else
            tpy_err_format(vm, &tpy_exc_AttributeError, "property of '%s' object has no %s",
                           tpy_type_of(obj)->name, what);
        return -1;
    }
    tpy_object *args[2] = {obj, value};
    tpy_object *r = tpy_call(vm, f, args, value ? 2 : 1, NULL);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

/* p.setter(f) and friends: a copy with one function replaced. */
static tpy_object *property_copy(tpy_vm *vm, tpy_object *self, int which, tpy_object *f)
{
    property *p = (property *)self;
    tpy_object *fs[3] = {p->fget, p->fset, p->fdel};
    fs[which] = f;
    tpy_object *r = property_make(vm, tpy_type_of(self), fs[0] ? fs[0] : TPY_NONE,
                                  fs[1] ? fs[1] : TPY_NONE, fs[2] ? fs[2] : TPY_NONE,
                                  which == 0 ? TPY_NONE : (p->doc ? p->doc : TPY_NONE));
    if (r && p->name)
        ((property *)r)->name = tpy_newref(p->name);
    return r;
}

static tpy_object *property_set_name(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "__set_name__", kwnames) < 0
        || tpy_arg_count(vm, "__set_name__", nargs, 2, 2) < 0)
        return NULL;
    TPY_SETREF(vm, ((property *)self)->name, tpy_newref(args[1]));
    return tpy_newref(TPY_NONE);
}

#define PROP_METHOD(name, which)                                                          \
    static tpy_object *property_##name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                                       size_t nargs, tpy_object *kwnames)                \
    {                                                                                     \
        if (tpy_arg_one(vm, #name, nargs, kwnames) < 0)                                   \
            return NULL;                                                                  \
        return property_copy(vm, self, which, args[0]);                                   \
    }
PROP_METHOD(getter, 0)
PROP_METHOD(setter, 1)
PROP_METHOD(deleter, 2)

static const tpy_method_def property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define PROP_FIELD(field)                                                  \
    static tpy_object *property_get_##field(tpy_vm *vm, tpy_object *o)     \
    {                                                                      \
        (void)vm;                                                          \
        tpy_object *v = ((property *)o)->field;                            \
        return tpy_newref(v ? v : TPY_NONE);                               \
    }
PROP_FIELD(fget)
PROP_FIELD(fset)
PROP_FIELD(fdel)
PROP_FIELD(doc)

static const tpy_getset_def property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_property_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = PTRS_LAYOUT("property", property),
    .name = "property",
    .flags = TPY_TF_BASETYPE,
    .getattr = tpy_generic_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = wrapper_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- member descriptors (__slots__) -------------------------------------------------- */

typedef struct {
    tpy_object ob;
    tpy_object *name;
    tpy_type *owner;      /* not owned: the owner's dict holds the descriptor */
    size_t offset;
} member;

static void member_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_xdecref_heap(heap, ((member *)o)->name);
    tpy_obj_free(heap, o);
}

tpy_object *tpy_member_descr_new(tpy_vm *vm, tpy_type *owner, tpy_object *name, size_t offset)
{
    member *m = (member *)tpy_alloc(vm, &tpy_member_descr_type);
    if (!m)
        return NULL;
    m->name = tpy_newref(name);
    m->owner = owner;
    m->offset = offset;
    return &m->ob;
}

static tpy_object *member_get(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *type)
{
    (void)type;
    member *m = (member *)d;
    if (!obj)
        return tpy_newref(d);
    tpy_object *v = *(tpy_object **)((char *)obj + m->offset);
    if (!v)
        return tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                              tpy_type_of(obj)->name, m->name);
    return tpy_newref(v);
}

static int member_set(tpy_vm *vm, tpy_object *d, tpy_object *obj, tpy_object *value)
{
    member *m = (member *)d;
    tpy_object **slot = (tpy_object **)((char *)obj + m->offset);
    if (!value && !*slot) {   /* CPython's message is the bare slot name here */
        tpy_err_format(vm, &tpy_exc_AttributeError, "%U", m->name);
        return -1;
    }
    tpy_object *old = *slot;
    *slot = value ? tpy_newref(value) : NULL;
    tpy_xdecref(vm, old);
    return 0;
}

static tpy_object *member_repr(tpy_vm *vm, tpy_object *o)
{
    member *m = (member *)o;
    return tpy_str_format(vm, "<member '%U' of '%s' objects>", m->name, m->owner->name);
}

tpy_type tpy_member_descr_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "member_descriptor", .basic_size = sizeof(member),
               .destroy = member_destroy},
    .name = "member_descriptor",
    .repr = member_repr,
    .getattr = tpy_generic_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* ---- super ------------------------------------------------------------------------------ */

typedef struct {
    tpy_object ob;
    tpy_object *type;      /* the class after which the search starts */
    tpy_object *obj;       /* the instance or class bound, or NULL */
    tpy_object *obj_type;  /* the type whose MRO is searched */
} super;

static tpy_object *super_check(tpy_vm *vm, tpy_type *type, tpy_object *obj)
{
    if (tpy_is_type(obj) && tpy_type_is_subtype((tpy_type *)obj, type))
        return tpy_newref(obj);
    if (tpy_isinstance(obj, type))
        return tpy_newref(&tpy_type_of(obj)->ob);
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "super(type, obj): obj must be an instance or subtype of type");
}

static tpy_object *super_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "super", kwnames) < 0 || tpy_arg_count(vm, "super", nargs, 0, 2) < 0)
        return NULL;
    tpy_object *type = nargs ? args[0] : NULL, *obj = nargs > 1 ? args[1] : NULL;
    if (nargs == 0) {
        if (!vm->hooks.super_frame || vm->hooks.super_frame(vm, &type, &obj) < 0)
            return NULL;
    }
    if (!tpy_is_type(type))
        return tpy_err_format(vm, &tpy_exc_TypeError, "super() argument 1 must be a type, not %s",
                              tpy_type_of(type)->name);
    tpy_object *obj_type = obj && obj != TPY_NONE ? super_check(vm, (tpy_type *)type, obj) : NULL;
    if (obj && obj != TPY_NONE && !obj_type)
        return NULL;
    super *s = (super *)new_ptrs(vm, t);
    if (!s) {
        tpy_xdecref(vm, obj_type);
        return NULL;
    }
    s->type = tpy_newref(type);
    s->obj = obj && obj != TPY_NONE ? tpy_newref(obj) : NULL;
    s->obj_type = obj_type;
    return &s->ob;
}

static tpy_object *super_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    super *s = (super *)o;
    tpy_type *st = s->obj_type ? (tpy_type *)s->obj_type : NULL;
    if (st && !tpy_str_equal_c(name, "__class__")) {
        tpy_object *mro = st->mro;
        tpy_object *owned = NULL;
        if (!mro)
            mro = owned = tpy_getattr_c(vm, &st->ob, "__mro__");
        if (!mro)
            return NULL;
        intptr_t n = tpy_tuple_len(mro), i = 0;
        while (i < n && tpy_tuple_get(mro, i) != s->type)
            i++;
        for (i++; i < n; i++) {
            tpy_object *d = tpy_type_dict(vm, (tpy_type *)tpy_tuple_get(mro, i));
            tpy_object *v = NULL;
            if (d && tpy_dict_get_ref(vm, d, name, &v) < 0) {
                tpy_xdecref(vm, owned);
                return NULL;
            }
            if (!v)
                continue;
            tpy_incref(v);   /* borrowed from the dict */
            tpy_xdecref(vm, owned);
            tpy_type *vt = tpy_type_of(v);
            if (!vt->descr_get)
                return v;
            tpy_object *inst = s->obj == s->obj_type ? NULL : s->obj;
            tpy_object *r = vt->descr_get(vm, v, inst, s->obj_type);
            tpy_decref(vm, v);
            return r;
        }
        tpy_xdecref(vm, owned);
    }
    tpy_object *r = tpy_generic_getattr(vm, o, name);
    if (!r && tpy_err_matches(vm, &tpy_exc_AttributeError)) {
        tpy_err_clear(vm);
        return tpy_err_format(vm, &tpy_exc_AttributeError, "'super' object has no attribute '%U'",
                              name);
    }
    return r;
}

static tpy_object *super_repr(tpy_vm *vm, tpy_object *o)
{
    super *s = (super *)o;
    if (s->obj_type)
        return tpy_str_format(vm, "<super: <class '%s'>, <%s object>>",
                              ((tpy_type *)s->type)->name, ((tpy_type *)s->obj_type)->name);
    return tpy_str_format(vm, "<super: <class '%s'>, NULL>", ((tpy_type *)s->type)->name);
}

tpy_type tpy_super_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = PTRS_LAYOUT("super", super),
    .name = "super",
    .flags = TPY_TF_BASETYPE,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .init = wrapper_init,
};

/* ---- the old sequence protocol: iter() over __getitem__ ------------------------------------ */

static tpy_object *getitem_iter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    tpy_object *key = tpy_int_from_i64(vm, it->index);
    tpy_object *v = key ? tpy_getitem(vm, it->seq, key) : NULL;
    tpy_xdecref(vm, key);
    if (v) {
        it->index++;
        return v;
    }
    if (tpy_err_matches(vm, &tpy_exc_IndexError) || tpy_err_matches(vm, &tpy_exc_StopIteration)) {
        tpy_err_clear(vm);
        TPY_CLEAR(vm, it->seq);
    }
    return NULL;
}

tpy_type tpy_getitem_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "iterator", .basic_size = sizeof(tpy_seqiter), .flags = TPY_OBJ_CONTAINER,
               .destroy = tpy_seqiter_destroy, .traverse = tpy_seqiter_traverse,
               .clear = tpy_seqiter_clear},
    .name = "iterator",
    .getattr = tpy_generic_getattr,
    .iter = tpy_iter_self,
    .next = getitem_iter_next,
};

tpy_object *tpy_getitem_iter_new(tpy_vm *vm, tpy_object *seq)
{
    return tpy_seqiter_new(vm, &tpy_getitem_iter_type, seq, 0);
}

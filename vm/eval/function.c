/* vm/eval/function.c: Python functions and bound methods.
 *
 * A function is a code object plus what MAKEFUNCTION gathered when the
 * `def` ran: globals (and the builtins they named then), defaults,
 * keyword-only defaults, the closure's cells, annotations. Calling one
 * from C enters the eval loop (tpy_eval_call); the eval loop calls one
 * without C recursion (ceval.c). A function read as an attribute of an
 * instance becomes a bound method. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define FN(o) ((tpy_function *)(o))
#define METH(o) ((tpy_method *)(o))

static tpy_object *builtins_of(tpy_vm *vm, tpy_object *globals)
{
    tpy_object *key = tpy_str_intern_c(vm, "__builtins__");
    if (!key)
        return NULL;
    tpy_object *b = tpy_dict_get_str(vm, globals, key);
    tpy_decref(vm, key);
    if (b && tpy_type_of(b) == &tpy_module_type)
        b = tpy_module_dict(b);
    if (!b || !tpy_dict_check(b))
        b = tpy_module_dict(tpy_runtime_builtins(vm));
    return tpy_newref(b);
}

tpy_object *tpy_function_new(tpy_vm *vm, tpy_object *code, tpy_object *globals)
{
    tpy_object *builtins = builtins_of(vm, globals);
    if (!builtins)
        return NULL;
    tpy_function *f = (tpy_function *)tpy_alloc(vm, &tpy_function_type);
    if (!f) {
        tpy_decref(vm, builtins);
        return NULL;
    }
    memset((char *)f + sizeof(tpy_object), 0, sizeof *f - sizeof(tpy_object));
    tpy_codeobj *co = (tpy_codeobj *)code;
    f->code = (tpy_codeobj *)tpy_newref(code);
    f->globals = tpy_newref(globals);
    f->builtins = builtins;
    f->name = tpy_newref(co->name);
    f->qualname = tpy_newref(co->qualname);
    /* A def's consts[0] is its docstring or None (CPython 3.11's rule). */
    f->doc = tpy_newref(co->nconsts && co->consts[0] && tpy_str_check(co->consts[0])
                        ? co->consts[0] : TPY_NONE);
    tpy_object *modname = tpy_str_intern_c(vm, "__name__");
    if (!modname) {
        tpy_decref(vm, &f->ob);
        return NULL;
    }
    tpy_object *m = tpy_dict_get_str(vm, globals, modname);
    tpy_decref(vm, modname);
    f->module = m ? tpy_newref(m) : NULL;
    return &f->ob;
}

static int function_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_function *f = FN(o);
    tpy_object *refs[] = {&f->code->ob, f->globals, f->builtins, f->name, f->qualname,
                          f->defaults, f->kwdefaults, f->closure, f->annotations, f->doc,
                          f->module, f->dict};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static void drop(tpy_obj_heap *heap, tpy_object **slot)
{
    tpy_object *o = *slot;
    *slot = NULL;
    tpy_xdecref_heap(heap, o);
}

static void function_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_function *f = FN(o);
    drop(heap, &f->globals);
    drop(heap, &f->builtins);
    drop(heap, &f->defaults);
    drop(heap, &f->kwdefaults);
    drop(heap, &f->closure);
    drop(heap, &f->annotations);
    drop(heap, &f->doc);
    drop(heap, &f->module);
    drop(heap, &f->dict);
}

static void function_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_function *f = FN(o);
    function_clear(heap, o);
    drop(heap, (tpy_object **)&f->code);
    drop(heap, &f->name);
    drop(heap, &f->qualname);
    tpy_obj_free(heap, o);
}

static tpy_object *function_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_format(vm, "<function %U at %p>", FN(o)->qualname, (void *)o);
}

static tpy_object *function_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    return tpy_eval_call(vm, callable, args, nargs, kwnames);
}

static tpy_object *function_descr_get(tpy_vm *vm, tpy_object *descr, tpy_object *obj,
                                      tpy_object *type)
{
    (void)type;
    if (!obj || obj == TPY_NONE)
        return tpy_newref(descr);
    return tpy_method_new(vm, descr, obj);
}

/* ---- attributes -------------------------------------------------------------------- */

static tpy_object *or_none(tpy_object *o)
{
    return tpy_newref(o ? o : TPY_NONE);
}

static tpy_object *get_name(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(FN(o)->name); }
static tpy_object *get_qualname(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(FN(o)->qualname); }
static tpy_object *get_doc(tpy_vm *vm, tpy_object *o) { (void)vm; return or_none(FN(o)->doc); }
static tpy_object *get_module(tpy_vm *vm, tpy_object *o) { (void)vm; return or_none(FN(o)->module); }
static tpy_object *get_defaults(tpy_vm *vm, tpy_object *o) { (void)vm; return or_none(FN(o)->defaults); }
static tpy_object *get_kwdefaults(tpy_vm *vm, tpy_object *o) { (void)vm; return or_none(FN(o)->kwdefaults); }
static tpy_object *get_code(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(&FN(o)->code->ob); }
static tpy_object *get_globals(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(FN(o)->globals); }
static tpy_object *get_closure(tpy_vm *vm, tpy_object *o) { (void)vm; return or_none(FN(o)->closure); }

static tpy_object *get_annotations(tpy_vm *vm, tpy_object *o)
{
    tpy_function *f = FN(o);
    if (f->annotations && tpy_tuple_check(f->annotations)) {
        /* MAKEFUNCTION keeps (name, value, ...) pairs; the dict is made on first read. */
        tpy_object *d = tpy_dict_new(vm);
        for (intptr_t i = 0; d && i + 1 < tpy_tuple_len(f->annotations); i += 2)
            if (tpy_dict_set(vm, d, tpy_tuple_get(f->annotations, i),
                             tpy_tuple_get(f->annotations, i + 1)) < 0)
                TPY_CLEAR(vm, d);
        if (!d)
            return NULL;
        TPY_SETREF(vm, f->annotations, d);
    }
    if (!f->annotations && !(f->annotations = tpy_dict_new(vm)))
        return NULL;
    return tpy_newref(f->annotations);
}

static tpy_object *get_dict(tpy_vm *vm, tpy_object *o)
{
    if (!FN(o)->dict && !(FN(o)->dict = tpy_dict_new(vm)))
        return NULL;
    return tpy_newref(FN(o)->dict);
}

static int set_str(tpy_vm *vm, tpy_object **slot, tpy_object *v, const char *what)
{
    if (!v || !tpy_str_check(v)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    TPY_SETREF(vm, *slot, tpy_newref(v));
    return 0;
}

static int set_name(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    return set_str(vm, &FN(o)->name, v, "__name__");
}

static int set_qualname(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    return set_str(vm, &FN(o)->qualname, v, "__qualname__");
}

static int set_any(tpy_vm *vm, tpy_object **slot, tpy_object *v)
{
    TPY_SETREF(vm, *slot, v && v != TPY_NONE ? tpy_newref(v) : NULL);
    return 0;
}

static int set_doc(tpy_vm *vm, tpy_object *o, tpy_object *v) { return set_any(vm, &FN(o)->doc, v); }
static int set_module(tpy_vm *vm, tpy_object *o, tpy_object *v) { return set_any(vm, &FN(o)->module, v); }

static int set_defaults(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    if (v && v != TPY_NONE && !tpy_tuple_check(v)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    return set_any(vm, &FN(o)->defaults, v);
}

static int set_kwdefaults(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    if (v && v != TPY_NONE && !tpy_dict_check(v)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    return set_any(vm, &FN(o)->kwdefaults, v);
}

static int set_annotations(tpy_vm *vm, tpy_object *o, tpy_object *v)
{
    if (v && v != TPY_NONE && !tpy_dict_check(v)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    return set_any(vm, &FN(o)->annotations, v);
}

static const tpy_getset_def function_getsets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__code__", get_code, NULL},
    {"__globals__", get_globals, NULL},
    {"__closure__", get_closure, NULL},
    {"__annotations__", get_annotations, set_annotations},
    {"__dict__", get_dict, NULL},
    {NULL, NULL, NULL},
};

/* Attributes the type does not define live in the function's __dict__. */
static tpy_object *function_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    if (!tpy_type_lookup(vm, &tpy_function_type, name) && FN(o)->dict) {
        tpy_object *v = tpy_dict_get_str(vm, FN(o)->dict, name);
        if (v)
            return tpy_newref(v);
    }
    return tpy_generic_getattr(vm, o, name);
}

static int function_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    if (tpy_type_lookup(vm, &tpy_function_type, name))
        return tpy_generic_setattr(vm, o, name, value);
    if (!FN(o)->dict && !(FN(o)->dict = tpy_dict_new(vm)))
        return -1;
    if (value)
        return tpy_dict_set(vm, FN(o)->dict, name, value);
    if (tpy_dict_del(vm, FN(o)->dict, name) < 0) {
        tpy_err_clear(vm);
        tpy_err_format(vm, &tpy_exc_AttributeError, "'function' object has no attribute '%U'",
                       name);
        return -1;
    }
    return 0;
}

tpy_type tpy_function_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "function", .basic_size = sizeof(tpy_function),
               .flags = TPY_OBJ_CONTAINER, .destroy = function_destroy,
               .traverse = function_traverse, .clear = function_clear},
    .name = "function",
    .flags = TPY_TF_IMMUTABLE | TPY_TF_METHOD_DESCR,
    .weaklist_offset = offsetof(tpy_function, weaklist),
    .repr = function_repr,
    .getattr = function_getattr,
    .setattr = function_setattr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
};

/* ---- bound methods ------------------------------------------------------------------ */

tpy_object *tpy_method_new(tpy_vm *vm, tpy_object *func, tpy_object *self)
{
    tpy_method *m = (tpy_method *)tpy_alloc(vm, &tpy_method_type);
    if (!m)
        return NULL;
    m->func = tpy_newref(func);
    m->self = tpy_newref(self);
    return &m->ob;
}

static int method_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    /* both NULL once cleared by the collector */
    int r = METH(o)->func ? visit(METH(o)->func, arg) : 0;
    return r || !METH(o)->self ? r : visit(METH(o)->self, arg);
}

static void method_clear(tpy_obj_heap *heap, tpy_object *o)
{
    drop(heap, &METH(o)->func);
    drop(heap, &METH(o)->self);
}

static void method_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    method_clear(heap, o);
    tpy_obj_free(heap, o);
}

/* self, then the arguments: a small copy on the C stack for the common case. */
static tpy_object *method_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0, total = nargs + nkw + 1;
    tpy_object *small[16];
    tpy_object **buf = total <= 16 ? small : tpy_vm_malloc(vm, total * sizeof *buf);
    if (!buf)
        return NULL;
    buf[0] = METH(callable)->self;
    if (total > 1)
        memcpy(buf + 1, args, (total - 1) * sizeof *buf);
    tpy_object *r = tpy_call(vm, METH(callable)->func, buf, nargs + 1, kwnames);
    if (buf != small)
        tpy_vm_free(vm, buf);
    return r;
}

static tpy_object *method_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *name = tpy_getattr_c(vm, METH(o)->func, "__qualname__");
    if (!name)
        return NULL;
    tpy_object *r = tpy_str_format(vm, "<bound method %S of %R>", name, METH(o)->self);
    tpy_decref(vm, name);
    return r;
}

static tpy_object *method_get_func(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(METH(o)->func); }
static tpy_object *method_get_self(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(METH(o)->self); }

static const tpy_getset_def method_getsets[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {NULL, NULL, NULL},
};

/* Other attributes are the function's (__name__, __doc__, ...). */
static tpy_object *method_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    if (tpy_type_lookup(vm, &tpy_method_type, name))
        return tpy_generic_getattr(vm, o, name);
    return tpy_getattr(vm, METH(o)->func, name);
}

static tpy_object *method_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if ((op != TPY_EQ && op != TPY_NE) || tpy_type_of(b) != &tpy_method_type)
        return TPY_NOT_IMPLEMENTED;
    bool eq = METH(a)->func == METH(b)->func && METH(a)->self == METH(b)->self;
    return tpy_bool(op == TPY_EQ ? eq : !eq);
}

tpy_type tpy_method_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "method", .basic_size = sizeof(tpy_method), .flags = TPY_OBJ_CONTAINER,
               .destroy = method_destroy, .traverse = method_traverse, .clear = method_clear},
    .name = "method",
    .weaklist_offset = offsetof(tpy_method, weaklist),
    .flags = TPY_TF_IMMUTABLE,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_getsets,
};

/* vm/eval/module.c: module objects: a namespace dict behind attribute
 * access (`sys.argv`, `m.x = 1`). */
#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define MOD(o) ((tpy_module *)(o))

tpy_object *tpy_module_new(tpy_vm *vm, const char *name)
{
    tpy_object *d = tpy_dict_new(vm);
    if (!d)
        return NULL;
    tpy_object *n = tpy_str_from_cstr(vm, name);
    if (!n || tpy_dict_set_c(vm, d, "__name__", n) < 0
        || tpy_dict_set_c(vm, d, "__doc__", TPY_NONE) < 0) {
        tpy_xdecref(vm, n);
        tpy_decref(vm, d);
        return NULL;
    }
    tpy_decref(vm, n);
    tpy_module *m = (tpy_module *)tpy_alloc(vm, &tpy_module_type);
    if (!m) {
        tpy_decref(vm, d);
        return NULL;
    }
    m->dict = d;
    return &m->ob;
}

int tpy_module_add_functions(tpy_vm *vm, tpy_object *module, const tpy_method_def *defs)
{
    for (; defs->name; defs++) {
        tpy_object *f = tpy_builtin_method_new(vm, tpy_newref(module), defs);
        if (!f || tpy_dict_set_c(vm, MOD(module)->dict, defs->name, f) < 0) {
            tpy_xdecref(vm, f);
            return -1;
        }
        tpy_decref(vm, f);
    }
    return 0;
}

static int module_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return MOD(o)->dict ? visit(MOD(o)->dict, arg) : 0;
}

static void module_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *d = MOD(o)->dict;
    MOD(o)->dict = NULL;
    tpy_xdecref_heap(heap, d);
}

static void module_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    module_clear(heap, o);
    tpy_obj_free(heap, o);
}

/* d[name] for a C string @p name (borrowed), NULL if absent or on error. */
static tpy_object *module_dict_get(tpy_vm *vm, tpy_object *d, const char *name)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    if (!key)
        return NULL;
    tpy_object *v = tpy_dict_get_str(vm, d, key);
    tpy_decref(vm, key);
    return v;
}

static tpy_object *module_name(tpy_vm *vm, tpy_object *o)
{
    tpy_object *n = MOD(o)->dict ? tpy_dict_get_str(vm, MOD(o)->dict, vm->eval->s_dunder_name) : NULL;
    return n && tpy_str_check(n) ? n : NULL;
}

static tpy_object *module_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_object *name = module_name(vm, o);
    tpy_object *file = MOD(o)->dict ? tpy_dict_get_str(vm, MOD(o)->dict, vm->eval->s_file) : NULL;
    if (!name)
        return tpy_str_format(vm, "<module '?'>");
    if (file)
        return tpy_str_format(vm, "<module %R from %R>", name, file);
    /* Made by module(name): no loader, nothing to say where it is from. */
    tpy_object *loader = MOD(o)->dict ? module_dict_get(vm, MOD(o)->dict, "__loader__") : NULL;
    if (loader == TPY_NONE)
        return tpy_str_format(vm, "<module %R>", name);
    return tpy_str_format(vm, "<module %R (built-in)>", name);
}

/* A missing attribute goes to the module's own __getattr__ function
 * when it defines one (PEP 562). */
static tpy_object *module_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_object *d = MOD(o)->dict;
    tpy_object *v = d ? tpy_dict_get_str(vm, d, name) : NULL;
    if (!v && d && tpy_dict_get_ref(vm, d, name, &v) < 0)
        return NULL;
    if (v)
        return tpy_newref(v);
    if (tpy_type_lookup(vm, &tpy_module_type, name))
        return tpy_generic_getattr(vm, o, name);
    tpy_object *hook = d ? module_dict_get(vm, d, "__getattr__") : NULL;
    if (hook)
        return tpy_call(vm, hook, &name, 1, NULL);
    if (tpy_err_occurred(vm))
        return NULL;
    tpy_object *mn = module_name(vm, o);
    if (mn)
        return tpy_err_format(vm, &tpy_exc_AttributeError, "module '%U' has no attribute '%U'",
                              mn, name);
    return tpy_err_format(vm, &tpy_exc_AttributeError, "module has no attribute '%U'", name);
}

static int module_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    tpy_object *d = MOD(o)->dict;
    if (value)
        return tpy_dict_set(vm, d, name, value);
    if (tpy_dict_del(vm, d, name) == 0)
        return 0;
    tpy_err_clear(vm);
    tpy_object *mn = module_name(vm, o);
    tpy_err_format(vm, &tpy_exc_AttributeError, "module '%U' has no attribute '%U'",
                   mn ? mn : name, name);
    return -1;
}

static tpy_object *module_get_dict(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(MOD(o)->dict);
}

/* module.__dir__(): the names in its dict, or what the module's own
 * __dir__ function returns (PEP 562); dir() sorts them. */
static tpy_object *module_dir(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_nokw(vm, "__dir__", kwnames) < 0 || tpy_arg_count(vm, "__dir__", nargs, 0, 0) < 0)
        return NULL;
    tpy_object *d = MOD(self)->dict;
    if (!d)
        return tpy_list_new(vm, 0);
    tpy_object *hook = module_dict_get(vm, d, "__dir__");
    if (hook)
        return tpy_call(vm, hook, NULL, 0, NULL);
    return tpy_err_occurred(vm) ? NULL : tpy_sequence_list(vm, d);
}

/* module(name[, doc]), as types.ModuleType(name) makes one. */
static tpy_object *module_tp_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                                 tpy_object *kwnames)
{
    (void)t;
    if (tpy_arg_nokw(vm, "module", kwnames) < 0 || tpy_arg_count(vm, "module", nargs, 1, 2) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "module() argument 'name' must be str, not %s",
                              tpy_type_of(args[0])->name);
    tpy_object *m = tpy_module_new(vm, "");
    tpy_object *d = m ? MOD(m)->dict : NULL;
    if (m && (tpy_dict_set(vm, d, vm->eval->s_dunder_name, args[0]) < 0
              || (nargs == 2 && tpy_dict_set_c(vm, d, "__doc__", args[1]) < 0)
              || tpy_dict_set_c(vm, d, "__package__", TPY_NONE) < 0
              || tpy_dict_set_c(vm, d, "__loader__", TPY_NONE) < 0
              || tpy_dict_set_c(vm, d, "__spec__", TPY_NONE) < 0))
        TPY_CLEAR(vm, m);
    return m;
}

static const tpy_method_def module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_module_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "module", .basic_size = sizeof(tpy_module), .flags = TPY_OBJ_CONTAINER,
               .destroy = module_destroy, .traverse = module_traverse, .clear = module_clear},
    .name = "module",
    .weaklist_offset = offsetof(tpy_module, weaklist),
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getsets = module_getsets,
    .methods = module_methods,
    .new_ = module_tp_new,
};

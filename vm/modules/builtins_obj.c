/* vm/modules/builtins_obj.c: the builtins about objects in general:
 * isinstance, issubclass, getattr and friends, id, hash, repr, ascii,
 * callable, len, format, vars, dir, and the four that need the eval loop
 * (globals, locals, exec, eval), which go through vm->hooks. */
#include "abstract.h"
#include "builtins_internal.h"
#include "error.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- isinstance, issubclass -------------------------------------------------------------------- */

/* A metaclass's own __instancecheck__ / __subclasscheck__ (ABCMeta's,
 * say): CPython calls it for a class whose type is not exactly `type`.
 * 1 or 0 from the call, -1 on error, 2 when there is none but type's. */
static int metaclass_check(tpy_vm *vm, tpy_object *cls, const char *name, tpy_object *arg)
{
    tpy_type *meta = tpy_type_of(cls);
    if (meta == &tpy_type_type)
        return 2;
    tpy_object *key = tpy_str_intern_c(vm, name);
    if (!key)
        return -1;
    tpy_object *m = tpy_type_lookup(vm, meta, key);
    bool own = m && m != tpy_type_lookup(vm, &tpy_type_type, key);
    tpy_decref(vm, key);
    if (!own)
        return 2;
    if (tpy_enter_recursive(vm, name[2] == 'i' ? " in __instancecheck__"
                                                : " in __subclasscheck__") < 0)
        return -1;
    tpy_object *r = tpy_call_method(vm, cls, name, &arg, 1);
    tpy_leave_recursive(vm);
    if (!r)
        return -1;
    int truth = tpy_is_true(vm, r);
    tpy_decref(vm, r);
    return truth;
}

/* 1, 0, or -1; `cls` a type or a tuple (nested) of them. */
static int is_instance(tpy_vm *vm, tpy_object *o, tpy_object *cls)
{
    if (tpy_is_type(cls)) {
        if (tpy_type_of(o) == (tpy_type *)cls)
            return 1;
        int r = metaclass_check(vm, cls, "__instancecheck__", o);
        return r != 2 ? r : tpy_isinstance(o, (tpy_type *)cls);
    }
    if (!tpy_tuple_check(cls)) {
        int r = metaclass_check(vm, cls, "__instancecheck__", o);
        if (r != 2)
            return r;
        tpy_err_set(vm, &tpy_exc_TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (tpy_enter_recursive(vm, " in __instancecheck__") < 0)
        return -1;
    int r = 0;
    for (intptr_t i = 0; r == 0 && i < tpy_tuple_len(cls); i++)
        r = is_instance(vm, o, tpy_tuple_get(cls, i));
    tpy_leave_recursive(vm);
    return r;
}

static int is_subclass(tpy_vm *vm, tpy_object *derived, tpy_object *cls)
{
    if (tpy_tuple_check(cls)) {
        if (tpy_enter_recursive(vm, " in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (intptr_t i = 0; r == 0 && i < tpy_tuple_len(cls); i++)
            r = is_subclass(vm, derived, tpy_tuple_get(cls, i));
        tpy_leave_recursive(vm);
        return r;
    }
    {
        int r = metaclass_check(vm, cls, "__subclasscheck__", derived);
        if (r != 2)
            return r;
    }
    if (!tpy_is_type(derived)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!tpy_is_type(cls)) {
        tpy_err_set(vm, &tpy_exc_TypeError,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return tpy_type_is_subtype((tpy_type *)derived, (tpy_type *)cls);
}

static tpy_object *bool_result(int r)
{
    return r < 0 ? NULL : tpy_bool(r);
}

TPY_BUILTIN(builtin_isinstance)
{
    (void)self;
    if (tpy_arg_nokw(vm, "isinstance", kwnames) < 0
        || tpy_arg_count(vm, "isinstance", nargs, 2, 2) < 0)
        return NULL;
    return bool_result(is_instance(vm, args[0], args[1]));
}

TPY_BUILTIN(builtin_issubclass)
{
    (void)self;
    if (tpy_arg_nokw(vm, "issubclass", kwnames) < 0
        || tpy_arg_count(vm, "issubclass", nargs, 2, 2) < 0)
        return NULL;
    return bool_result(is_subclass(vm, args[0], args[1]));
}

/* ---- attributes ----------------------------------------------------------------------------------- */

TPY_BUILTIN(builtin_getattr)
{
    (void)self;
    if (tpy_arg_nokw(vm, "getattr", kwnames) < 0 || tpy_arg_count(vm, "getattr", nargs, 2, 3) < 0)
        return NULL;
    tpy_object *r = tpy_getattr(vm, args[0], args[1]);
    if (!r && nargs == 3 && tpy_err_matches(vm, &tpy_exc_AttributeError)) {
        tpy_err_clear(vm);
        r = tpy_newref(args[2]);
    }
    return r;
}

TPY_BUILTIN(builtin_hasattr)
{
    (void)self;
    if (tpy_arg_nokw(vm, "hasattr", kwnames) < 0 || tpy_arg_count(vm, "hasattr", nargs, 2, 2) < 0)
        return NULL;
    tpy_object *r = tpy_getattr(vm, args[0], args[1]);
    if (r) {
        tpy_decref(vm, r);
        return TPY_TRUE;
    }
    if (!tpy_err_matches(vm, &tpy_exc_AttributeError))
        return NULL;
    tpy_err_clear(vm);
    return TPY_FALSE;
}

TPY_BUILTIN(builtin_setattr)
{
    (void)self;
    if (tpy_arg_nokw(vm, "setattr", kwnames) < 0 || tpy_arg_count(vm, "setattr", nargs, 3, 3) < 0)
        return NULL;
    return tpy_setattr(vm, args[0], args[1], args[2]) < 0 ? NULL : TPY_NONE;
}

TPY_BUILTIN(builtin_delattr)
{
    (void)self;
    if (tpy_arg_nokw(vm, "delattr", kwnames) < 0 || tpy_arg_count(vm, "delattr", nargs, 2, 2) < 0)
        return NULL;
    return tpy_setattr(vm, args[0], args[1], NULL) < 0 ? NULL : TPY_NONE;
}

/* ---- one-argument protocol calls --------------------------------------------------------------------- */

/* The address, as CPython's id(): unique among live objects. */
TPY_BUILTIN(builtin_id)
{
    (void)self;
    if (tpy_arg_one(vm, "id", nargs, kwnames) < 0)
        return NULL;
    return tpy_int_from_i64(vm, (int64_t)(intptr_t)args[0]);
}

TPY_BUILTIN(builtin_hash)
{
    (void)self;
    if (tpy_arg_one(vm, "hash", nargs, kwnames) < 0)
        return NULL;
    tpy_hash_t h = tpy_hash(vm, args[0]);
    return h == -1 ? NULL : tpy_int_from_i64(vm, h);
}

TPY_BUILTIN(builtin_repr)
{
    (void)self;
    return tpy_arg_one(vm, "repr", nargs, kwnames) < 0 ? NULL : tpy_repr(vm, args[0]);
}

TPY_BUILTIN(builtin_ascii)
{
    (void)self;
    return tpy_arg_one(vm, "ascii", nargs, kwnames) < 0 ? NULL : tpy_ascii(vm, args[0]);
}

TPY_BUILTIN(builtin_callable)
{
    (void)self;
    if (tpy_arg_one(vm, "callable", nargs, kwnames) < 0)
        return NULL;
    return tpy_bool(tpy_type_of(args[0])->call != NULL);
}

TPY_BUILTIN(builtin_len)
{
    (void)self;
    if (tpy_arg_one(vm, "len", nargs, kwnames) < 0)
        return NULL;
    intptr_t n = tpy_len(vm, args[0]);
    return n < 0 ? NULL : tpy_int_from_i64(vm, n);
}

TPY_BUILTIN(builtin_format)
{
    (void)self;
    if (tpy_arg_nokw(vm, "format", kwnames) < 0 || tpy_arg_count(vm, "format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !tpy_str_check(args[1]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "format() argument 2 must be str, not %s",
                              tpy_type_of(args[1])->name);
    return tpy_format(vm, args[0], nargs == 2 ? args[1] : NULL);
}

/* ---- what needs the eval loop ------------------------------------------------------------------------ */

static tpy_object *no_hook(tpy_vm *vm, const char *what)
{
    return tpy_err_format(vm, &tpy_exc_RuntimeError, "%s requires the eval loop", what);
}

static tpy_object *frame_locals(tpy_vm *vm, const char *what)
{
    return vm->hooks.locals ? vm->hooks.locals(vm) : no_hook(vm, what);
}

TPY_BUILTIN(builtin_globals)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "globals", nargs, kwnames) < 0)
        return NULL;
    return vm->hooks.globals ? vm->hooks.globals(vm) : no_hook(vm, "globals()");
}

TPY_BUILTIN(builtin_locals)
{
    (void)self;
    (void)args;
    if (tpy_arg_none(vm, "locals", nargs, kwnames) < 0)
        return NULL;
    return frame_locals(vm, "locals()");
}

/* exec and eval: (source, globals=None, locals=None), checked as CPython
 * checks them, then handed to the eval loop. */
static tpy_object *run_code(tpy_vm *vm, const char *fname, tpy_object *const *args,
                            size_t nargs, tpy_object *kwnames, bool is_exec)
{
    static const char *const names[] = {"source", "globals", "locals", NULL};
    tpy_object *a[3];
    if (!is_exec && (tpy_arg_nokw(vm, fname, kwnames) < 0
                     || tpy_arg_count(vm, fname, nargs, 1, 3) < 0))
        return NULL;   /* eval's own wording, not Argument Clinic's */
    if (tpy_arg_parse(vm, fname, args, nargs, kwnames, names, 3, 1, a) < 0)
        return NULL;
    tpy_object *globals = a[1] == TPY_NONE ? NULL : a[1];
    tpy_object *locals = a[2] == TPY_NONE ? NULL : a[2];
    if (globals && !tpy_dict_check(globals))
        return is_exec ? tpy_err_format(vm, &tpy_exc_TypeError,
                                        "exec() globals must be a dict, not %s",
                                        tpy_type_of(globals)->name)
                       : tpy_err_set(vm, &tpy_exc_TypeError,
                                     locals ? "globals must be a real dict; try eval(expr, {}, "
                                              "mapping)"
                                            : "globals must be a dict"),
                         NULL;
    const tpy_container_slots *lc = locals ? tpy_type_of(locals)->container : NULL;
    if (locals && !(lc && lc->getitem))
        return is_exec ? tpy_err_format(vm, &tpy_exc_TypeError, "locals must be a mapping or None, not %s",
                                        tpy_type_of(locals)->name)
                       : tpy_err_set(vm, &tpy_exc_TypeError, "locals must be a mapping"), NULL;
    tpy_object *(*hook)(tpy_vm *, tpy_object *, tpy_object *, tpy_object *) =
        is_exec ? vm->hooks.exec : vm->hooks.eval;
    return hook ? hook(vm, a[0], globals, locals) : no_hook(vm, is_exec ? "exec" : "eval");
}

TPY_BUILTIN(builtin_exec)
{
    (void)self;
    return run_code(vm, "exec", args, nargs, kwnames, true);
}

TPY_BUILTIN(builtin_eval)
{
    (void)self;
    return run_code(vm, "eval", args, nargs, kwnames, false);
}

/* ---- vars, dir --------------------------------------------------------------------------------------------- */

TPY_BUILTIN(builtin_vars)
{
    (void)self;
    if (tpy_arg_nokw(vm, "vars", kwnames) < 0 || tpy_arg_count(vm, "vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return frame_locals(vm, "vars()");
    tpy_object *d = tpy_getattr_c(vm, args[0], "__dict__");
    if (!d && tpy_err_matches(vm, &tpy_exc_AttributeError)) {
        tpy_err_clear(vm);
        tpy_err_set(vm, &tpy_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* Add the keys of `d` (a dict; anything else is ignored) to the set. */
static int add_keys(tpy_vm *vm, tpy_object *names, tpy_object *d)
{
    if (!d || !tpy_dict_check(d))
        return 0;
    intptr_t pos = 0;
    tpy_object *k, *v;
    while (tpy_dict_next(d, &pos, &k, &v))
        if (tpy_set_add(vm, names, k) < 0)
            return -1;
    return 0;
}

/* The attribute names of a type and its bases. */
static int add_type_names(tpy_vm *vm, tpy_object *names, tpy_type *t)
{
    if (t->mro) {
        for (intptr_t i = 0; i < tpy_tuple_len(t->mro); i++)
            if (add_keys(vm, names, tpy_type_dict(vm, (tpy_type *)tpy_tuple_get(t->mro, i))) < 0)
                return -1;
        return 0;
    }
    for (; t; t = t->base)
        if (add_keys(vm, names, tpy_type_dict(vm, t)) < 0)
            return -1;
    return 0;
}

/* dir(o): the names in o's __dict__ and along its type's MRO (for a
 * type, its own MRO), sorted. Names that CPython's types carry as slot
 * wrappers (__add__, __len__, ...) are not in tierpy's type dicts. */
static tpy_object *dir_of(tpy_vm *vm, tpy_object *o)
{
    tpy_object *names = tpy_set_new(vm, NULL);
    if (!names)
        return NULL;
    int rc = add_type_names(vm, names, tpy_is_type(o) ? (tpy_type *)o : tpy_type_of(o));
    if (rc == 0 && !tpy_is_type(o)) {
        tpy_object *d = tpy_getattr_c(vm, o, "__dict__");
        if (!d && tpy_err_matches(vm, &tpy_exc_AttributeError))
            tpy_err_clear(vm);
        rc = d || !tpy_err_occurred(vm) ? add_keys(vm, names, d) : -1;
        tpy_xdecref(vm, d);
    }
    tpy_object *list = rc == 0 ? tpy_sequence_list(vm, names) : NULL;
    tpy_decref(vm, names);
    if (list && tpy_list_sort(vm, list, NULL, false) < 0)
        TPY_CLEAR(vm, list);
    return list;
}

/**
 * @brief object.__dir__(): the names dir() lists by default (its __dict__
 *        and its type's MRO), as a sorted list.
 */
tpy_object *tpy_object_dir_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames);
tpy_object *tpy_object_dir_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__dir__", nargs, kwnames) < 0)
        return NULL;
    return dir_of(vm, self);
}

/* dir(o) when o's class overrides __dir__: the sorted list of what it
 * returns; NULL without an exception when object.__dir__ applies. */
static tpy_object *dir_by_method(tpy_vm *vm, tpy_object *o, bool *handled)
{
    *handled = false;
    if (tpy_is_type(o))
        return NULL;
    tpy_object *key = tpy_str_intern_c(vm, "__dir__");
    if (!key)
        return *handled = true, NULL;
    tpy_object *f = tpy_type_lookup(vm, tpy_type_of(o), key);
    tpy_object *base = tpy_dict_get_str(vm, tpy_type_dict(vm, &tpy_object_type), key);
    tpy_decref(vm, key);
    if (!f || f == base)
        return NULL;
    *handled = true;
    bool missing;
    tpy_object *r = tpy_call_special(vm, o, "__dir__", NULL, 0, &missing);
    tpy_object *list = r ? tpy_sequence_list(vm, r) : NULL;
    tpy_xdecref(vm, r);
    if (list && tpy_list_sort(vm, list, NULL, false) < 0)
        TPY_CLEAR(vm, list);
    return list;
}

TPY_BUILTIN(builtin_dir)
{
    (void)self;
    if (tpy_arg_nokw(vm, "dir", kwnames) < 0 || tpy_arg_count(vm, "dir", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1) {
        bool handled;
        tpy_object *custom = dir_by_method(vm, args[0], &handled);
        return handled ? custom : dir_of(vm, args[0]);
    }
    tpy_object *locals = frame_locals(vm, "dir()");
    tpy_object *list = locals ? tpy_sequence_list(vm, locals) : NULL;
    tpy_xdecref(vm, locals);
    if (list && tpy_list_sort(vm, list, NULL, false) < 0)
        TPY_CLEAR(vm, list);
    return list;
}

const tpy_method_def tpy_builtins_obj[] = {
    {"isinstance", builtin_isinstance, TPY_METH_FUNCTION, NULL},
    {"issubclass", builtin_issubclass, TPY_METH_FUNCTION, NULL},
    {"getattr", builtin_getattr, TPY_METH_FUNCTION, NULL},
    {"hasattr", builtin_hasattr, TPY_METH_FUNCTION, NULL},
    {"setattr", builtin_setattr, TPY_METH_FUNCTION, NULL},
    {"delattr", builtin_delattr, TPY_METH_FUNCTION, NULL},
    {"id", builtin_id, TPY_METH_FUNCTION, NULL},
    {"hash", builtin_hash, TPY_METH_FUNCTION, NULL},
    {"repr", builtin_repr, TPY_METH_FUNCTION, NULL},
    {"ascii", builtin_ascii, TPY_METH_FUNCTION, NULL},
    {"callable", builtin_callable, TPY_METH_FUNCTION, NULL},
    {"len", builtin_len, TPY_METH_FUNCTION, NULL},
    {"format", builtin_format, TPY_METH_FUNCTION, NULL},
    {"globals", builtin_globals, TPY_METH_FUNCTION, NULL},
    {"locals", builtin_locals, TPY_METH_FUNCTION, NULL},
    {"exec", builtin_exec, TPY_METH_FUNCTION, NULL},
    {"eval", builtin_eval, TPY_METH_FUNCTION, NULL},
    {"vars", builtin_vars, TPY_METH_FUNCTION, NULL},
    {"dir", builtin_dir, TPY_METH_FUNCTION, NULL},
    {NULL, NULL, 0, NULL},
};

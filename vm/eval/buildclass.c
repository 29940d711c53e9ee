/* vm/eval/buildclass.c: the runtime side of `class` statements:
 * builtins.__build_class__ (run the body in a fresh namespace, then call
 * the metaclass) and the frame lookup behind zero-argument super(). */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "eval_internal.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* Run a class body function with `ns` as its locals mapping. */
static tpy_object *run_body(tpy_vm *vm, tpy_function *fn, tpy_object *ns)
{
    struct tpy_eval *ev = tpy_ev(vm);
    tpy_codeobj *co = fn->code;
    bool new_chunk;
    tpy_object **regs = tpy_stack_reserve(vm, ev->top, co->nregs, &new_chunk);
    if (!regs)
        return NULL;
    if (tpy_bind_args(vm, fn, regs, NULL, 0, NULL) < 0) {
        if (new_chunk)
            ev->chunk = ev->chunk->prev;
        return NULL;
    }
    tpy_frame *f = tpy_frame_for_call(vm, fn, regs, new_chunk);
    if (!f) {
        if (new_chunk)
            ev->chunk = ev->chunk->prev;
        return NULL;
    }
    f->locals = ns;
    f->entry = true;
    return tpy_eval_run(vm, f);
}

/* The metaclass: explicit, else type; then the most derived of it and
 * the bases' metaclasses (a non-type metaclass is used as given). */
static tpy_object *pick_meta(tpy_vm *vm, tpy_object *meta, tpy_object *const *bases, size_t n)
{
    if (!meta)
        meta = n ? &tpy_type_of(bases[0])->ob : &tpy_type_type.ob;
    if (!tpy_is_type(meta))
        return tpy_newref(meta);
    tpy_type *winner = (tpy_type *)meta;
    for (size_t i = 0; i < n; i++) {
        tpy_type *bm = tpy_type_of(bases[i]);
        if (tpy_type_is_subtype(winner, bm))
            continue;
        if (tpy_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a "
                              "(non-strict) subclass of the metaclasses of all its bases");
    }
    return tpy_newref(&winner->ob);
}

/* The namespace: meta.__prepare__(name, bases, **kw) when defined. */
static tpy_object *prepare(tpy_vm *vm, tpy_object *meta, tpy_object *name, tpy_object *bases,
                           tpy_object *const *kwvals, tpy_object *kwnames)
{
    tpy_object *p = tpy_getattr_c(vm, meta, "__prepare__");
    if (!p) {
        if (!tpy_err_matches(vm, &tpy_exc_AttributeError))
            return NULL;
        tpy_err_clear(vm);
        return tpy_dict_new(vm);
    }
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    tpy_object *argv[2 + 32];
    if (nkw > 32) {
        tpy_decref(vm, p);
        return tpy_err_format(vm, &tpy_exc_TypeError, "too many class keywords");
    }
    argv[0] = name;
    argv[1] = bases;
    memcpy(argv + 2, kwvals, nkw * sizeof *argv);
    tpy_object *ns = tpy_call(vm, p, argv, 2, kwnames);
    tpy_decref(vm, p);
    return ns;
}

/* PEP 560: a base that is not a class but has __mro_entries__ (list[int],
 * typing's aliases) is replaced by what that returns. The bases as given
 * (new reference), or a new tuple; *changed says which. */
static tpy_object *resolve_bases(tpy_vm *vm, tpy_object *orig, bool *changed)
{
    *changed = false;
    tpy_object *out = tpy_list_new(vm, 0);
    for (intptr_t i = 0; out && i < tpy_tuple_len(orig); i++) {
        tpy_object *b = tpy_tuple_get(orig, i);
        tpy_object *m = tpy_is_type(b) ? NULL : tpy_getattr_c(vm, b, "__mro_entries__");
        if (!m) {
            if (!tpy_is_type(b) && !tpy_err_matches(vm, &tpy_exc_AttributeError))
                TPY_CLEAR(vm, out);
            else if (tpy_err_clear(vm), tpy_list_append(vm, out, tpy_newref(b)) < 0)
                TPY_CLEAR(vm, out);   /* the list itself too (leaked when append failed) */
            continue;
        }
        tpy_object *r = tpy_call(vm, m, &orig, 1, NULL);
        tpy_decref(vm, m);
        if (r && !tpy_tuple_check(r)) {
            tpy_err_set(vm, &tpy_exc_TypeError, "__mro_entries__ must return a tuple");
            TPY_CLEAR(vm, r);
        }
        if (!r || tpy_list_extend(vm, out, r) < 0)
            TPY_CLEAR(vm, out);
        tpy_xdecref(vm, r);
        *changed = true;
    }
    if (!out)
        return NULL;
    if (!*changed) {
        tpy_decref(vm, out);
        return tpy_newref(orig);
    }
    tpy_object *t = tpy_list_as_tuple(vm, out);
    tpy_decref(vm, out);
    return t;
}

/* __build_class__(func, name, *bases, metaclass=..., **kwds) */
static tpy_object *build_class(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    (void)self;
    if (nargs < 2)
        return tpy_err_format(vm, &tpy_exc_TypeError, "__build_class__: not enough arguments");
    if (!tpy_function_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "__build_class__: func must be a function");
    if (!tpy_str_check(args[1]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "__build_class__: name is not a string");
    size_t nb = nargs - 2, nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    tpy_object *const *bases = args + 2;
    /* Keywords without metaclass=, passed on to __prepare__ and the metaclass. */
    tpy_object *meta_kw = NULL, *kwv[32], *kwn = NULL;
    size_t nk = 0;
    if (nkw > 32)
        return tpy_err_format(vm, &tpy_exc_TypeError, "too many class keywords");
    for (size_t i = 0; i < nkw; i++)
        if (tpy_str_equal_c(tpy_tuple_get(kwnames, (intptr_t)i), "metaclass"))
            meta_kw = args[nargs + i];
    size_t nkeep = nkw - (meta_kw ? 1 : 0);
    if (nkeep && !(kwn = tpy_tuple_new(vm, nkeep)))
        return NULL;
    for (size_t i = 0; i < nkw; i++) {
        tpy_object *k = tpy_tuple_get(kwnames, (intptr_t)i);
        if (tpy_str_equal_c(k, "metaclass"))
            continue;
        ((tpy_tuple *)kwn)->items[nk] = tpy_newref(k);
        kwv[nk++] = args[nargs + i];
    }
    tpy_object *base_tuple = NULL, *meta = NULL, *ns = NULL, *cls = NULL, *orig = NULL;
    bool resolved = false;
    if (!(orig = tpy_tuple_new(vm, nb)))
        goto done;
    for (size_t i = 0; i < nb; i++)
        ((tpy_tuple *)orig)->items[i] = tpy_newref(bases[i]);
    if (!(base_tuple = resolve_bases(vm, orig, &resolved)))
        goto done;
    if (!(meta = pick_meta(vm, meta_kw, ((tpy_tuple *)base_tuple)->items,
                           (size_t)tpy_tuple_len(base_tuple))))
        goto done;
    if (!(ns = prepare(vm, meta, args[1], base_tuple, kwv, kwn)))
        goto done;
    tpy_object *body = run_body(vm, (tpy_function *)args[0], ns);
    if (!body)
        goto done;
    tpy_decref(vm, body);
    if (resolved) {
        tpy_object *key = tpy_str_intern_c(vm, "__orig_bases__");
        int r = key ? tpy_setitem(vm, ns, key, orig) : -1;
        tpy_xdecref(vm, key);
        if (r < 0)
            goto done;
    }
    tpy_object *argv[3 + 32] = {args[1], base_tuple, ns};
    memcpy(argv + 3, kwv, nk * sizeof *argv);
    cls = tpy_call(vm, meta, argv, 3, kwn);
done:
    tpy_xdecref(vm, ns);
    tpy_xdecref(vm, meta);
    tpy_xdecref(vm, base_tuple);
    tpy_xdecref(vm, orig);
    tpy_xdecref(vm, kwn);
    return cls;
}

/* super(): __class__ from the frame's cell, obj from its first argument. */
static int super_from_frame(tpy_vm *vm, tpy_object **type, tpy_object **obj)
{
    tpy_frame *f = vm->eval ? vm->eval->frame : NULL;
    if (!f || !f->func || f->code->argcount == 0) {
        tpy_err_set(vm, &tpy_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    tpy_codeobj *co = f->code;
    tpy_object *first = f->regs[0];
    if (first && tpy_type_of(first) == &tpy_cell_type)
        first = ((tpy_cell *)first)->ref;
    if (!first) {
        tpy_err_set(vm, &tpy_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (uint32_t i = 0; i < co->nlocals; i++) {
        if (!(co->slotkinds[i] & (TPY_SLOT_FREE | TPY_SLOT_CELL))
            || !tpy_str_equal_c(co->slotnames[i], "__class__"))
            continue;
        tpy_object *cell = f->regs[i];
        if (!cell || tpy_type_of(cell) != &tpy_cell_type || !((tpy_cell *)cell)->ref) {
            tpy_err_set(vm, &tpy_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        *type = ((tpy_cell *)cell)->ref;
        *obj = first;
        return 0;
    }
    tpy_err_set(vm, &tpy_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static const tpy_method_def build_class_def = {"__build_class__", build_class,
                                               TPY_METH_FUNCTION, NULL};

int tpy_buildclass_init(tpy_vm *vm, tpy_object *builtins)
{
    vm->hooks.super_frame = super_from_frame;
    vm->hooks.method_new = tpy_method_new;
    tpy_object *f = tpy_builtin_method_new(vm, tpy_newref(TPY_NONE), &build_class_def);
    int r = f ? tpy_dict_set_c(vm, builtins, "__build_class__", f) : -1;
    tpy_xdecref(vm, f);
    static const struct { const char *name; tpy_type *t; } types[] = {
        {"property", &tpy_property_type}, {"staticmethod", &tpy_staticmethod_type},
        {"classmethod", &tpy_classmethod_type}, {"super", &tpy_super_type},
        {"object", &tpy_object_type}, {"type", &tpy_type_type},
    };
    for (size_t i = 0; r == 0 && i < sizeof types / sizeof types[0]; i++)
        r = tpy_dict_set_c(vm, builtins, types[i].name, &types[i].t->ob);
    return r;
}

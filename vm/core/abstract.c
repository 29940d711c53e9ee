/* vm/core/abstract.c: the object protocol: repr, str, hash, comparison,
 * truth, attributes and calls (numbers: number.c; containers: sequence.c). */
#include "abstract.h"

#include <string.h>

#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* ---- repr, str, hash --------------------------------------------------------------------- */

static tpy_object *check_str_result(tpy_vm *vm, tpy_object *r, const char *what)
{
    if (r && !tpy_str_check(r)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s returned non-string (type %s)", what,
                       tpy_type_of(r)->name);
        tpy_decref(vm, r);
        return NULL;
    }
    return r;
}

tpy_object *tpy_repr(tpy_vm *vm, tpy_object *o)
{
    if (tpy_enter_recursive(vm, " while getting the repr of an object") < 0)
        return NULL;
    tpy_object *r = tpy_type_of(o)->repr(vm, o);
    tpy_leave_recursive(vm);
    return check_str_result(vm, r, "__repr__");
}

tpy_object *tpy_str(tpy_vm *vm, tpy_object *o)
{
    if (tpy_type_of(o) == &tpy_str_type)
        return tpy_newref(o);
    if (tpy_enter_recursive(vm, " while getting the str of an object") < 0)
        return NULL;
    tpy_object *r = tpy_type_of(o)->str(vm, o);
    tpy_leave_recursive(vm);
    return check_str_result(vm, r, "__str__");
}

tpy_hash_t tpy_hash_pointer(const void *p)
{
    /* CPython's _Py_HashPointer: rotate the alignment zeros away. */
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    tpy_hash_t h = (tpy_hash_t)y;
    return h == -1 ? -2 : h;
}

tpy_hash_t tpy_hash_unhashable(tpy_vm *vm, tpy_object *o)
{
    tpy_err_format(vm, &tpy_exc_TypeError, "unhashable type: '%s'", tpy_type_of(o)->name);
    return -1;
}

tpy_hash_t tpy_hash(tpy_vm *vm, tpy_object *o)
{
    return tpy_type_of(o)->hash(vm, o);
}

/* ---- comparison ------------------------------------------------------------------------------ */

static const enum tpy_cmp swapped[] = {TPY_GT, TPY_GE, TPY_EQ, TPY_NE, TPY_LT, TPY_LE};

const char *tpy_cmp_symbol(enum tpy_cmp op)
{
    static const char *const s[] = {"<", "<=", "==", "!=", ">", ">="};
    return s[op];
}

static tpy_object *try_compare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    tpy_type *t = tpy_type_of(a);
    return t->richcompare ? t->richcompare(vm, a, b, op) : TPY_NOT_IMPLEMENTED;
}

/* CPython's do_richcompare: a right operand whose type is a proper
 * subclass of the left's goes first (reflected), then left, then right. */
static tpy_object *do_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    tpy_type *ta = tpy_type_of(a), *tb = tpy_type_of(b);
    bool reverse_done = false;
    tpy_object *r;
    if (ta != tb && tpy_type_is_subtype(tb, ta) && tb->richcompare) {
        reverse_done = true;
        r = tb->richcompare(vm, b, a, swapped[op]);
        if (r != TPY_NOT_IMPLEMENTED)
            return r;
    }
    r = try_compare(vm, a, b, op);
    if (r != TPY_NOT_IMPLEMENTED)
        return r;
    if (!reverse_done) {
        r = try_compare(vm, b, a, swapped[op]);
        if (r != TPY_NOT_IMPLEMENTED)
            return r;
    }
    if (op == TPY_EQ)
        return tpy_bool(a == b);
    if (op == TPY_NE)
        return tpy_bool(a != b);
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "'%s' not supported between instances of '%s' and '%s'",
                          tpy_cmp_symbol(op), ta->name, tb->name);
}

tpy_object *tpy_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (tpy_enter_recursive(vm, " in comparison") < 0)
        return NULL;
    tpy_object *r = do_richcompare(vm, a, b, op);
    tpy_leave_recursive(vm);
    return r;
}

int tpy_richcompare_bool(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (a == b && (op == TPY_EQ || op == TPY_NE))
        return op == TPY_EQ;
    tpy_object *r = tpy_richcompare(vm, a, b, op);
    if (!r)
        return -1;
    int t = r == TPY_TRUE ? 1 : r == TPY_FALSE ? 0 : tpy_is_true(vm, r);
    tpy_decref(vm, r);
    return t;
}

int tpy_is_true(tpy_vm *vm, tpy_object *o)
{
    if (o == TPY_TRUE)
        return 1;
    if (o == TPY_FALSE || o == TPY_NONE)
        return 0;
    tpy_type *t = tpy_type_of(o);
    if (t->number && t->number->to_bool)
        return t->number->to_bool(vm, o);
    if (t->container && t->container->len) {
        intptr_t n = t->container->len(vm, o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- the repr guard --------------------------------------------------------------------------- */

int tpy_repr_enter(tpy_vm *vm, tpy_object *o)
{
    for (size_t i = 0; i < vm->repr_depth; i++)
        if (vm->repr_stack[i] == o)
            return 1;
    if (vm->repr_depth == vm->repr_cap) {
        size_t cap = vm->repr_cap ? vm->repr_cap * 2 : 16;
        tpy_object **s = tpy_vm_realloc(vm, vm->repr_stack, cap * sizeof *s);
        if (!s)
            return -1;
        vm->repr_stack = s;
        vm->repr_cap = cap;
    }
    vm->repr_stack[vm->repr_depth++] = o;
    return 0;
}

void tpy_repr_leave(tpy_vm *vm, tpy_object *o)
{
    /* Entries leave in LIFO order unless an error unwound a level. */
    for (size_t i = vm->repr_depth; i-- > 0;)
        if (vm->repr_stack[i] == o) {
            memmove(&vm->repr_stack[i], &vm->repr_stack[i + 1],
                    (vm->repr_depth - i - 1) * sizeof(tpy_object *));
            vm->repr_depth--;
            return;
        }
}

/* ---- attributes --------------------------------------------------------------------------------- */

tpy_object *tpy_generic_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_type *t = tpy_type_of(o);
    tpy_object *descr = tpy_type_lookup(vm, t, name);
    if (descr) {
        tpy_type *dt = tpy_type_of(descr);
        if (dt->descr_get)
            return dt->descr_get(vm, descr, o, &t->ob);
        return tpy_newref(descr);
    }
    return tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                          t->name, name);
}

int tpy_generic_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    tpy_type *t = tpy_type_of(o);
    tpy_object *descr = tpy_type_lookup(vm, t, name);
    if (descr && tpy_type_of(descr)->descr_set)
        return tpy_type_of(descr)->descr_set(vm, descr, o, value);
    if (descr)
        tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                       t->name, name);
    else
        tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                       t->name, name);
    return -1;
}

static bool check_name(tpy_vm *vm, tpy_object *name)
{
    if (tpy_str_check(name))
        return true;
    tpy_err_format(vm, &tpy_exc_TypeError, "attribute name must be string, not '%s'",
                   tpy_type_of(name)->name);
    return false;
}

tpy_object *tpy_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    if (!check_name(vm, name))
        return NULL;
    tpy_object *v = tpy_type_of(o)->getattr(vm, o, name);
    if (!v)
        tpy_attr_error_context(vm, o, name);
    return v;
}

tpy_object *tpy_getattr_c(tpy_vm *vm, tpy_object *o, const char *name)
{
    tpy_object *n = tpy_str_intern_c(vm, name);
    if (!n)
        return NULL;
    tpy_object *r = tpy_getattr(vm, o, n);
    tpy_decref(vm, n);
    return r;
}

int tpy_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    if (!check_name(vm, name))
        return -1;
    tpy_type *t = tpy_type_of(o);
    if (!t->setattr) {
        tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                       t->name, name);
        return -1;
    }
    return t->setattr(vm, o, name, value);
}

/* ---- calls ------------------------------------------------------------------------------------------ */

tpy_object *tpy_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args, size_t nargs,
                     tpy_object *kwnames)
{
    tpy_type *t = tpy_type_of(callable);
    if (!t->call)
        return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not callable", t->name);
    if (tpy_enter_recursive(vm, " while calling a Python object") < 0)
        return NULL;
    tpy_object *r = t->call(vm, callable, args, nargs, kwnames);
    tpy_leave_recursive(vm);
    if (!r && !vm->exc)
        tpy_err_set(vm, &tpy_exc_SystemError, "error return without exception set");
    return r;
}

tpy_object *tpy_call_method(tpy_vm *vm, tpy_object *o, const char *name,
                            tpy_object *const *args, size_t nargs)
{
    tpy_object *m = tpy_getattr_c(vm, o, name);
    if (!m)
        return NULL;
    tpy_object *r = tpy_call(vm, m, args, nargs, NULL);
    tpy_decref(vm, m);
    return r;
}

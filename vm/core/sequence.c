/* vm/core/sequence.c: len, subscription, `in`, iteration. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

intptr_t tpy_len(tpy_vm *vm, tpy_object *o)
{
    const tpy_container_slots *c = tpy_type_of(o)->container;
    if (c && c->len)
        return c->len(vm, o);
    tpy_err_format(vm, &tpy_exc_TypeError, "object of type '%s' has no len()", tpy_type_of(o)->name);
    return -1;
}

tpy_object *tpy_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    const tpy_container_slots *c = tpy_type_of(o)->container;
    if (c && c->getitem)
        return c->getitem(vm, o, key);
    if (o == &tpy_type_type.ob)
        return tpy_generic_alias_new(vm, o, key);   /* type[int] */
    if (tpy_is_type(o)) {
        /* C[item] on a class: its __class_getitem__ (list[int], PEP 560). */
        tpy_object *cgi = tpy_getattr_c(vm, o, "__class_getitem__");
        if (cgi) {
            tpy_object *r = tpy_call(vm, cgi, &key, 1, NULL);
            tpy_decref(vm, cgi);
            return r;
        }
        if (!tpy_err_matches(vm, &tpy_exc_AttributeError))
            return NULL;
        tpy_err_clear(vm);
        return tpy_err_format(vm, &tpy_exc_TypeError, "type '%s' is not subscriptable",
                              ((tpy_type *)o)->name);
    }
    return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not subscriptable",
                          tpy_type_of(o)->name);
}

int tpy_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    const tpy_container_slots *c = tpy_type_of(o)->container;
    if (c && c->setitem)
        return c->setitem(vm, o, key, value);
    tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object does not support item assignment",
                   tpy_type_of(o)->name);
    return -1;
}

int tpy_delitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    const tpy_container_slots *c = tpy_type_of(o)->container;
    if (c && c->setitem)
        return c->setitem(vm, o, key, NULL);
    tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object doesn't support item deletion",
                   tpy_type_of(o)->name);
    return -1;
}

tpy_object *tpy_iter(tpy_vm *vm, tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    if (!t->iter)
        return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not iterable", t->name);
    tpy_object *it = t->iter(vm, o);
    if (it && !tpy_type_of(it)->next) {
        tpy_err_format(vm, &tpy_exc_TypeError, "iter() returned non-iterator of type '%s'",
                       tpy_type_of(it)->name);
        tpy_decref(vm, it);
        return NULL;
    }
    return it;
}

tpy_object *(*tpy_next_stop_value_hook)(tpy_vm *vm, tpy_object *it);

tpy_object *tpy_next(tpy_vm *vm, tpy_object *it)
{
    tpy_type *t = tpy_type_of(it);
    if (!t->next)
        return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(vm, it);
}

/* `item in o` by iteration, for types without a contains slot. */
static int contains_by_iter(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    tpy_object *it = tpy_iter(vm, o);
    if (!it)
        return -1;
    int found = 0;
    tpy_object *x;
    while (!found && (x = tpy_next(vm, it))) {
        found = tpy_richcompare_bool(vm, x, item, TPY_EQ);
        tpy_decref(vm, x);
        if (found < 0)
            break;
    }
    tpy_decref(vm, it);
    if (found == 0 && tpy_err_occurred(vm))
        return -1;
    return found;
}

int tpy_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    tpy_type *t = tpy_type_of(o);
    if (t->container && t->container->contains)
        return t->container->contains(vm, o, item);
    if (!t->iter) {
        tpy_err_format(vm, &tpy_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    return contains_by_iter(vm, o, item);
}

tpy_object *tpy_sequence_list(tpy_vm *vm, tpy_object *iterable)
{
    tpy_object *l = tpy_list_new(vm, 0);
    if (l && tpy_list_extend(vm, l, iterable) < 0) {
        tpy_decref(vm, l);
        return NULL;
    }
    return l;
}

tpy_object *tpy_sequence_tuple(tpy_vm *vm, tpy_object *iterable)
{
    if (tpy_type_of(iterable) == &tpy_tuple_type)
        return tpy_newref(iterable);
    tpy_object *l = tpy_sequence_list(vm, iterable);
    if (!l)
        return NULL;
    tpy_object *t = tpy_list_as_tuple(vm, l);
    tpy_decref(vm, l);
    return t;
}

int tpy_seq_index(tpy_vm *vm, tpy_object *key, intptr_t n, const char *what, intptr_t *out)
{
    intptr_t i = tpy_index_ssize(vm, key, &tpy_exc_IndexError);
    if (i == -1 && tpy_err_occurred(vm))
        return -1;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        tpy_err_format(vm, &tpy_exc_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

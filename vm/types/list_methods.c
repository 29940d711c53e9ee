/* vm/types/list_methods.c: the methods of list. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define L(o) ((tpy_list *)(o))

int tpy_seq_find(tpy_vm *vm, tpy_object *const *items, intptr_t n, tpy_object *x, intptr_t start,
                 intptr_t stop, bool count_all, intptr_t *out);
int tpy_seq_index_args(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                       tpy_object *kwnames, intptr_t *start, intptr_t *stop);

#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

static tpy_object *none(void)
{
    return TPY_NONE;
}

METHOD(list_append)
{
    if (tpy_arg_one(vm, "list.append", nargs, kwnames) < 0
        || tpy_list_append(vm, self, tpy_newref(args[0])) < 0)
        return NULL;
    return none();
}

METHOD(list_extend)
{
    if (tpy_arg_one(vm, "list.extend", nargs, kwnames) < 0 || tpy_list_extend(vm, self, args[0]) < 0)
        return NULL;
    return none();
}

METHOD(list_insert)
{
    if (tpy_arg_nokw(vm, "insert", kwnames) < 0 || tpy_arg_count(vm, "insert", nargs, 2, 2) < 0)
        return NULL;
    intptr_t i = tpy_index_ssize(vm, args[0], NULL), n = L(self)->size;
    if (i == -1 && tpy_err_occurred(vm))
        return NULL;
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (tpy_list_resize(vm, L(self), n + 1) < 0)
        return NULL;
    memmove(L(self)->items + i + 1, L(self)->items + i, (size_t)(n - i) * sizeof(tpy_object *));
    L(self)->items[i] = tpy_newref(args[1]);
    return none();
}

METHOD(list_pop)
{
    if (tpy_arg_nokw(vm, "pop", kwnames) < 0 || tpy_arg_count(vm, "pop", nargs, 0, 1) < 0)
        return NULL;
    intptr_t n = L(self)->size, i = n - 1;
    if (nargs && (i = tpy_index_ssize(vm, args[0], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    if (n == 0)
        return tpy_err_set(vm, &tpy_exc_IndexError, "pop from empty list"), NULL;
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return tpy_err_set(vm, &tpy_exc_IndexError, "pop index out of range"), NULL;
    tpy_object *x = L(self)->items[i];
    memmove(L(self)->items + i, L(self)->items + i + 1, (size_t)(n - i - 1) * sizeof x);
    tpy_list_resize(vm, L(self), n - 1);   /* shrinking never fails */
    return x;
}

METHOD(list_remove)
{
    intptr_t i;
    if (tpy_arg_one(vm, "list.remove", nargs, kwnames) < 0)
        return NULL;
    int r = tpy_seq_find(vm, L(self)->items, L(self)->size, args[0], 0, INTPTR_MAX, false, &i);
    if (r < 0)
        return NULL;
    if (r == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "list.remove(x): x not in list"), NULL;
    tpy_object *x = L(self)->items[i];
    intptr_t n = L(self)->size;
    memmove(L(self)->items + i, L(self)->items + i + 1, (size_t)(n - i - 1) * sizeof x);
    tpy_list_resize(vm, L(self), n - 1);
    tpy_decref(vm, x);
    return none();
}

METHOD(list_index)
{
    intptr_t start, stop, i;
    if (tpy_seq_index_args(vm, "index", args, nargs, kwnames, &start, &stop) < 0)
        return NULL;
    int r = tpy_seq_find(vm, L(self)->items, L(self)->size, args[0], start, stop, false, &i);
    if (r < 0)
        return NULL;
    if (r == 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "%R is not in list", args[0]);
    return tpy_int_from_i64(vm, i);
}

METHOD(list_count)
{
    intptr_t n;
    if (tpy_arg_one(vm, "list.count", nargs, kwnames) < 0
        || tpy_seq_find(vm, L(self)->items, L(self)->size, args[0], 0, INTPTR_MAX, true, &n) < 0)
        return NULL;
    return tpy_int_from_i64(vm, n);
}

METHOD(list_reverse)
{
    (void)args;
    if (tpy_arg_none(vm, "list.reverse", nargs, kwnames) < 0)
        return NULL;
    tpy_object **a = L(self)->items;
    for (intptr_t i = 0, j = L(self)->size - 1; i < j; i++, j--) {
        tpy_object *t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
    return none();
}

METHOD(list_clear)
{
    (void)args;
    if (tpy_arg_none(vm, "list.clear", nargs, kwnames) < 0)
        return NULL;
    tpy_type_of(self)->layout.clear(vm->heap, self);
    return none();
}

METHOD(list_copy)
{
    (void)args;
    if (tpy_arg_none(vm, "list.copy", nargs, kwnames) < 0)
        return NULL;
    tpy_object *r = tpy_list_new(vm, (size_t)L(self)->size);
    for (intptr_t i = 0; r && i < L(self)->size; i++)
        L(r)->items[i] = tpy_newref(L(self)->items[i]);
    return r;
}

METHOD(list_sort)
{
    static const char *const names[] = {"key", "reverse", NULL};
    tpy_object *a[2];
    if (nargs)
        return tpy_err_set(vm, &tpy_exc_TypeError, "sort() takes no positional arguments"), NULL;
    if (tpy_arg_parse(vm, "sort", args, 0, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int reverse = tpy_list_sort_reverse_flag(vm, a[1]);
    if (reverse < 0)
        return NULL;
    tpy_object *key = a[0] == TPY_NONE ? NULL : a[0];
    if (tpy_list_sort(vm, self, key, reverse) < 0)
        return NULL;
    return none();
}

int tpy_list_sort_reverse_flag(tpy_vm *vm, tpy_object *arg)
{
    if (!arg)
        return 0;
    /* An int, as CPython's bool(accept={int}) converter wants: None or a
     * float is a TypeError, not a truth value. */
    if (!tpy_has_index(arg)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       tpy_type_of(arg)->name);
        return -1;
    }
    return tpy_is_true(vm, arg);
}

METHOD(list_reversed)
{
    (void)args;
    if (tpy_arg_none(vm, "__reversed__", nargs, kwnames) < 0)
        return NULL;
    return tpy_seqiter_new(vm, &tpy_list_reviter_type, self, L(self)->size - 1);
}

const tpy_method_def tpy_list_methods[] = {
    {"append", list_append, 0, NULL},
    {"extend", list_extend, 0, NULL},
    {"insert", list_insert, 0, NULL},
    {"pop", list_pop, 0, NULL},
    {"remove", list_remove, 0, NULL},
    {"index", list_index, 0, NULL},
    {"count", list_count, 0, NULL},
    {"reverse", list_reverse, 0, NULL},
    {"clear", list_clear, 0, NULL},
    {"copy", list_copy, 0, NULL},
    {"sort", list_sort, 0, NULL},
    {"__reversed__", list_reversed, 0, NULL},
    {"__class_getitem__", tpy_generic_class_getitem, TPY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

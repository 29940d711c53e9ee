/* vm/types/dict_views_ops.c: what dict views add to iteration: the set
 * operators of keys() and items() views (with any iterable, the result a
 * set), isdisjoint, and reversed() of a dict and of its views. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#include "dict_views_ops.h"

/* The dict behind a view (views start with the dict, as dict_views.c lays out). */
typedef struct view_head {
    tpy_object ob;
    tpy_object *dict;
} view_head;

static bool is_set_view(tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    return t == &tpy_dict_keys_type || t == &tpy_dict_items_type;
}

/* a <op> b with either a view: both made sets, then set's operator. */
static tpy_object *view_setop(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    if (!is_set_view(a) && !is_set_view(b))
        return TPY_NOT_IMPLEMENTED;
    tpy_object *sa = tpy_set_new(vm, a);
    tpy_object *sb = sa ? tpy_set_new(vm, b) : NULL;
    tpy_object *r = sb ? tpy_binary_op(vm, op, sa, sb) : NULL;
    tpy_xdecref(vm, sa);
    tpy_xdecref(vm, sb);
    return r;
}

#define SETOP(name, op)                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *a, tpy_object *b) \
    {                                                                 \
        return view_setop(vm, op, a, b);                              \
    }
SETOP(view_and, TPY_OP_AND)
SETOP(view_or, TPY_OP_OR)
SETOP(view_sub, TPY_OP_SUB)
SETOP(view_xor, TPY_OP_XOR)

const tpy_number_slots tpy_dict_view_number = {
    .binary = {[TPY_OP_AND] = view_and, [TPY_OP_OR] = view_or, [TPY_OP_SUB] = view_sub,
               [TPY_OP_XOR] = view_xor},
};

/* keys() and items() compare as sets with sets and set-like views. */
tpy_object *tpy_dict_view_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_anyset_check(b) && !is_set_view(b))
        return TPY_NOT_IMPLEMENTED;
    tpy_object *sa = tpy_set_new(vm, a);
    tpy_object *sb = sa ? tpy_set_new(vm, b) : NULL;
    tpy_object *r = sb ? tpy_richcompare(vm, sa, sb, op) : NULL;
    tpy_xdecref(vm, sa);
    tpy_xdecref(vm, sb);
    return r;
}

static tpy_object *view_isdisjoint(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                   size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "isdisjoint", nargs, kwnames) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, args[0]), *x;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (x = tpy_next(vm, it))) {
        found = tpy_contains(vm, self, x);
        tpy_decref(vm, x);
    }
    tpy_decref(vm, it);
    if (found < 0 || tpy_err_occurred(vm))
        return NULL;
    return tpy_newref(tpy_bool(!found));
}

/* reversed(): the keys, values or items, newest first. tierpy returns an
 * iterator over a snapshot list (CPython's dict_reverse*iterator types
 * walk the table itself). */
enum part { KEYS, VALUES, ITEMS };

static tpy_object *reversed_of(tpy_vm *vm, tpy_object *dict, enum part part)
{
    intptr_t n = tpy_dict_len(dict), pos = 0, i = n;
    tpy_object *l = tpy_list_new(vm, (size_t)n), *k, *v;
    if (!l)
        return NULL;
    while (tpy_dict_next(dict, &pos, &k, &v) && i > 0) {
        tpy_object *x = part == KEYS ? tpy_newref(k) : part == VALUES ? tpy_newref(v)
                                                                   : tpy_tuple_pack(vm, 2, k, v);
        if (!x) {
            tpy_decref(vm, l);   /* its unfilled slots are NULL, which the list allows */
            return NULL;
        }
        ((tpy_list *)l)->items[--i] = x;
    }
    tpy_object *it = tpy_iter(vm, l);
    tpy_decref(vm, l);
    return it;
}

#define REVERSED(name, dictof, part)                                                       \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args,          \
                            size_t nargs, tpy_object *kwnames)                              \
    {                                                                                       \
        (void)args;                                                                         \
        if (tpy_arg_none(vm, "__reversed__", nargs, kwnames) < 0)                           \
            return NULL;                                                                    \
        return reversed_of(vm, dictof, part);                                               \
    }
REVERSED(dict_reversed, self, KEYS)
REVERSED(keys_reversed, ((view_head *)self)->dict, KEYS)
REVERSED(values_reversed, ((view_head *)self)->dict, VALUES)
REVERSED(items_reversed, ((view_head *)self)->dict, ITEMS)

tpy_object *tpy_dict_reversed_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames)
{
    return dict_reversed(vm, self, args, nargs, kwnames);
}

const tpy_method_def tpy_dict_keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", keys_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const tpy_method_def tpy_dict_items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", items_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const tpy_method_def tpy_dict_values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

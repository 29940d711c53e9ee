/* vm/types/set_ops.c: set algebra, comparisons, construction and the
 * methods of set and frozenset. */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define SET(o) ((tpy_set *)(o))

tpy_object *tpy_set_make(tpy_vm *vm, tpy_type *type);
tpy_object *tpy_set_pop(tpy_vm *vm, tpy_object *set);
void tpy_set_clear_all(tpy_obj_heap *heap, tpy_object *set);

static int set_update(tpy_vm *vm, tpy_object *s, tpy_object *iterable)
{
    if (tpy_anyset_check(iterable)) {
        intptr_t pos = 0;
        tpy_object *k;
        while (tpy_set_next(iterable, &pos, &k))
            if (tpy_set_add(vm, s, k) < 0)
                return -1;
        return 0;
    }
    tpy_object *it = tpy_iter(vm, iterable), *k;
    if (!it)
        return -1;
    while ((k = tpy_next(vm, it))) {
        int r = tpy_set_add(vm, s, k);
        tpy_decref(vm, k);
        if (r < 0)
            break;
    }
    tpy_decref(vm, it);
    return tpy_err_occurred(vm) ? -1 : 0;
}

static tpy_object *make_from(tpy_vm *vm, tpy_type *t, tpy_object *iterable)
{
    tpy_object *s = tpy_set_make(vm, t);
    if (s && iterable && set_update(vm, s, iterable) < 0) {
        tpy_decref(vm, s);
        return NULL;
    }
    return s;
}

tpy_object *tpy_set_new(tpy_vm *vm, tpy_object *iterable)
{
    return make_from(vm, &tpy_set_type, iterable);
}

tpy_object *tpy_frozenset_new(tpy_vm *vm, tpy_object *iterable)
{
    return make_from(vm, &tpy_frozenset_type, iterable);
}

tpy_object *tpy_set_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, t->name, kwnames) < 0 || tpy_arg_count(vm, t->name, nargs, 0, 1) < 0)
        return NULL;
    if (t == &tpy_frozenset_type && nargs && tpy_type_of(args[0]) == &tpy_frozenset_type)
        return tpy_newref(args[0]);
    return make_from(vm, t, nargs ? args[0] : NULL);
}

/* ---- algebra -------------------------------------------------------------------------------- */

/* The result takes the left operand's built-in type (set | frozenset is
 * a set; a subclass's result is a plain set or frozenset, as in CPython). */
static tpy_type *result_type(tpy_object *a)
{
    return tpy_isinstance(a, &tpy_frozenset_type) ? &tpy_frozenset_type : &tpy_set_type;
}

static tpy_object *copy_of(tpy_vm *vm, tpy_object *a)
{
    return make_from(vm, result_type(a), a);
}

static tpy_object *set_union(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    tpy_object *r = copy_of(vm, a);
    if (r && set_update(vm, r, b) < 0)
        TPY_CLEAR(vm, r);
    return r;
}

/* Items of a that are (keep=1) or are not (keep=0) in b. */
static tpy_object *set_filter(tpy_vm *vm, tpy_object *a, tpy_object *b, int keep)
{
    tpy_object *r = tpy_set_make(vm, result_type(a));
    intptr_t pos = 0;
    tpy_object *k;
    while (r && tpy_set_next(a, &pos, &k)) {
        int in = tpy_set_contains(vm, b, k);
        if (in < 0 || (in == keep && tpy_set_add(vm, r, k) < 0))
            TPY_CLEAR(vm, r);
    }
    return r;
}

/* a & b (of a's type): CPython walks the smaller set (b on a tie) and
 * adds its members found in the other, which fixes the result's order. */
static tpy_object *set_intersect(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    tpy_object *walk = tpy_set_len(b) > tpy_set_len(a) ? a : b, *probe = walk == a ? b : a;
    tpy_object *r = tpy_set_make(vm, result_type(a));
    intptr_t pos = 0;
    tpy_object *k;
    while (r && tpy_set_next(walk, &pos, &k)) {
        int in = tpy_set_contains(vm, probe, k);
        if (in < 0 || (in && tpy_set_add(vm, r, k) < 0))
            TPY_CLEAR(vm, r);
    }
    return r;
}

static tpy_object *set_symdiff(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    tpy_object *r = set_filter(vm, a, b, 0);
    intptr_t pos = 0;
    tpy_object *k;
    while (r && tpy_set_next(b, &pos, &k)) {
        int in = tpy_set_contains(vm, a, k);
        if (in < 0 || (!in && tpy_set_add(vm, r, k) < 0))
            TPY_CLEAR(vm, r);
    }
    return r;
}

static tpy_object *set_binop(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    if (!tpy_anyset_check(a) || !tpy_anyset_check(b))
        return TPY_NOT_IMPLEMENTED;
    switch (op) {
    case TPY_OP_OR: return set_union(vm, a, b);
    case TPY_OP_AND: return set_intersect(vm, a, b);
    case TPY_OP_SUB: return set_filter(vm, a, b, 0);
    default: return set_symdiff(vm, a, b);
    }
}

/* In place: replace a's contents with the result's. */
static tpy_object *set_inplace(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    if (!tpy_anyset_check(b))
        return TPY_NOT_IMPLEMENTED;
    if (op == TPY_OP_OR)
        return set_update(vm, a, b) < 0 ? NULL : tpy_newref(a);
    if (op == TPY_OP_SUB || op == TPY_OP_XOR) {
        /* - and ^ edit a's own table, as CPython does, so that the
         * iteration order matches; & builds the result and refills. */
        if (a == b) {
            tpy_set_clear_all(vm->heap, a);
            return tpy_newref(a);
        }
        intptr_t pos = 0;
        tpy_object *key;
        int st = 0;
        while (st == 0 && tpy_set_next(b, &pos, &key)) {
            int had = tpy_set_discard(vm, a, key);
            st = had < 0 ? -1 : (op == TPY_OP_XOR && !had) ? tpy_set_add(vm, a, key) : 0;
        }
        return st < 0 ? NULL : tpy_newref(a);
    }
    tpy_object *r = set_binop(vm, op, a, b);
    if (!r)
        return NULL;
    tpy_set_clear_all(vm->heap, a);
    int e = set_update(vm, a, r);
    tpy_decref(vm, r);
    return e < 0 ? NULL : tpy_newref(a);
}

#define BIN(name, op)                                                            \
    static tpy_object *name(tpy_vm *vm, tpy_object *a, tpy_object *b)            \
    {                                                                            \
        return set_binop(vm, op, a, b);                                          \
    }                                                                            \
    static tpy_object *name##_in(tpy_vm *vm, tpy_object *a, tpy_object *b)       \
    {                                                                            \
        return set_inplace(vm, op, a, b);                                        \
    }
BIN(set_or, TPY_OP_OR)
BIN(set_and, TPY_OP_AND)
BIN(set_sub, TPY_OP_SUB)
BIN(set_xor, TPY_OP_XOR)

const tpy_number_slots tpy_set_number = {
    .binary = {[TPY_OP_OR] = set_or, [TPY_OP_AND] = set_and, [TPY_OP_SUB] = set_sub,
               [TPY_OP_XOR] = set_xor},
    .inplace = {[TPY_OP_OR] = set_or_in, [TPY_OP_AND] = set_and_in,
                [TPY_OP_SUB] = set_sub_in, [TPY_OP_XOR] = set_xor_in},
};
const tpy_number_slots tpy_frozenset_number = {
    .binary = {[TPY_OP_OR] = set_or, [TPY_OP_AND] = set_and, [TPY_OP_SUB] = set_sub,
               [TPY_OP_XOR] = set_xor},
};

static intptr_t set_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return SET(o)->used;
}

/* `x in s`: an unhashable set is looked up as the equal frozenset. */
static int set_contains_slot(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    int r = tpy_set_contains(vm, o, key);
    if (r < 0 && tpy_type_of(key) == &tpy_set_type && tpy_err_matches(vm, &tpy_exc_TypeError)) {
        tpy_err_clear(vm);
        tpy_object *f = tpy_frozenset_new(vm, key);
        if (!f)
            return -1;
        r = tpy_set_contains(vm, o, f);
        tpy_decref(vm, f);
    }
    return r;
}

const tpy_container_slots tpy_set_container = {.len = set_len, .contains = set_contains_slot};

/* ---- comparisons -------------------------------------------------------------------------------- */

static int is_subset(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (SET(a)->used > SET(b)->used)
        return 0;
    intptr_t pos = 0;
    tpy_object *k;
    while (tpy_set_next(a, &pos, &k)) {
        int in = tpy_set_contains(vm, b, k);
        if (in <= 0)
            return in;
    }
    return 1;
}

tpy_object *tpy_set_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op);
tpy_object *tpy_set_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_anyset_check(b))
        return TPY_NOT_IMPLEMENTED;
    intptr_t na = SET(a)->used, nb = SET(b)->used;
    int r;
    switch (op) {
    case TPY_EQ: case TPY_NE:
        r = na == nb ? is_subset(vm, a, b) : 0;
        return r < 0 ? NULL : tpy_bool((op == TPY_EQ) == (r == 1));
    case TPY_LE: r = is_subset(vm, a, b); break;
    case TPY_GE: r = is_subset(vm, b, a); break;
    case TPY_LT: r = na < nb ? is_subset(vm, a, b) : 0; break;
    default: r = na > nb ? is_subset(vm, b, a) : 0; break;
    }
    return r < 0 ? NULL : tpy_bool(r);
}

/* ---- methods ------------------------------------------------------------------------------------------ */

#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

METHOD(set_add_m)
{
    if (tpy_arg_one(vm, "set.add", nargs, kwnames) < 0 || tpy_set_add(vm, self, args[0]) < 0)
        return NULL;
    return TPY_NONE;
}

METHOD(set_discard_m)
{
    if (tpy_arg_one(vm, "set.discard", nargs, kwnames) < 0 || tpy_set_discard(vm, self, args[0]) < 0)
        return NULL;
    return TPY_NONE;
}

METHOD(set_remove_m)
{
    if (tpy_arg_one(vm, "set.remove", nargs, kwnames) < 0)
        return NULL;
    int r = tpy_set_discard(vm, self, args[0]);
    if (r == 0)
        tpy_err_set_object(vm, &tpy_exc_KeyError, args[0]);
    return r > 0 ? TPY_NONE : NULL;
}

METHOD(set_pop_m)
{
    (void)args;
    return tpy_arg_none(vm, "set.pop", nargs, kwnames) < 0 ? NULL : tpy_set_pop(vm, self);
}

METHOD(set_clear_m)
{
    (void)args;
    if (tpy_arg_none(vm, "set.clear", nargs, kwnames) < 0)
        return NULL;
    tpy_set_clear_all(vm->heap, self);
    return TPY_NONE;
}

METHOD(set_copy_m)
{
    (void)args;
    if (tpy_arg_none(vm, "copy", nargs, kwnames) < 0)
        return NULL;
    if (tpy_type_of(self) == &tpy_frozenset_type)
        return tpy_newref(self);
    return copy_of(vm, self);
}

METHOD(set_update_m)
{
    if (tpy_arg_nokw(vm, "set.update", kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update(vm, self, args[i]) < 0)
            return NULL;
    return TPY_NONE;
}

/* union/intersection/difference/...: any iterables, converted to sets. */
static tpy_object *multi(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames, const char *fname, enum tpy_binop op)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return NULL;
    tpy_object *r = copy_of(vm, self);
    for (size_t i = 0; r && i < nargs; i++) {
        tpy_object *other = tpy_anyset_check(args[i]) ? tpy_newref(args[i])
                                                       : tpy_set_new(vm, args[i]);
        tpy_object *next = other ? set_binop(vm, op, r, other) : NULL;
        tpy_xdecref(vm, other);
        TPY_SETREF(vm, r, next);
    }
    return r;
}

METHOD(set_union_m) { return multi(vm, self, args, nargs, kwnames, "union", TPY_OP_OR); }
METHOD(set_intersection_m) { return multi(vm, self, args, nargs, kwnames, "intersection", TPY_OP_AND); }
METHOD(set_difference_m) { return multi(vm, self, args, nargs, kwnames, "difference", TPY_OP_SUB); }
METHOD(set_symdiff_m)
{
    if (tpy_arg_one(vm, "symmetric_difference", nargs, kwnames) < 0)
        return NULL;
    return multi(vm, self, args, nargs, NULL, "symmetric_difference", TPY_OP_XOR);
}

static tpy_object *relation(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, const char *fname, int which)
{
    if (tpy_arg_one(vm, fname, nargs, kwnames) < 0)
        return NULL;
    tpy_object *other = tpy_anyset_check(args[0]) ? tpy_newref(args[0]) : tpy_set_new(vm, args[0]);
    if (!other)
        return NULL;
    int r;
    if (which == 0)
        r = is_subset(vm, self, other);
    else if (which == 1)
        r = is_subset(vm, other, self);
    else {
        tpy_object *i = set_filter(vm, self, other, 1);
        r = i ? SET(i)->used == 0 : -1;
        tpy_xdecref(vm, i);
    }
    tpy_decref(vm, other);
    return r < 0 ? NULL : tpy_bool(r);
}

METHOD(set_issubset_m) { return relation(vm, self, args, nargs, kwnames, "issubset", 0); }
METHOD(set_issuperset_m) { return relation(vm, self, args, nargs, kwnames, "issuperset", 1); }
METHOD(set_isdisjoint_m) { return relation(vm, self, args, nargs, kwnames, "isdisjoint", 2); }

/* intersection_update & co.: the operator applied in place, argument by
 * argument (any iterables, made sets first). */
static tpy_object *multi_update(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames, const char *fname,
                                enum tpy_binop op)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        tpy_object *other = tpy_anyset_check(args[i]) ? tpy_newref(args[i])
                                                       : tpy_set_new(vm, args[i]);
        tpy_object *r = other ? set_inplace(vm, op, self, other) : NULL;
        tpy_xdecref(vm, other);
        if (!r)
            return NULL;
        tpy_decref(vm, r);
    }
    return TPY_NONE;
}

METHOD(set_intersection_update_m)
{
    return multi_update(vm, self, args, nargs, kwnames, "intersection_update", TPY_OP_AND);
}

METHOD(set_difference_update_m)
{
    return multi_update(vm, self, args, nargs, kwnames, "difference_update", TPY_OP_SUB);
}

METHOD(set_symdiff_update_m)
{
    if (tpy_arg_one(vm, "symmetric_difference_update", nargs, kwnames) < 0)
        return NULL;
    return multi_update(vm, self, args, nargs, NULL, "symmetric_difference_update", TPY_OP_XOR);
}

#define COMMON_METHODS                                                        \
    {"copy", set_copy_m, 0, NULL}, {"union", set_union_m, 0, NULL},            \
    {"intersection", set_intersection_m, 0, NULL},                            \
    {"difference", set_difference_m, 0, NULL},                                \
    {"symmetric_difference", set_symdiff_m, 0, NULL},                         \
    {"issubset", set_issubset_m, 0, NULL}, {"issuperset", set_issuperset_m, 0, NULL}, \
    {"isdisjoint", set_isdisjoint_m, 0, NULL}

const tpy_method_def tpy_set_methods[] = {
    {"add", set_add_m, 0, NULL}, {"discard", set_discard_m, 0, NULL},
    {"remove", set_remove_m, 0, NULL}, {"pop", set_pop_m, 0, NULL},
    {"clear", set_clear_m, 0, NULL}, {"update", set_update_m, 0, NULL},
    {"intersection_update", set_intersection_update_m, 0, NULL},
    {"difference_update", set_difference_update_m, 0, NULL},
    {"symmetric_difference_update", set_symdiff_update_m, 0, NULL},
    COMMON_METHODS,
    {"__class_getitem__", tpy_generic_class_getitem, TPY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

const tpy_method_def tpy_frozenset_methods[] = {
    COMMON_METHODS,
    {"__class_getitem__", tpy_generic_class_getitem, TPY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

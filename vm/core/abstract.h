/* vm/core/abstract.h: the object protocol every instruction goes through.
 *
 * These functions dispatch on the type's slots the way CPython's
 * Objects/abstract.c and object.c do, with its error messages. Results
 * follow object.h's conventions (new reference or NULL; int 0/-1).
 */
#ifndef TIERPY_VM_ABSTRACT_H
#define TIERPY_VM_ABSTRACT_H

#include "object.h"

/* NotImplemented, as a new reference (immortal, so no count is taken). */
extern tpy_object tpy_not_implemented_obj;
#define TPY_NOT_IMPLEMENTED (&tpy_not_implemented_obj)

/* ---- object ------------------------------------------------------------ */
tpy_object *tpy_repr(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_str(tpy_vm *vm, tpy_object *o);
tpy_hash_t tpy_hash(tpy_vm *vm, tpy_object *o);
tpy_hash_t tpy_hash_unhashable(tpy_vm *vm, tpy_object *o);  /* the hash slot of list, dict, ... */
tpy_hash_t tpy_hash_pointer(const void *p);
tpy_object *tpy_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op);
/* 1 true, 0 false, -1 error; `a is b` answers == and != at once. */
int tpy_richcompare_bool(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op);
int tpy_is_true(tpy_vm *vm, tpy_object *o);
const char *tpy_cmp_symbol(enum tpy_cmp op);

/* Repr recursion guard (CPython's Py_ReprEnter): 0 entered, 1 already
 * being printed (write "[...]"), -1 error. */
int tpy_repr_enter(tpy_vm *vm, tpy_object *o);
void tpy_repr_leave(tpy_vm *vm, tpy_object *o);

/* ---- attributes -------------------------------------------------------- */
tpy_object *tpy_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name);
/* After a failed getattr(o, name): a pending AttributeError without
 * name and obj gets them (CPython's context for "Did you mean"). */
void tpy_attr_error_context(tpy_vm *vm, tpy_object *o, tpy_object *name);
tpy_object *tpy_getattr_c(tpy_vm *vm, tpy_object *o, const char *name);
int tpy_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value); /* NULL: del */
tpy_object *tpy_generic_getattr(tpy_vm *vm, tpy_object *o, tpy_object *name);
int tpy_generic_setattr(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value);

/* ---- calls -------------------------------------------------------------- */
tpy_object *tpy_call(tpy_vm *vm, tpy_object *callable, tpy_object *const *args,
                     size_t nargs, tpy_object *kwnames);
/* o.name(*args) */
tpy_object *tpy_call_method(tpy_vm *vm, tpy_object *o, const char *name,
                            tpy_object *const *args, size_t nargs);

/* ---- numbers ------------------------------------------------------------ */
tpy_object *tpy_binary_op(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b);
tpy_object *tpy_inplace_op(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b);
tpy_object *tpy_power(tpy_vm *vm, tpy_object *a, tpy_object *b, tpy_object *mod); /* mod NULL or None: 2-arg */
tpy_object *tpy_neg(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_pos(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_invert(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_abs(tpy_vm *vm, tpy_object *o);
const char *tpy_binop_symbol(enum tpy_binop op);
/* o.__index__() as an int object. */
tpy_object *tpy_index(tpy_vm *vm, tpy_object *o);
/* o.__index__() as a C integer; on overflow raises `overflow_type` with
 * "cannot fit 'int' into an index-sized integer", or clamps when NULL. */
intptr_t tpy_index_ssize(tpy_vm *vm, tpy_object *o, tpy_type *overflow_type);
bool tpy_has_index(tpy_object *o);
tpy_object *tpy_number_int(tpy_vm *vm, tpy_object *o);    /* int(o) */
tpy_object *tpy_number_float(tpy_vm *vm, tpy_object *o);  /* float(o) */

/* ---- containers ---------------------------------------------------------- */
intptr_t tpy_len(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key);
int tpy_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value);
int tpy_delitem(tpy_vm *vm, tpy_object *o, tpy_object *key);
int tpy_contains(tpy_vm *vm, tpy_object *container, tpy_object *item);
tpy_object *tpy_iter(tpy_vm *vm, tpy_object *o);
/* The next item; NULL with no exception set when exhausted. */
tpy_object *tpy_next(tpy_vm *vm, tpy_object *it);
/* Set by the runtime (gen.c): the value a generator returned when its
 * next slot ended it, taken (new reference), or NULL; next() raises
 * StopIteration with it. */
extern tpy_object *(*tpy_next_stop_value_hook)(tpy_vm *vm, tpy_object *it);
/* A new list of the items of an iterable. */
tpy_object *tpy_sequence_list(tpy_vm *vm, tpy_object *iterable);
/* A tuple of the items (the same object when already an exact tuple). */
tpy_object *tpy_sequence_tuple(tpy_vm *vm, tpy_object *iterable);
/* Index normalisation for sequences of length n: an int-like key to an
 * index in [0, n), or -1 with IndexError "<what> index out of range". */
int tpy_seq_index(tpy_vm *vm, tpy_object *key, intptr_t n, const char *what, intptr_t *out);

/* ---- argument checking for builtin methods ------------------------------- */
int tpy_arg_nokw(tpy_vm *vm, const char *fname, tpy_object *kwnames);
/* "<fname>() takes no arguments (N given)" etc.: CPython's METH_NOARGS / METH_O
 * wording; tpy_arg_count: "<fname> expected at most/at least N argument(s), got M". */
int tpy_arg_none(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames);
int tpy_arg_one(tpy_vm *vm, const char *fname, size_t nargs, tpy_object *kwnames);
int tpy_arg_count(tpy_vm *vm, const char *fname, size_t nargs, size_t min, size_t max);
/* Positional-or-keyword parsing: `names` (NULL-terminated) name the
 * parameters in order, the first `nposonly` positional-only; out[] receives
 * borrowed references (NULL when not given); the first `nrequired` are
 * required. */
int tpy_arg_parse(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                  tpy_object *kwnames, const char *const *names, size_t nposonly,
                  size_t nrequired, tpy_object **out);

#endif

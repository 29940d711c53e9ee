/* vm/core/error.h: the current exception of a VM.
 *
 * One current exception per VM, 3.11 style: an exception *instance* (with
 * its args, __cause__, __context__, __traceback__, __suppress_context__),
 * not CPython 3.11's (type, value, traceback) triple. A function that
 * fails sets it and returns NULL or -1; the caller passes the failure up
 * or handles it (tpy_err_matches, tpy_err_clear).
 */
#ifndef TIERPY_VM_ERROR_H
#define TIERPY_VM_ERROR_H

#include <stdarg.h>

#include "object.h"

/* Raise `type(message)` (message UTF-8; NULL: no arguments). */
void tpy_err_set(tpy_vm *vm, tpy_type *type, const char *message);
/* Raise `type(value)` (value borrowed; NULL: no arguments), e.g. KeyError(key). */
void tpy_err_set_object(tpy_vm *vm, tpy_type *type, tpy_object *value);
/* Raise an exception instance (borrowed). */
void tpy_err_set_instance(tpy_vm *vm, tpy_object *exc);
/* Raise `type(message)` with a printf-like message: %s (UTF-8), %c, %d, %u,
 * %ld, %zd, %zu, %lld, %x, %p, %% and, for objects, %R (repr), %S (str),
 * %T (the type's name), %U (a str object). Returns NULL for convenience. */
tpy_object *tpy_err_format(tpy_vm *vm, tpy_type *type, const char *fmt, ...);
tpy_object *tpy_err_vformat(tpy_vm *vm, tpy_type *type, const char *fmt, va_list ap);
/* Build the message alone, as a str object (new reference). */
tpy_object *tpy_str_format(tpy_vm *vm, const char *fmt, ...);
tpy_object *tpy_str_vformat(tpy_vm *vm, const char *fmt, va_list ap);

/* The current exception (borrowed), or NULL. */
tpy_object *tpy_err_occurred(tpy_vm *vm);
/* 1 if the current exception is an instance of `type` (or a subclass). */
bool tpy_err_matches(tpy_vm *vm, tpy_type *type);
/* Take the current exception (a new reference the caller owns) and clear it. */
tpy_object *tpy_err_fetch(tpy_vm *vm);
/* Make `exc` (a reference given away, or NULL) the current exception. */
void tpy_err_restore(tpy_vm *vm, tpy_object *exc);
void tpy_err_clear(tpy_vm *vm);
/* Raise MemoryError from the VM's preallocated instance: no allocation. */
tpy_object *tpy_err_no_memory(tpy_vm *vm);
/* "bad argument to internal function" and similar VM bugs. */
tpy_object *tpy_err_bad_internal_call(tpy_vm *vm, const char *where);

#endif

/* vm/modules/stdmod.h: what the C standard modules (time, os, io, struct,
 * random, array) share: OSError from errno, the bytes of a buffer-like
 * object, and the types the core registers for them. */
#ifndef TIERPY_VM_STDMOD_H
#define TIERPY_VM_STDMOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* Raise OSError (or the subclass errno selects: FileNotFoundError, ...)
 * as OSError(err, strerror(err)[, filename]); filename borrowed, may be
 * NULL. Returns NULL. */
tpy_object *tpy_err_from_errno(tpy_vm *vm, int err, tpy_object *filename);

/* A contiguous byte view of a buffer object: bytes, bytearray, memoryview
 * or array.array. `data` is borrowed and stays valid only while the
 * object is not resized. `format`/`itemsize` describe the items ("B", 1
 * for the byte strings). */
typedef struct tpy_bufview {
    unsigned char *data;
    intptr_t len;          /* in bytes */
    bool readonly;
    char format[4];        /* a struct-module code, NUL-terminated */
    intptr_t itemsize;
} tpy_bufview;

/* 1 with *v filled when `o` exports a buffer, 0 when it does not (no
 * exception set), -1 with an exception (a released memoryview). */
int tpy_get_buffer(tpy_vm *vm, tpy_object *o, tpy_bufview *v);

/* Native items (native_items.c): the size of a typecode (0: unknown),
 * an item read as a Python object, a Python number stored (array's
 * checks and messages). */
int tpy_native_size(char code);
tpy_object *tpy_native_get(tpy_vm *vm, char code, const unsigned char *p);
int tpy_native_set(tpy_vm *vm, char code, tpy_object *v, unsigned char *p);

/* Export count of an array or bytearray-like object while memoryviews
 * look at it: array.c asks before it resizes. */
extern tpy_type tpy_array_type, tpy_array_iter_type, tpy_memoryview_type;

/* array.array internals that memoryview reads (array.c). */
bool tpy_array_check(const tpy_object *o);
void tpy_array_view(tpy_object *o, tpy_bufview *v);
void tpy_array_export(tpy_object *o, int delta);

/* dict[name] = value, consuming the new reference `value` (NULL: an
 * error already set): 0 or -1 (stdmod_args.c). */
int tpy_stdmod_set_owned(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *value);
/* The optional size argument of read(n) and friends: -1 when absent or
 * None; TypeError for a non-integer. */
int tpy_stdmod_size_arg(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                        tpy_object *kwnames, intptr_t *out);

/* SHA-512 of n bytes into out (sha512.c). */
void tpy_sha512(const unsigned char *data, size_t n, unsigned char out[64]);

/* The builtin open() (iomodule.c). */
tpy_object *tpy_builtin_open(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames);

#endif

/* vm/types/bytearray.h: the mutable byte string (bytearray.c). */
#ifndef TIERPY_VM_BYTEARRAY_H
#define TIERPY_VM_BYTEARRAY_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct tpy_bytearray {
    tpy_object ob;
    intptr_t size;          /* bytes in use */
    intptr_t alloc;         /* room in `data` */
    unsigned char *data;    /* tpy_obj_heap_malloc'd, NULL when alloc is 0 */
    int exports;            /* memoryviews looking at data: no resizing meanwhile */
} tpy_bytearray;

extern tpy_type tpy_bytearray_type, tpy_bytearray_iter_type;

static inline bool tpy_bytearray_check(const tpy_object *o)
{
    return o->type == &tpy_bytearray_type.layout;
}

tpy_object *tpy_bytearray_from(tpy_vm *vm, const void *data, size_t n);
/* The bytes of a bytes-like object (bytes or bytearray): true with a
 * borrowed pointer and length, false for anything else. */
bool tpy_bytes_like(tpy_object *o, const unsigned char **p, intptr_t *n);

#endif

/* vm/modules/stringio.h: io.StringIO and io.BytesIO (stringio.c): files
 * in memory, one implementation over elements of 4 bytes (code points)
 * or 1 byte. */
#ifndef TIERPY_VM_STRINGIO_H
#define TIERPY_VM_STRINGIO_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

typedef struct tpy_memio {
    tpy_object ob;
    unsigned char *data;   /* len elements of `width` bytes, from the VM's heap */
    size_t len, cap, pos;  /* in elements; pos may pass len (a write pads) */
    int width;             /* 4: StringIO (UCS-4), 1: BytesIO */
    bool closed;
} tpy_memio;

extern tpy_type tpy_stringio_type, tpy_bytesio_type;

#endif

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
    int newline;           /* StringIO's newline argument: TPY_MEMIO_NL_* */
    bool closed;
} tpy_memio;

/** @name StringIO newline modes (the `newline` argument)
 *  @{ */
#define TPY_MEMIO_NL_LF 0    /**< '\n' (the default): no translation */
#define TPY_MEMIO_NL_NONE 1  /**< None: '\r\n' and '\r' written become '\n' */
#define TPY_MEMIO_NL_ANY 2   /**< '': no translation, lines end at any of them */
#define TPY_MEMIO_NL_CR 3    /**< '\r': '\n' written becomes '\r' */
#define TPY_MEMIO_NL_CRLF 4  /**< '\r\n': '\n' written becomes '\r\n' */
/** @} */

extern tpy_type tpy_stringio_type, tpy_bytesio_type;

#endif

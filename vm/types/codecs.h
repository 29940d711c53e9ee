/* vm/types/codecs.h: the UTF-16 and UTF-32 codecs (codecs.c), for the
 * encodings bytes_methods.c does not handle itself. */
#ifndef TIERPY_VM_CODECS_H
#define TIERPY_VM_CODECS_H

#include <stdint.h>

#include "object.h"

/* A UTF-16/UTF-32 codec: 2 or 4 bytes per unit; order 'l', 'b', or 0 for
 * the BOM-marked form ("utf-16": BOM + little-endian out, BOM-sniffing in). */
typedef struct tpy_wide_codec {
    int unit;
    char order;
    const char *name;   /* as CPython's messages spell it: "utf-16-le" */
} tpy_wide_codec;

/* 1 with *out filled when `encoding` (a str) names one, else 0. */
int tpy_wide_codec_of(tpy_object *encoding, tpy_wide_codec *out);
/* errors: a str or NULL ("strict"); only "strict" is supported. */
tpy_object *tpy_wide_encode(tpy_vm *vm, tpy_object *str, const tpy_wide_codec *c,
                            tpy_object *errors);
tpy_object *tpy_wide_decode(tpy_vm *vm, const unsigned char *s, size_t n,
                            const tpy_wide_codec *c, tpy_object *errors);

#endif

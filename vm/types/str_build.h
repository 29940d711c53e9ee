/* vm/types/str_build.h: a growable array of code points for building
 * strs (formatting, case mapping, padding). Appends raise MemoryError and
 * return -1 on failure; the buffer stays valid and is released by
 * tpy_ubuf_finish (which makes the str) or tpy_ubuf_free. Private to
 * vm/types. */
#ifndef TIERPY_VM_STR_BUILD_H
#define TIERPY_VM_STR_BUILD_H

#include <stddef.h>
#include <stdint.h>

#include "object.h"

typedef struct tpy_ubuf {
    tpy_vm *vm;
    uint32_t *p;      /* tpy_vm_malloc'd; NULL until the first append */
    size_t n, cap;
} tpy_ubuf;

void tpy_ubuf_init(tpy_ubuf *b, tpy_vm *vm);
void tpy_ubuf_free(tpy_ubuf *b);
/* The str of the code points appended so far; the buffer is released. */
tpy_object *tpy_ubuf_finish(tpy_ubuf *b);
int tpy_ubuf_reserve(tpy_ubuf *b, size_t extra);
int tpy_ubuf_put(tpy_ubuf *b, uint32_t c);
int tpy_ubuf_put_repeat(tpy_ubuf *b, uint32_t c, size_t count);
/* s[start:end] of a str object. */
int tpy_ubuf_put_sub(tpy_ubuf *b, tpy_object *s, intptr_t start, intptr_t end);
int tpy_ubuf_put_str(tpy_ubuf *b, tpy_object *s);
/* UTF-8 text, leniently decoded (the VM's own output: CESU-encoded lone
 * surrogates come back as themselves). */
int tpy_ubuf_put_utf8(tpy_ubuf *b, const char *s, size_t n);
int tpy_ubuf_put_ascii(tpy_ubuf *b, const char *s);

/* Character classes shared by the str methods (str_methods.c). */
bool tpy_unicode_is_space(uint32_t c);
/* Decimal value of a Unicode decimal digit (category Nd), or -1. */
int tpy_unicode_decimal(uint32_t c);

#endif

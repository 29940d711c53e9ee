/* vm/core/buf.h: a growable UTF-8 byte buffer for building strs (reprs,
 * messages, joins), allocated from the VM's heap. A failed append sets
 * MemoryError and returns -1; the buffer stays valid and must still be
 * released (tpy_buf_free) or finished (tpy_buf_finish). */
#ifndef TIERPY_VM_BUF_H
#define TIERPY_VM_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "object.h"

typedef struct tpy_buf {
    tpy_vm *vm;
    char *data;
    size_t len, cap;
    char inline_data[128];   /* most reprs fit without touching the heap */
} tpy_buf;

void tpy_buf_init(tpy_buf *b, tpy_vm *vm);
void tpy_buf_free(tpy_buf *b);
int tpy_buf_reserve(tpy_buf *b, size_t extra);
int tpy_buf_append(tpy_buf *b, const char *s, size_t n);
int tpy_buf_puts(tpy_buf *b, const char *s);
int tpy_buf_putc(tpy_buf *b, char c);
int tpy_buf_printf(tpy_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append the UTF-8 of a str object. */
int tpy_buf_put_str(tpy_buf *b, tpy_object *str);
/* Append repr(o) / str(o). */
int tpy_buf_put_repr(tpy_buf *b, tpy_object *o);
int tpy_buf_put_strof(tpy_buf *b, tpy_object *o);
/* The contents as a str object (the buffer is released either way). */
tpy_object *tpy_buf_finish(tpy_buf *b);

#endif

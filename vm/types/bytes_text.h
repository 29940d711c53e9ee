/* vm/types/bytes_text.h: bytes' ASCII text methods beyond bytes_methods.c
 * (splitlines, center/ljust/rjust/zfill, title/capitalize/swapcase,
 * istitle, expandtabs), in bytes_text.c. */
#ifndef TIERPY_VM_BYTES_TEXT_H
#define TIERPY_VM_BYTES_TEXT_H

#include "object.h"

#define TPY_BYTES_TEXT_METHOD(name)                                                      \
    tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs, \
                     tpy_object *kwnames)
TPY_BYTES_TEXT_METHOD(tpy_bytes_splitlines);
TPY_BYTES_TEXT_METHOD(tpy_bytes_center);
TPY_BYTES_TEXT_METHOD(tpy_bytes_ljust);
TPY_BYTES_TEXT_METHOD(tpy_bytes_rjust);
TPY_BYTES_TEXT_METHOD(tpy_bytes_zfill);
TPY_BYTES_TEXT_METHOD(tpy_bytes_title);
TPY_BYTES_TEXT_METHOD(tpy_bytes_capitalize);
TPY_BYTES_TEXT_METHOD(tpy_bytes_swapcase);
TPY_BYTES_TEXT_METHOD(tpy_bytes_istitle);
TPY_BYTES_TEXT_METHOD(tpy_bytes_expandtabs);
/* bytes_translate.c */
TPY_BYTES_TEXT_METHOD(tpy_bytes_translate);
TPY_BYTES_TEXT_METHOD(tpy_bytes_maketrans);
TPY_BYTES_TEXT_METHOD(tpy_bytes_removeprefix);
TPY_BYTES_TEXT_METHOD(tpy_bytes_removesuffix);

/* The entries for bytes' method table. */
#define TPY_BYTES_TEXT_METHODS                                                           \
    {"splitlines", tpy_bytes_splitlines, 0, NULL}, {"center", tpy_bytes_center, 0, NULL}, \
    {"ljust", tpy_bytes_ljust, 0, NULL}, {"rjust", tpy_bytes_rjust, 0, NULL},             \
    {"zfill", tpy_bytes_zfill, 0, NULL}, {"title", tpy_bytes_title, 0, NULL},             \
    {"capitalize", tpy_bytes_capitalize, 0, NULL},                                       \
    {"swapcase", tpy_bytes_swapcase, 0, NULL}, {"istitle", tpy_bytes_istitle, 0, NULL},   \
    {"expandtabs", tpy_bytes_expandtabs, 0, NULL},                                       \
    {"translate", tpy_bytes_translate, 0, NULL},                                         \
    {"maketrans", tpy_bytes_maketrans, TPY_METH_CLASS, NULL},                            \
    {"removeprefix", tpy_bytes_removeprefix, 0, NULL},                                   \
    {"removesuffix", tpy_bytes_removesuffix, 0, NULL}

#endif
